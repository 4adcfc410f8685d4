import Foundation
import SurveyForm
import SurveyResponses
import SurveyRunner
import SurveyWeb
import Testing

/// Conditions, last year's answers, the stale-page refusal, the lock shared with the terminal,
/// and "Skicka in".
struct SavingTests {
    @Test func aConditionShowsItsQuestionOnTheSamePage() async throws {
        let web = try WebHarness(form: KindsForm.yaml)
        let page = try await web.get(web.base() + "/avsnitt/grund").body
        #expect(page.contains("<div class=\"fraga\" id=\"fraga-exempel\" data-fraga=\"exempel\" hidden>"))
        // Without a script: the post stays on the page, which now shows the question.
        let reply = try await web.postSection("grund", [("q.andra-exempel", "ja"), ("sedan", "nasta")], after: page)
        #expect(reply.status == 200)
        #expect(reply.body.contains("<div id=\"status\" class=\"status\" role=\"status\"><p>1 svar sparades.</p><p>Nya frågor har kommit till på den här sidan med dina svar.</p></div>"))
        #expect(reply.body.contains("<div class=\"fraga\" id=\"fraga-exempel\" data-fraga=\"exempel\">"))
        // With the script: the answer's reply says which questions apply now.
        let answered = try await AnswerKindTests.answer(web, "exempel", [("q.exempel", "Ett exempel")], section: "grund")
        #expect(answered.message == "Sparat.")
        let changed = try await web.postAnswer("andra-exempel", [("q.andra-exempel", "nej")], section: "grund")
        #expect(changed.body.contains("\"notices\":[\"Frågan exempel gäller inte längre med det svaret; det tidigare svaret finns kvar i filen men räknas inte.\"]"))
        #expect(changed.body.contains("\"applicable\":[\"organiserat\",\"kontakt\",\"antal-mal\",\"beslutade\",\"huvudansvar\",\"andra-exempel\"]"))
        let response = try web.readResponse()
        #expect(response["exempel"]?.notApplicable == true)
        #expect(response["exempel"]?.value == .text("Ett exempel"))
        let again = try await web.postAnswer("andra-exempel", [("q.andra-exempel", "ja")], section: "grund")
        #expect(again.body.contains("\"notices\":[\"Frågan exempel gäller igen; ditt tidigare svar på den räknas igen.\"]"))
        // Fields of a question that does not apply are not taken.
        _ = try await web.postAnswer("andra-exempel", [("q.andra-exempel", "nej")], section: "grund")
        let ignored = try await web.postSection("grund", [("q.exempel", "Något annat"), ("sedan", "stanna")])
        #expect(ignored.status == 303)
        #expect(try web.readResponse()["exempel"]?.value == .text("Ett exempel"))
    }

    @Test func repeatedBlocksHaveTheirHeadings() async throws {
        let web = try WebHarness(form: KindsForm.yaml)
        let page = try await web.get(web.base() + "/avsnitt/satser").body
        #expect(page.contains("<h1>3. SKL:s satser</h1>\n<p class=\"lage\">Del 3 av 3.</p>"))
        #expect(page.contains("<h2>Satserna</h2>\n<h3 class=\"punkt\">Gemensam ledning: Ledningsnivåerna är sammanlänkade</h3>\n<p class=\"hjalp\">Nämnd, förvaltning och rektor.</p>"))
        #expect(page.contains("<h3 class=\"punkt\">Gemensam syn: Höga förväntningar på alla elever</h3>"))
        #expect(page.contains("<label class=\"fragetext\" for=\"f-satser.hoga-forvantningar.nulage\">Vilka slutsatser kring nuläget har kommunen dragit?<span class=\"krav\"> – frivillig</span></label>"))
        let reply = try await web.postSection("satser", [("q.satser.sammanlankade.nulage", "Vi har en gemensam bild."), ("sedan", "nasta")])
        #expect(reply.header("Location") == web.base() + "/sammanfattning")
        #expect(try web.readResponse()["satser.sammanlankade.nulage"]?.value == .text("Vi har en gemensam bild."))
    }

    static let lastYear = """
    form: alla-typer
    version: "1.0"
    respondent: Umeå
    round: forra
    answers:
      organiserat:
        answer: Kommungruppen träffas varje månad.
        at: 2013-01-10T09:00:00+01:00
      antal-mal:
        answer: 4
        at: 2013-01-10T09:00:00+01:00
      borttagen:
        answer: Finns inte längre.
    """

