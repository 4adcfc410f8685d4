import Foundation
import SurveyForm
import SurveyInvitations
import SurveyResponses
import SurveyRunner
import SurveyWeb
import Synchronization
import Testing

/// The respondent's pages in Debian's Chromium, driven through chromedriver: the annual report
/// filled in with JavaScript off and on, a section by keyboard alone, and axe-core's check of
/// WCAG 2.1 A and AA on every kind of page.
@Suite(.serialized) struct BrowserTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A server on a free loopback port over a new responses folder, with a link for each of
    /// three municipalities.
    final class LiveServer: Sendable {
        let folder: String
        let responses: String
        let form: Form
        let server: SurveyServer
        let tokens: [String: String]
        let port: Int
        let serving: Task<Void, any Error>

        init() async throws {
            folder = NSTemporaryDirectory() + "survey-browser-\(UUID().uuidString)"
            responses = folder + "/svar"
            try FileManager.default.createDirectory(atPath: responses + "/pilot", withIntermediateDirectories: true)
            form = try #require(FormLoader.load(path: BrowserTests.repository.appendingPathComponent("forms/arsrapport-ar2.yaml").path).validForm)
            var list = InvitationList(formID: form.id, round: "pilot")
            var tokens: [String: String] = [:]
            var generator = SystemRandomNumberGenerator()
            for name in ["Umeå", "Borås", "Luleå"] {
                tokens[name] = list.issue(to: name, at: Timestamp.now(), using: &generator).text
            }
            self.tokens = tokens
            try InvitationFile.save(list, toPath: InvitationFile.path(responses: responses, round: "pilot"))
            let server = SurveyServer(form: form, responses: responses, rounds: ["pilot"],
                                      settings: ServeSettings(host: "127.0.0.1", port: 0),
                                      secret: RequestSecret(key: (0..<32).map { _ in UInt8.random(in: 0...255) }), log: { _ in })
            self.server = server
            let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
            serving = Task { try await server.run(onRunning: { continuation.yield($0) }) }
            var bound = 0
            for await port in stream {
                bound = port
                break
            }
            port = bound
        }

        func link(_ name: String) -> String { "http://127.0.0.1:\(port)/s/\(tokens[name]!)" }

        func response(_ name: String) -> SurveyResponses.Response? {
            ResponseReader.load(path: responses + "/pilot/\(name).yaml", form: form).response
        }

        func stop() {
            serving.cancel()
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    /// axe-core, from the PyPI package axe-playwright-python (which bundles axe.min.js);
    /// `.ci/run` downloads it into `.build/axe`, or AXE_CORE_JS names another copy.
    static func axeSource() throws -> String {
        let path = ProcessInfo.processInfo.environment["AXE_CORE_JS"]
            ?? repository.appendingPathComponent(".build/axe/axe_playwright_python/axe.min.js").path
        guard let source = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw WebDriver.Failure(description: """
                axe-core is needed at \(path): python3 -m pip download --no-deps -d .build/axe axe-playwright-python==0.1.8 \
                && unzip -o .build/axe/axe_playwright_python-0.1.8-py3-none-any.whl axe_playwright_python/axe.min.js -d .build/axe
                """)
        }
        return source
    }

    /// axe-core's WCAG 2.0 and 2.1 A and AA rules on the page shown; each violation as "rule: element".
    static func accessibilityViolations(_ session: BrowserSession, axe: String) async throws -> [String] {
        _ = try await session.execute(axe + "\nreturn typeof axe;")
        let result = try await session.executeAsync("""
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})
              .then(function (r) { done(r.violations.map(function (v) { return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })); })
              .catch(function (e) { done(['axe failed: ' + e]); });
            """)
        return result as? [String] ?? ["axe gave no result: \(String(describing: result))"]
    }

    @Test func fillingTheReportWithoutJavaScript() async throws {
        let live = try await LiveServer()
        defer { live.stop() }
        let driver = try WebDriver()
        let browser = try await driver.session(javascript: false)
        do {
            try await browser.open(live.link("Umeå"))
            #expect(try await browser.title() == "Översikt – Årlig rapport år 2 – SKL Matematik PISA 2015")
            #expect(try await browser.text("p.lage") == "Du har besvarat 0 av 35 frågor; 34 saknas.")
            try await browser.follow("a.knapp")
            #expect(try await browser.url() == live.link("Umeå") + "/avsnitt/organisation")

            // Section 2: text, a count grid, two questions left empty on purpose.
            try await browser.type("#f-organiserat", "Kommungruppen träffas varje månad.\nVi läser missiven tillsammans.")
            try await browser.click("#f-styrgrupp-tom")
            try await browser.type("#f-kommungrupp", "Skolchef, rektorer och förstelärare.")
            for (row, count) in [("politiker", "1"), ("forvaltningsledning", "2"), ("rektorer", "3"), ("larare", "4"), ("forskolechefer", "0"), ("forskollarare", "0")] {
                try await browser.type("#f-kommungrupp-deltagare-rad-\(row)", count)
            }
            try await browser.type("#f-kommungrupp-deltagare-totalt", "10")
            try await browser.click("#f-natverken-tom")
            try await browser.type("#f-involverats", "Genom rektorsträffar.")
            try await browser.type("#f-lankats", "Matematiklyftet.")
            try await browser.type("#f-svarigheter", "Tid.")
            try await browser.type("#f-gladjeamnen", "Engagerade lärare.")
            // Without JavaScript nothing is saved before the form is sent.
            #expect(live.response("Umeå") == nil)
            try await browser.follow("button[value=nasta]")
            #expect(try await browser.url() == live.link("Umeå") + "/avsnitt/operativa-mal")
            #expect(live.response("Umeå")?["kommungrupp-deltagare"]?.value == .countGrid(
                ["politiker": 1, "forvaltningsledning": 2, "rektorer": 3, "larare": 4, "forskolechefer": 0, "forskollarare": 0], total: 10))

            // Section 3: an unusually large number is questioned beside its field, the rest is kept.
            try await browser.type("#f-mal-antal", "60")
            try await browser.type("#f-mal", "Höja måluppfyllelsen.\nFler elever i åk 9 når E.")
            try await browser.click("#f-beslutade-rektorer")
            try await browser.click("#f-beslutade-annat")
            try await browser.type("#f-beslutade-annat-text", "Ledningsgruppen")
            try await browser.type("#f-malen-hur", "På arbetsplatsträffar.")
            try await browser.type("#f-malen-nar", "ht 2013")
            try await browser.click("#f-np-slutsatser-rad-forbattrade-resultat-ak6")
            try await browser.type("#f-mal-atgarder", "Kollegialt lärande.")
            try await browser.type("#f-nivaer-involverade", "Alla nivåer deltar.")
            try await browser.type("#f-aktiviteter", "Lektionsbesök.")
            try await browser.type("#f-uppfoljning-slutsatser", "Resultaten har förbättrats.")
            try await browser.follow("button[value=nasta]")
            #expect(try await browser.title() == "Fel: 3. Kommunens operativa mål för 2015 – Årlig rapport år 2 – SKL Matematik PISA 2015")
            #expect(try await browser.text(".felsammanfattning li") == "Hur många operativa mål har kommunen? – 60 mål är mer än väntat här (oftast högst 50). Stämmer det?")
            #expect(try await browser.property("#f-mal-antal", "value") == "60")
            #expect(try await browser.property("#f-mal-antal", "ariaInvalid") == "true")
            try await browser.click("#f-mal-antal-stammer")
            try await browser.follow("button[value=nasta]")
            #expect(try await browser.url() == live.link("Umeå") + "/avsnitt/satser")

            // Reload: a new visit to the link resumes where the respondent stopped.
            try await browser.open(live.link("Umeå"))
            let saved = try #require(live.response("Umeå"))
            let navigator = FillNavigator(form: live.form, response: saved)
            #expect(try await browser.text("p.lage") == "Du har besvarat \(navigator.settledCount) av \(navigator.order.count) frågor; \(navigator.missing.count) saknas.")
            #expect(try await browser.text("a.knapp") == "Fortsätt med 4. SKL:s satser för styrning och ledning")
            try await browser.open(live.link("Umeå") + "/avsnitt/operativa-mal")
            #expect(try await browser.property("#f-mal", "value") == "Höja måluppfyllelsen.\nFler elever i åk 9 når E.")
            #expect(try await browser.property("#f-beslutade-annat-text", "value") == "Ledningsgruppen")

            // Sections 4 and 5, then the summary and "Skicka in".
            try await browser.open(live.link("Umeå") + "/avsnitt/satser")
            for item in ["sammanlankade", "rollfordelning", "hoga-forvantningar", "larares-kompetens", "uppfoljning", "elever-i-behov"] {
                try await browser.type("#f-satser\\.\(item)\\.nulage", "Nuläget för \(item).")
                try await browser.click("#f-satser\\.\(item)\\.atgarder-tom")
            }
            try await browser.follow("button[value=nasta]")
            #expect(try await browser.url() == live.link("Umeå") + "/avsnitt/natverk")
            try await browser.type("#f-natverk-upplevts", "Givande.")
            try await browser.click("#f-andra-exempel-nej")
            try await browser.type("#f-samarbete-influerat", "Vi har lärt av varandra.")
            try await browser.follow("button[value=nasta]")
            #expect(try await browser.url() == live.link("Umeå") + "/sammanfattning")
            #expect(try await browser.source().contains("<p>Allt som krävs är besvarat.</p>"))
            try await browser.follow("main button[type=submit]")
            #expect(try await browser.text(".status") == "Tack! Svaren är inskickade.")
            let sent = try #require(live.response("Umeå"))
            #expect(sent.submitted != nil)
            #expect(FillReport(response: sent, form: live.form, path: "x").isComplete)
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    @Test func withJavaScriptEachAnswerIsSavedWhenTheQuestionIsLeft() async throws {
        let live = try await LiveServer()
        defer { live.stop() }
        let driver = try WebDriver()
        let browser = try await driver.session(javascript: true)
        do {
            try await browser.open(live.link("Borås") + "/avsnitt/natverk")
            #expect(try await browser.isDisplayed("#fraga-andra-exempel-beskriv") == false)
            try await browser.type("#f-natverk-upplevts", "Arbetssättet har upplevts som givande.")
            try await browser.click("#f-andra-exempel-ja")
            try await browser.wait(10, "the first answer in the file") {
                live.response("Borås")?["natverk-upplevts"]?.value == .text("Arbetssättet har upplevts som givande.")
            }
            try await browser.wait(10, "Sparat. on the page") { try await browser.text("#status").hasPrefix("Sparat.") }
            // Leaving the yes/no question saves it, and its follow-up question appears.
            try await browser.click("#f-samarbete-influerat")
            try await browser.wait(10, "the follow-up question") { try await browser.isDisplayed("#fraga-andra-exempel-beskriv") }
            #expect(live.response("Borås")?["andra-exempel"]?.value == .yesNo(true))
            // An answer the runner refuses is shown beside its field, from the server's words.
            try await browser.open(live.link("Borås") + "/avsnitt/operativa-mal")
            try await browser.type("#f-mal-antal", "tolv")
            try await browser.click("#f-mal")
            try await browser.wait(10, "the message beside the field") { (try? await browser.isDisplayed("#fel-mal-antal")) == true }
            #expect(try await browser.property("#fel-mal-antal", "textContent") == "Fel: \"tolv\" är inget tal. Skriv ett heltal, till exempel 12.")
            #expect(try await browser.property("#f-mal-antal", "ariaInvalid") == "true")
            #expect(try await browser.property("#f-mal-antal", "value") == "tolv")
            // Reload: what was saved is there.
            try await browser.open(live.link("Borås") + "/avsnitt/natverk")
            #expect(try await browser.property("#f-natverk-upplevts", "value") == "Arbetssättet har upplevts som givande.")
            #expect(try await browser.isDisplayed("#fraga-andra-exempel-beskriv"))
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    @Test func aSectionByKeyboardAlone() async throws {
        let live = try await LiveServer()
        defer { live.stop() }
        let driver = try WebDriver()
        let browser = try await driver.session(javascript: true)
        do {
            try await browser.open(live.link("Luleå") + "/avsnitt/natverk")
            try await browser.press(BrowserSession.tab)
            #expect(try await browser.activeText() == "Hoppa till innehållet")
            var presses = 1
            while try await browser.activeID() != "f-natverk-upplevts", presses < 40 {
                try await browser.press(BrowserSession.tab)
                presses += 1
            }
            #expect(try await browser.activeID() == "f-natverk-upplevts")
            // The focus is visible: a 3 px ring.
            #expect(try await browser.execute("var s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;") as? String == "solid 3px")
            try await browser.press("Nätverken har varit värdefulla.")
            try await browser.press(BrowserSession.tab)
            #expect(try await browser.activeID() == "f-andra-exempel-ja")
            try await browser.press(BrowserSession.arrowDown)
            #expect(try await browser.activeID() == "f-andra-exempel-nej")
            try await browser.press(BrowserSession.tab)
            #expect(try await browser.activeID() == "f-samarbete-influerat")
            try await browser.press("Vi delar material.")
            try await browser.press(BrowserSession.tab)
            #expect(try await browser.activeText() == "Spara och gå till sammanfattningen")
            try await browser.press(BrowserSession.enter)
            try await browser.wait(10, "the summary page") { try await browser.url().hasSuffix("/sammanfattning") }
            let response = try #require(live.response("Luleå"))
            #expect(response["natverk-upplevts"]?.value == .text("Nätverken har varit värdefulla."))
            #expect(response["andra-exempel"]?.value == .yesNo(false))
            #expect(response["samarbete-influerat"]?.value == .text("Vi delar material."))
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    @Test func everyKindOfPagePassesAxeCore() async throws {
        let axe = try Self.axeSource()
        let live = try await LiveServer()
        defer { live.stop() }
        let driver = try WebDriver()
        let browser = try await driver.session(javascript: true)
        do {
            let link = live.link("Umeå")
            var pages = [link, link + "/sammanfattning"]
            pages += live.form.sections.map { link + "/avsnitt/" + $0.id }
            for page in pages {
                try await browser.open(page)
                #expect(try await Self.accessibilityViolations(browser, axe: axe) == [], "\(page.replacing(live.tokens["Umeå"]!, with: "…"))")
            }
            // A page with a refused answer, its summary and a message beside the field.
            try await browser.open(link + "/avsnitt/operativa-mal")
            try await browser.type("#f-mal-antal", "tolv")
            try await browser.follow("button[value=nasta]")
            #expect(try await browser.source().contains("felsammanfattning"))
            #expect(try await Self.accessibilityViolations(browser, axe: axe) == [])
            // The picture of a section page in the README.
            try await browser.open(link + "/avsnitt/organisation")
            let picture = try await browser.screenshot()
            #expect(picture.starts(with: [0x89, 0x50, 0x4E, 0x47]) && picture.count > 20_000)
            if let folder = ProcessInfo.processInfo.environment["SURVEY_SCREENSHOTS"] {
                try picture.write(to: URL(fileURLWithPath: folder).appendingPathComponent("webb-avsnitt.png"))
            }
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }
}
