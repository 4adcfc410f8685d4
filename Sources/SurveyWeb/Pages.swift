public import SurveyForm
public import SurveyResponses
public import SurveyRunner
import SurveyText

/// The respondent's pages, in Swedish, worded as the terminal runner words the same things.
public enum Pages {
    /// Per section: how far it has come ("klart", "3 saknas", "gäller inte"), for the navigation.
    static func sectionStatus(form: Form, navigator: FillNavigator) -> [(Section, String)] {
        form.sections.map { section in
            let applicable = section.questions.filter { navigator.applicable.contains($0.id) }
            guard !applicable.isEmpty else { return (section, "gäller inte") }
            let missing = applicable.filter { !navigator.isSettled($0.id) && $0.requirement != .optional }.count
            return (section, missing == 0 ? "klart" : "\(missing) saknas")
        }
    }

    // MARK: The overview

    public static func overview(_ context: PageContext, response: Response, prefilled: Int) -> String {
        let e = HTML.e
        let form = context.form
        let navigator = FillNavigator(form: form, response: response)
        let status = sectionStatus(form: form, navigator: navigator)
        var main = "<h1>\(e(form.title))</h1>\n"
        if let description = form.description { main += HTML.prose(description, class: "beskrivning") }
        let missing = navigator.missing.count
        main += "<p class=\"lage\">Du har besvarat \(navigator.settledCount) av \(navigator.order.count) frågor; "
            + (missing == 0 ? "inget som krävs saknas." : "\(missing) saknas.") + "</p>\n"
        if prefilled > 0 {
            main += "<p class=\"forra\">Förra årets svar är ifyllda på \(prefilled == 1 ? "1 fråga" : "\(prefilled) frågor"). Bekräfta eller ändra dem på varje sida.</p>\n"
        }
        if let submitted = response.submitted {
            main += "<p class=\"inskickad\">\(e(submittedLine(submitted, response: response)))</p>\n"
        }
        main += "<h2>Formulärets delar</h2>\n<ol class=\"delar\">\n"
        for (section, note) in status {
            if note == "gäller inte" {
                main += "<li>\(e(context.title(of: section))) <span class=\"lage\">(gäller inte med dina svar)</span></li>\n"
            } else {
                main += "<li><a href=\"\(e(context.sectionPath(section)))\">\(e(context.title(of: section)))</a> <span class=\"lage\">(\(e(note)))</span></li>\n"
            }
        }
        main += "</ol>\n"
        if let first = status.first(where: { $0.1 != "gäller inte" && $0.1 != "klart" })?.0 ?? status.first(where: { $0.1 != "gäller inte" })?.0 {
            main += "<p><a class=\"knapp\" href=\"\(e(context.sectionPath(first)))\">\(navigator.settledCount == 0 ? "Börja" : "Fortsätt") med \(e(context.title(of: first)))</a></p>\n"
        }
        main += "<p><a href=\"\(e(context.summaryPath))\">Sammanfattning och inskickning</a></p>\n"
        main += """
        <h2>Så sparas svaren</h2>
        <p>Varje del av formuläret är en sida. Svaren på en sida sparas när du trycker på Spara; kör din webbläsare JavaScript sparas varje svar redan när du lämnar frågan. Du kan sluta när du vill och fortsätta senare med samma länk.</p>
        <p>Länken är personlig för er \(e(RespondentNoun.of(form: form).singular)). Dela den inte med andra än dem som ska fylla i rapporten.</p>

        """
        return HTML.page(title: "Översikt", context: context, current: "oversikt", sectionsStatus: status, main: main)
    }

    static func submittedLine(_ submitted: Timestamp, response: Response) -> String {
        let changed = response.updated.map { submitted < $0 } ?? false
        return "Svaren skickades in \(readable(submitted))." + (changed ? " De har ändrats sedan dess; skicka in dem igen när du är klar." : "")
    }

    /// "2014-01-10 kl. 09.02" from a timestamp as the file keeps it.
    static func readable(_ time: Timestamp) -> String {
        let text = time.text
        guard text.count >= 16 else { return text }
        let date = text.prefix(10)
        let clock = text.dropFirst(11).prefix(5).replacing(":", with: ".")
        return "\(date) kl. \(clock)"
    }

    // MARK: A section

    public struct SectionState: Sendable {
        public var outcomes: [String: SectionUpdate.Outcome] = [:]
        /// The fields as posted, shown again for questions whose answer was not taken.
        public var posted: FieldValues?
        public var notices: [String] = []
        /// A problem with the whole post (busy file, failed save).
        public var failure: String?

        public init(outcomes: [String: SectionUpdate.Outcome] = [:], posted: FieldValues? = nil, notices: [String] = [], failure: String? = nil) {
            self.outcomes = outcomes
            self.posted = posted
            self.notices = notices
            self.failure = failure
        }
    }