    @Test func lastYearsAnswersAreShownAndConfirmed() async throws {
        let web = try WebHarness(form: KindsForm.yaml, prefill: ["Umeå": Self.lastYear])
        let overview = try await web.get(web.base()).body
        #expect(overview.contains("<p class=\"forra\">Förra årets svar är ifyllda på 2 frågor. Bekräfta eller ändra dem på varje sida.</p>"))
        let saved = try web.readResponse()
        #expect(saved["organiserat"]?.prefilled == true && saved["antal-mal"]?.prefilled == true)
        let page = try await web.get(web.base() + "/avsnitt/grund").body
        let block = page.block("organiserat")
        #expect(block.contains("<p class=\"forra\" id=\"forra-organiserat\">Förra årets svar är ifyllt. Kryssa i Behåll förra årets svar, eller skriv ett nytt.</p>"))
        #expect(block.contains("aria-describedby=\"hjalp-organiserat hur-organiserat forra-organiserat\">\nKommungruppen träffas varje månad.</textarea>"))
        #expect(block.contains("<input type=\"checkbox\" id=\"f-organiserat-behall\" name=\"q.organiserat:behall\" value=\"1\"><label for=\"f-organiserat-behall\">Behåll förra årets svar</label>"))
        // Posting the page as it is confirms nothing; ticking the box keeps last year's answer; a new answer replaces it.
        let reply = try await web.postSection("grund", [
            ("q.organiserat", "Kommungruppen träffas varje månad."), ("q.organiserat:behall", "1"),
            ("q.antal-mal", "5"), ("sedan", "stanna"),
        ], after: page)
        #expect(reply.header("Location") == web.base() + "/avsnitt/grund?sparat=2")
        let response = try web.readResponse()
        #expect(response["organiserat"]?.prefilled == false)
        #expect(response["organiserat"]?.value == .text("Kommungruppen träffas varje månad."))
        #expect(response["antal-mal"]?.value == .number(5) && response["antal-mal"]?.prefilled == false)
        let kept = try await web.get(web.base() + "/avsnitt/grund?sparat=2").body
        #expect(kept.contains("<div id=\"status\" class=\"status\" role=\"status\"><p>2 svar sparades.</p></div>"))
    }

    @Test func aSaveFromAStalePageIsRefusedAndTheCurrentAnswerShown() async throws {
        let web = try WebHarness(form: KindsForm.yaml)
        _ = try await web.postSection("grund", [("q.organiserat", "Första svaret"), ("q.kontakt", "Anna"), ("sedan", "stanna")])
        let stale = try await web.get(web.base() + "/avsnitt/grund").body
        // Another tab (or the terminal) changes the answer meanwhile.
        let other = try await AnswerKindTests.answer(web, "organiserat", [("q.organiserat", "Svar från en annan flik")], section: "grund")
        #expect(other.message == "Sparat.")
        let reply = try await web.postSection("grund", [
            ("q.organiserat", "Mitt nya svar"), ("q.kontakt", "Anna"), ("q.antal-mal", "3"), ("sedan", "nasta"),
        ], after: stale)
        #expect(reply.status == 422)
        let block = reply.body.block("organiserat")
        #expect(block.contains("<p><span class=\"dold\">Fel: </span>Svaret har ändrats sedan sidan visades (i en annan flik eller i terminalen), så det du skrev sparades inte. Här står svaret som gäller nu; ändra det igen om du vill.</p><p>Det du skrev:</p><p class=\"det-du-skrev\">Mitt nya svar</p>"))
        #expect(block.contains(">\nSvar från en annan flik</textarea>"))
        let response = try web.readResponse()
        #expect(response["organiserat"]?.value == .text("Svar från en annan flik"))
        // The rest of the page was taken; a question the post left alone is no conflict.
        #expect(response["antal-mal"]?.value == .number(3))
        #expect(response["kontakt"]?.value == .text("Anna"))
        // The page now shows the current answer, so posting it again is no conflict.
        let retry = try await web.postSection("grund", [("q.organiserat", "Mitt nya svar"), ("sedan", "stanna")], after: reply.body)
        #expect(retry.status == 303)
        #expect(try web.readResponse()["organiserat"]?.value == .text("Mitt nya svar"))
    }

