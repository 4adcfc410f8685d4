import Foundation
import HTTPTypes
import SurveyForm
import SurveyInvitations
import SurveyResponses
import SurveyWeb
import Synchronization
import Testing

/// Every route, the link check, the forgery check, size limits and the headers on every answer.
struct RouteTests {
    static let securityHeaders = [
        ("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "no-referrer"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"),
    ]

    static func expectSecurityHeaders(_ reply: WebHarness.Reply, sourceLocation: SourceLocation = #_sourceLocation) {
        for (name, value) in securityHeaders {
            #expect(reply.header(name) == value, "\(name)", sourceLocation: sourceLocation)
        }
    }

    @Test func overviewGreetsTheRespondentAndListsTheSections() async throws {
        let web = try WebHarness()
        let reply = try await web.get(web.base())
        #expect(reply.status == 200)
        #expect(reply.header("Content-Type") == "text/html; charset=utf-8")
        #expect(reply.header("Cache-Control") == "no-store")
        Self.expectSecurityHeaders(reply)
        #expect(reply.body.hasPrefix("<!doctype html>\n<html lang=\"sv\">\n"))
        #expect(reply.body.contains("<title>Översikt – Årlig rapport år 2 – SKL Matematik PISA 2015</title>"))
        #expect(reply.body.contains("<p class=\"svarande\">Svarande: Umeå, omgång pilot.</p>"))
        #expect(reply.body.contains("<p class=\"beskrivning\">Rapporten avser tiden 2013-02-01 – 2014-01-15 och fylls i av kommungruppen. Skriv gärna flera saker i samma svar, en per rad. Frågor markerade som frivilliga kan lämnas tomma; vissa frågor kan lämnas tomma om ni bekräftar det.</p>"))
        #expect(reply.body.contains("<p class=\"lage\">Du har besvarat 0 av 35 frågor; 34 saknas.</p>"))
        #expect(reply.body.contains("<li><a href=\"\(web.base())/avsnitt/organisation\">2. Kommunens organisation samt hemmaplansarbete</a> <span class=\"lage\">(9 saknas)</span></li>"))
        #expect(reply.body.contains("<li><a href=\"\(web.base())/avsnitt/natverk\">5. Nätverksarbetet</a> <span class=\"lage\">(3 saknas)</span></li>"))
        #expect(reply.body.contains("Börja med 2. Kommunens organisation samt hemmaplansarbete</a>"))
        // No page shows another respondent.
        #expect(!reply.body.contains("Borås"))
        #expect(!reply.body.contains(web.tokens["Borås"]!))
    }

    @Test func aWrongLinkLooksLikeAMissingPage() async throws {
        let web = try WebHarness()
        let missing = try await web.get("/ingen/sida")
        let wrong = try await web.get("/s/" + String(repeating: "A", count: 43))
        let malformed = try await web.get("/s/kort")
        let wrongSection = try await web.get("/s/" + String(repeating: "B", count: 43) + "/avsnitt/natverk")
        for reply in [missing, wrong, malformed, wrongSection] {
            #expect(reply.status == 404)
            #expect(reply.body == missing.body)
            Self.expectSecurityHeaders(reply)
        }
        #expect(missing.body.contains("<h1>Sidan finns inte</h1>\n<p>Det finns ingen sida på den här adressen. Kontrollera att du har kopierat hela länken från e-postmeddelandet.</p>"))
        // An unknown section of a good link is missing too, but costs no attempt.
        let section = try await web.get(web.base() + "/avsnitt/finns-inte")
        #expect(section.status == 404 && section.body == missing.body)
    }

    @Test func wrongLinksAreLimitedPerAddress() async throws {
        let web = try WebHarness(settings: ServeSettings(failedLookupLimit: 3, failedLookupWindow: 600))
        for _ in 0..<3 {
            #expect(try await web.get("/s/" + String(repeating: "C", count: 43)).status == 404)
        }
        let blocked = try await web.get("/s/" + String(repeating: "C", count: 43))
        #expect(blocked.status == 429)
        #expect(blocked.header("Retry-After") == "600")
        #expect(blocked.body.contains("<p>Det har kommit för många felaktiga länkar från din anslutning. Vänta 10 minuter och försök igen.</p>"))
        Self.expectSecurityHeaders(blocked)
        // While blocked, even a good link from that address waits.
        #expect(try await web.get(web.base()).status == 429)
    }

    @Test func aRevokedLinkOpensNothingAndAReissuedOneDoes() async throws {
        let web = try WebHarness()
        #expect(try await web.get(web.base("Borås")).status == 200)
        let path = InvitationFile.path(responses: web.responses, round: "pilot")
        var list = try #require(InvitationFile.load(path: path, formID: web.form.id, round: "pilot").list)
        let revoked = list.revoke("Borås", at: Timestamp("2014-01-11T09:00:00+01:00")!)
        #expect(revoked)
        // A different size, so the change is seen even within the same second.
        try InvitationFile.save(list, toPath: path)
        #expect(try await web.get(web.base("Borås")).status == 404)
        var generator = SeededGenerator(seed: 7)
        let token = list.issue(to: "Borås", at: Timestamp("2014-01-12T09:00:00+01:00")!, using: &generator)
        try InvitationFile.save(list, toPath: path)
        #expect(try await web.get("/s/" + token.text).status == 200)
        #expect(try await web.get(web.base("Borås")).status == 404)
        // Others' links are untouched.
        #expect(try await web.get(web.base("Umeå")).status == 200)
    }