    public static func section(_ context: PageContext, section: Section, response: Response, state: SectionState = SectionState()) -> String {
        let e = HTML.e
        let form = context.form
        let navigator = FillNavigator(form: form, response: response)
        let status = sectionStatus(form: form, navigator: navigator)
        let presenter = QuestionPresenter(form: form)
        let index = form.sections.firstIndex { $0.id == section.id } ?? 0
        let blocks = section.questions.map { block(for: $0, context: context, response: response, navigator: navigator, presenter: presenter, state: state) }
        let refused = blocks.filter { $0.outcome?.isRefusal == true }
        var main = ""
        if state.failure != nil || !refused.isEmpty {
            main += "<div class=\"felsammanfattning\" role=\"alert\" tabindex=\"-1\" autofocus>\n"
            if let failure = state.failure { main += "<p>\(e(failure))</p>\n" }
            if !refused.isEmpty {
                main += "<h2>\(refused.count == 1 ? "1 svar sparades inte" : "\(refused.count) svar sparades inte")</h2>\n<ul>\n"
                for block in refused {
                    guard let message = block.message else { continue }
                    main += "<li><a href=\"#\(e(message.control))\">\(e(block.question.text)) – \(e(message.text))</a></li>\n"
                }
                main += "</ul>\n"
            }
            main += "</div>\n"
        }
        main += "<h1>\(e(context.title(of: section)))</h1>\n"
        main += "<p class=\"lage\">Del \(index + 1) av \(form.sections.count).</p>\n"
        if let help = section.help { main += HTML.prose(help, class: "hjalp") }
        let saved = blocks.filter { if case .saved = $0.outcome { true } else { false } }.count
        var statusText: [String] = []
        if saved > 0 { statusText.append(saved == 1 ? "1 svar sparades." : "\(saved) svar sparades.") }
        statusText += state.notices
        main += "<div id=\"status\" class=\"status\" role=\"status\">" + statusText.map { "<p>\(e($0))</p>" }.joined() + "</div>\n"
        if !blocks.contains(where: \.applies) {
            main += "<p>Frågorna i den här delen gäller inte med dina nuvarande svar.</p>\n"
        }
        main += "<form method=\"post\" action=\"\(e(context.sectionPath(section)))\" data-spara=\"\(e(context.answerPath))\" novalidate>\n"
        main += "<input type=\"hidden\" name=\"csrf\" value=\"\(e(context.formToken))\">\n"
        var lastContext: HeadingContext?
        for block in blocks {
            main += headings(for: block.question, after: lastContext, section: section)
            lastContext = HeadingContext(block.question)
            main += block.html
        }
        let isLast = index + 1 == form.sections.count
        main += "<div class=\"knappar\">\n<button type=\"submit\" name=\"sedan\" value=\"nasta\">\(isLast ? "Spara och gå till sammanfattningen" : "Spara och gå vidare")</button>\n"
        main += "<button type=\"submit\" name=\"sedan\" value=\"stanna\" class=\"sekundar\">Spara</button>\n</div>\n</form>\n"
        let title = (refused.isEmpty && state.failure == nil ? "" : "Fel: ") + context.title(of: section)
        return HTML.page(title: title, context: context, current: section.id, sectionsStatus: status, main: main)
    }

    static func block(for question: Question, context: PageContext, response: Response, navigator: FillNavigator,
                      presenter: QuestionPresenter, state: SectionState) -> QuestionBlock {
        let applies = navigator.applicable.contains(question.id)
        let number = navigator.number(of: question.id).map { ($0, navigator.order.count) }
        let outcome = state.outcomes[question.id]
        var fields: FieldValues?
        var posted: String?
        switch outcome {
        case _ where state.failure != nil:
            // Nothing was saved: the page shows what was posted, so nothing typed is lost.
            fields = state.posted?.filtered { AnswerFields.belongs($0, to: question.id) }
        case .refused?:
            fields = state.posted?.filtered { AnswerFields.belongs($0, to: question.id) }
        case .conflict?:
            if let sent = state.posted?.filtered({ AnswerFields.belongs($0, to: question.id) }) {
                posted = postedText(sent, question: question)
            }
        default:
            break
        }
        return QuestionBlock(question: question, presenter: presenter, number: number, entry: response[question.id], fields: fields,
                             outcome: outcome, posted: posted, applies: applies)
    }

    /// What a post said for a question, as a reader reads an answer.
    static func postedText(_ fields: FieldValues, question: Question) -> String {
        switch AnswerIntake.read(fields, question: question) {
        case .value(let value, _): value.displayText(for: question)
        case .leaveEmpty: "(lämnad tom)"
        case .nothing: "(inget svar)"
        case .problem: fields.values.sorted { $0.key < $1.key }.flatMap(\.value).joined(separator: "\n")
        }
    }