    @Test func aTerminalFillHoldsTheFileAndTheBrowserWaits() async throws {
        let web = try WebHarness(form: KindsForm.yaml)
        let path = web.responses + "/pilot/Umeå.yaml"
        // `survey fill` takes this lock for its whole session.
        var held: ResponseFileLock?
        if case .success(let acquired) = ResponseFileLock.acquire(for: path) { held = acquired }
        let lock = try #require(held)
        let busy = try await web.postSection("grund", [("q.organiserat", "Från webbläsaren"), ("sedan", "nasta")])
        #expect(busy.status == 503)
        #expect(busy.body.contains("<div class=\"felsammanfattning\" role=\"alert\" tabindex=\"-1\" autofocus>\n<p>Svaren fylls just nu i av en annan session (till exempel i terminalen), så inget sparades. Vänta tills den är klar och försök igen; det du skrev finns kvar här.</p>"))
        #expect(busy.body.contains(">\nFrån webbläsaren</textarea>"))
        let json = try await web.postAnswer("kontakt", [("q.kontakt", "Anna")], section: "grund")
        #expect(json.status == 503)
        #expect(json.body.hasPrefix("{\"result\":\"busy\",\"message\":\"Svaren fylls just nu i av en annan session"))
        #expect(web.responseFile() == nil)
        // The terminal saves through its lock; when it ends, the browser sees its answers.
        try StoreSaver(store: ResponseStore(root: web.responses), form: web.form, path: path, lock: lock).save({
            var response = Response(formID: web.form.id, formVersion: web.form.version, respondent: "Umeå", round: "pilot")
            response["organiserat"] = AnswerEntry(value: .text("Från terminalen"), at: Timestamp("2014-01-10T09:00:00+01:00"))
            return response
        }())
        held = nil
        _ = consume lock
        let after = try await web.postSection("grund", [("q.kontakt", "Anna"), ("sedan", "stanna")])
        #expect(after.status == 303)
        let response = try web.readResponse()
        #expect(response["organiserat"]?.value == .text("Från terminalen"))
        #expect(response["kontakt"]?.value == .text("Anna"))
    }

    @Test func theSummaryIsTheTerminalsAndSubmittingIsRecorded() async throws {
        let web = try WebHarness(form: KindsForm.yaml)
        let empty = try await web.get(web.base() + "/sammanfattning").body
        #expect(empty.contains("<p>Sammanfattning för Umeå: 0 av 13 aktuella frågor besvarade.</p>\n<h2>Saknas (10):</h2>"))
        #expect(empty.contains("<li><a href=\"\(web.base())/avsnitt/grund#fraga-organiserat\">Ni har inte svarat på &quot;Hur har kommunen organiserat arbetet?&quot;</a></li>"))
        #expect(empty.contains("<p>Svaren är inte kompletta ännu. Du kan skicka in när allt som krävs är besvarat.</p>"))
        let csrf = WebHarness.hidden(in: try await web.get(web.base() + "/avsnitt/grund").body)["csrf"]!
        let early = try await web.post(web.base() + "/skicka-in", [("csrf", csrf)])
        #expect(early.status == 303 && early.header("Location") == web.base() + "/sammanfattning?inskickad=nej")
        _ = try await web.postSection("grund", [
            ("q.organiserat", "Vi träffas."), ("q.antal-mal", "3"), ("q.beslutade", "rektorer"),
            ("q.huvudansvar", "rektorerna"), ("q.andra-exempel", "nej"), ("sedan", "nasta"),
        ])
        _ = try await web.postSection("bedomning", [
            ("q.ledning", "4"), ("q.genomforande", "klar"), ("q.nar", "vt 2013"),
            ("q.deltagare:rad:politiker", "0"), ("q.deltagare:rad:rektorer", "2"), ("q.deltagare:rad:larare", "3"), ("q.deltagare:totalt", "5"),
            ("q.slutsatser-np:inga", "1"), ("sedan", "nasta"),
        ])
        let complete = try await web.get(web.base() + "/sammanfattning").body
        #expect(complete.contains("<p>Sammanfattning för Umeå: 10 av 13 aktuella frågor besvarade.</p>\n<p>Allt som krävs är besvarat.</p>"))
        #expect(complete.contains("<button type=\"submit\">Skicka in</button>"))
        let sent = try await web.post(web.base() + "/skicka-in", [("csrf", csrf)])
        #expect(sent.header("Location") == web.base() + "/sammanfattning?inskickad=ja")
        let thanks = try await web.get(web.base() + "/sammanfattning?inskickad=ja").body
        #expect(thanks.contains("<div class=\"status\" role=\"status\"><p>Tack! Svaren är inskickade.</p></div>"))
        let response = try web.readResponse()
        let submitted = try #require(response.submitted)
        #expect(thanks.contains("<p class=\"inskickad\">Svaren skickades in \(submitted.text.prefix(10)) kl. "))
        #expect(thanks.contains("<button type=\"submit\">Skicka in igen</button>"))
        #expect(web.responseFile()?.contains("submitted: \(submitted.text)\n") == true)
        // `survey check` reads the same file and says it was sent in.
        let set = ResponseSet.load(from: ResponseStore(root: web.responses), form: web.form)
        let report = CompletenessChecker.check(form: web.form, responses: set)
        #expect(report.text(form: web.form).contains("Inskickade (1 av 1): Umeå.\n"))
        #expect(report.json().contains("\"submitted\" : \"\(submitted.text)\""))
    }
}