    @Test func everyPostNeedsThePagesToken() async throws {
        let web = try WebHarness()
        let missing = try await web.post(web.base() + "/avsnitt/natverk", [("q.andra-exempel", "ja")])
        let wrong = try await web.post(web.base() + "/avsnitt/natverk", [("csrf", String(repeating: "0", count: 64)), ("q.andra-exempel", "ja")])
        // Borås's page token does not post for Umeå.
        let borasPage = try await web.get(web.base("Borås") + "/avsnitt/natverk").body
        let other = try await web.post(web.base() + "/svar/andra-exempel", [("csrf", WebHarness.hidden(in: borasPage)["csrf"]!), ("q.andra-exempel", "ja")])
        let submit = try await web.post(web.base() + "/skicka-in", [])
        for reply in [missing, wrong, other, submit] {
            #expect(reply.status == 403)
            #expect(reply.body.contains("<h1>Formuläret kunde inte tas emot</h1>\n<p>Formuläret kom inte från en sida som servern visat för den här länken, eller så är sidan för gammal. Inget har sparats.</p>"))
            Self.expectSecurityHeaders(reply)
        }
        #expect(web.responseFile() == nil)
    }

    @Test func postsAreLimitedInSizeAndShape() async throws {
        let web = try WebHarness()
        let page = try await web.get(web.base() + "/avsnitt/natverk").body
        let csrf = WebHarness.hidden(in: page)["csrf"]!
        // One answer's worth plus room: 64 KiB and 256 KiB per question.
        let huge = String(repeating: "å", count: 200_000)
        let tooLarge = try await web.post(web.base() + "/svar/natverk-upplevts", [("csrf", csrf), ("q.natverk-upplevts", huge)])
        #expect(tooLarge.status == 413)
        #expect(tooLarge.body.contains("<p>Det som skickades var större än servern tar emot, så inget sparades. Ett svar får vara högst 10 000 tecken.</p>"))
        Self.expectSecurityHeaders(tooLarge)
        let declared = try await web.send(.post, web.base() + "/svar/natverk-upplevts", body: "csrf=\(csrf)",
                                          headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Content-Length", "99999999")])
        #expect(declared.status == 413)
        let notAForm = try await web.send(.post, web.base() + "/svar/natverk-upplevts", body: "{}", headers: [("Content-Type", "application/json")])
        #expect(notAForm.status == 400)
        let badEncoding = try await web.send(.post, web.base() + "/svar/natverk-upplevts", body: "csrf=\(csrf)&q.natverk-upplevts=%E4%ZZ",
                                             headers: [("Content-Type", "application/x-www-form-urlencoded")])
        #expect(badEncoding.status == 400)
        #expect(badEncoding.body.contains("<p>Servern kunde inte läsa det som skickades. Inget har sparats.</p>"))
        // An answer within the limit but over the answer length is refused by the runner's own rule.
        let long = String(repeating: "a", count: 10_001)
        let refused = try await web.postAnswer("natverk-upplevts", [("q.natverk-upplevts", long)], section: "natverk")
        #expect(refused.status == 422)
        #expect(refused.body.contains("\"message\":\"Svaret är för långt (10 001 tecken); ett svar får vara högst 10 000 tecken. Korta det och skriv det igen.\""))
        #expect(web.responseFile() == nil)
    }

    @Test func stylesAndScriptAreServedByTheTool() async throws {
        let web = try WebHarness()
        let css = try await web.get("/resurser/fyll.css")
        let script = try await web.get("/resurser/fyll.js")
        #expect(css.status == 200 && css.header("Content-Type") == "text/css; charset=utf-8")
        #expect(script.status == 200 && script.header("Content-Type") == "text/javascript; charset=utf-8")
        #expect(css.header("Cache-Control") == "public, max-age=3600")
        Self.expectSecurityHeaders(script)
        #expect(script.body.contains("form.addEventListener('focusout'"))
        // Pages load only these, and have no inline script or style.
        let page = try await web.get(web.base() + "/avsnitt/operativa-mal").body
        #expect(page.contains("<link rel=\"stylesheet\" href=\"/resurser/fyll.css\">\n<script src=\"/resurser/fyll.js\" defer></script>"))
        #expect(page.components(separatedBy: "<script").count == 2)
        #expect(!page.contains(" style=") && !page.contains("<style") && !page.contains(" on"))
        #expect(!page.contains("http://") && !page.contains("https://"))
    }

    @Test func theLogNamesNoTokenAndNoAnswer() async throws {
        let web = try WebHarness()
        _ = try await web.get(web.base())
        _ = try await web.postSection("natverk", [("q.natverk-upplevts", "Hemligt svar"), ("sedan", "stanna")])
        _ = try await web.get("/s/" + String(repeating: "D", count: 43))
        let lines = web.log.all
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("GET /s/… 200 "))
        #expect(lines[1].hasPrefix("GET /s/…/avsnitt/natverk 200 "))
        #expect(lines[2].hasPrefix("POST /s/…/avsnitt/natverk 303 "))
        #expect(lines[3].hasPrefix("GET /s/… 404 "))
        for line in lines {
            #expect(!line.contains(web.tokens["Umeå"]!) && !line.contains("Hemligt") && !line.contains("DDDD"))
        }
    }
}