    /// Block and item headings of repeated blocks, where they change, as the terminal shows them.
    static func headings(for question: Question, after previous: HeadingContext?, section: Section) -> String {
        guard let repetition = question.repetition else { return "" }
        let e = HTML.e
        let context = HeadingContext(question)
        var out = ""
        let blockChanged = previous?.blockID != context.blockID
        let titled = repetition.blockTitle.map { $0 != section.title } ?? false
        if blockChanged, titled, let title = repetition.blockTitle {
            out += "<h2>\(e(title))</h2>\n"
        }
        if blockChanged || previous?.itemID != context.itemID {
            let heading = repetition.itemGroup.map { "\($0): \(repetition.itemLabel)" } ?? repetition.itemLabel
            let level = titled ? "h3" : "h2"
            out += "<\(level) class=\"punkt\">\(e(heading))</\(level)>\n"
            if let help = repetition.itemHelp { out += HTML.prose(help, class: "hjalp") }
        }
        return out
    }

    // MARK: The summary

    public static func summary(_ context: PageContext, response: Response, report: FillReport, notice: String? = nil) -> String {
        let e = HTML.e
        let form = context.form
        let navigator = FillNavigator(form: form, response: response)
        let status = sectionStatus(form: form, navigator: navigator)
        var main = "<h1>Sammanfattning och inskickning</h1>\n"
        if let notice { main += "<div class=\"status\" role=\"status\"><p>\(e(notice))</p></div>\n" }
        main += "<p>\(e(report.headline))</p>\n"
        for (heading, findings) in [(report.missingHeading, report.missing), (report.warningsHeading, report.warnings)] where !findings.isEmpty {
            main += "<h2>\(e(heading))</h2>\n<ul class=\"fynd\">\n"
            for finding in findings {
                if let id = finding.questionID, let question = form.question(withID: id), let section = form.section(of: question) {
                    main += "<li><a href=\"\(e(context.sectionPath(section)))#\(e(ControlID.block(id)))\">\(e(finding.message))</a></li>\n"
                } else {
                    main += "<li>\(e(finding.message))</li>\n"
                }
            }
            main += "</ul>\n"
        }
        if let submitted = response.submitted {
            main += "<p class=\"inskickad\">\(e(submittedLine(submitted, response: response)))</p>\n"
        }
        if report.isComplete {
            main += "<p>\(e(FillReport.completeLine))</p>\n"
            main += "<form method=\"post\" action=\"\(e(context.submitPath))\">\n<input type=\"hidden\" name=\"csrf\" value=\"\(e(context.formToken))\">\n"
            main += "<button type=\"submit\">\(response.submitted == nil ? "Skicka in" : "Skicka in igen")</button>\n</form>\n"
        } else {
            main += "<p>\(e(FillReport.incompleteLine)) Du kan skicka in när allt som krävs är besvarat.</p>\n"
        }
        return HTML.page(title: "Sammanfattning", context: context, current: "sammanfattning", sectionsStatus: status, main: main)
    }

    // MARK: Pages outside a link

    /// The page for an address that names nothing: a missing page and a wrong link look the same.
    public static let notFound = plain(title: "Sidan finns inte", body: """
        <p>Det finns ingen sida på den här adressen. Kontrollera att du har kopierat hela länken från e-postmeddelandet.</p>
        <p>Fungerar länken ändå inte, be programmets personal om en ny.</p>
        """)

    public static func tooManyAttempts(retryAfter seconds: Int) -> String {
        let minutes = max(1, (seconds + 59) / 60)
        return plain(title: "För många försök", body: "<p>Det har kommit för många felaktiga länkar från din anslutning. Vänta \(minutes == 1 ? "en minut" : "\(minutes) minuter") och försök igen.</p>\n")
    }

    public static let forbidden = plain(title: "Formuläret kunde inte tas emot", body: """
        <p>Formuläret kom inte från en sida som servern visat för den här länken, eller så är sidan för gammal. Inget har sparats.</p>
        <p>Öppna länken igen och fyll i på nytt.</p>
        """)

    public static let tooLarge = plain(title: "För mycket text", body: """
        <p>Det som skickades var större än servern tar emot, så inget sparades. Ett svar får vara högst \(HTML.e(AnswerLimitsText.maximum)) tecken.</p>
        """)

    public static let badRequest = plain(title: "Felaktig begäran", body: "<p>Servern kunde inte läsa det som skickades. Inget har sparats.</p>\n")

    public static let unusableFile = plain(title: "Svaren kan inte fyllas i vidare", body: """
        <p>Filen med era svar har fel och kan inte fyllas i vidare. Inget i den har ändrats.</p>
        <p>Be programmets personal om hjälp.</p>
        """)

    public static let serverError = plain(title: "Något gick fel", body: "<p>Något gick fel i servern. Det som redan var sparat är oförändrat; försök igen om en stund.</p>\n")

    static func plain(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(HTML.e(title))</title>
        <link rel="stylesheet" href="/resurser/fyll.css">
        </head>
        <body>
        <main id="innehall">
        <h1>\(HTML.e(title))</h1>
        \(body)
        </main>
        </body>
        </html>

        """
    }
}

/// The answer length limit as the respondent reads it.
enum AnswerLimitsText {
    static var maximum: String { AnswerLimits.maximumCharactersInSwedish }
}
