import Foundation
import SurveyForm
import SurveyResponses
import SurveyWeb
import Testing

/// Every question kind through the browser, with the runner's own rules and Swedish messages.
struct AnswerKindTests {
    /// Posts one question's fields as the page's script does; the JSON `message` and the status.
    static func answer(_ web: WebHarness, _ question: String, _ fields: [(String, String)], section: String) async throws -> (status: Int, message: String, body: String) {
        let reply = try await web.postAnswer(question, fields, section: section)
        let object = try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [String: Any]
        let message = object?["message"] as? String ?? "«no message in \(reply.body)»"
        return (reply.status, message, reply.body)
    }

    @Test(arguments: [
        ("organiserat", [("q.organiserat", String(repeating: "a", count: 41))], "Svaret är 41 tecken långt; högst 40 får plats. Korta det och skriv det igen."),
        ("organiserat", [("q.organiserat", "Hej\u{1B}[A")], "Svaret innehåller styrtecken (till exempel från piltangenterna); skriv det igen."),
        ("kontakt", [("q.kontakt", String(repeating: "b", count: 21))], "Svaret är 21 tecken långt; högst 20 får plats. Korta det och skriv det igen."),
        ("antal-mal", [("q.antal-mal", "tolv")], "\"tolv\" är inget tal. Skriv ett heltal, till exempel 12."),
        ("antal-mal", [("q.antal-mal", "2,5")], "Svaret ska vara ett heltal, utan decimaler."),
        ("antal-mal", [("q.antal-mal", "600")], "Talet ska vara högst 500."),
        ("antal-mal", [("q.antal-mal", "60")], "60 mål är mer än väntat här (oftast högst 50). Stämmer det?"),
        ("beslutade", [("q.beslutade", "annat")], "Skriv vad du menar med ”Annat, nämligen …”."),
        ("beslutade", [("q.beslutade:annat", "Ledningsgruppen")], "Texten hör till alternativet ”Annat, nämligen …”; välj det också, eller ta bort texten."),
        ("beslutade", [("q.beslutade", "rektorer"), ("q.beslutade", "forvaltning"), ("q.beslutade", "namnd-utskott-kf-ks")], "Välj högst 2 alternativ."),
        ("beslutade", [("q.beslutade", "finns-inte")], "Välj bland frågans alternativ."),
        ("huvudansvar", [("q.huvudansvar", "forvaltningen"), ("q.huvudansvar", "rektorerna")], "Välj bara ett alternativ."),
        ("andra-exempel", [("q.andra-exempel", "kanske")], "Svara ja eller nej (j/n)."),
    ])
    func refusedWithTheRunnersWords(_ question: String, _ fields: [(String, String)], _ message: String) async throws {
        let web = try WebHarness(form: KindsForm.yaml)
        let reply = try await Self.answer(web, question, fields, section: "grund")
        #expect(reply.status == 422)
        #expect(reply.message == message)
        #expect(reply.body.contains("\"result\":\"refused\""))
        #expect(web.responseFile() == nil)
    }

    @Test(arguments: [
        ("nar", [("q.nar", "2013-09-15")], "Frågan gäller en termin, inte ett datum. Skriv en termin, till exempel vt 2013 eller ht 2012."),
        ("nar", [("q.nar", "vt 2013"), ("q.nar:tom", "1")], "Du har både svarat och valt att lämna frågan tom; välj det ena."),
        ("deltagare", [("q.deltagare:rad:politiker", "1"), ("q.deltagare:rad:rektorer", "2")], "Skriv ett heltal, 0 om ingen."),
        ("deltagare", [("q.deltagare:rad:politiker", "1"), ("q.deltagare:rad:rektorer", "-2"), ("q.deltagare:rad:larare", "3")], "Antalet kan inte vara negativt; skriv 0 om ingen."),
        ("deltagare", [("q.deltagare:rad:politiker", "1"), ("q.deltagare:rad:rektorer", "2"), ("q.deltagare:rad:larare", "3")], "Skriv totalen; raderna blir tillsammans 6."),
        ("deltagare", [("q.deltagare:rad:politiker", "1"), ("q.deltagare:rad:rektorer", "2"), ("q.deltagare:rad:larare", "3"), ("q.deltagare:totalt", "7")],
         "Raderna blir tillsammans 6, men totalen är 7. Rätta totalen eller raderna."),
        ("slutsatser-np", [("q.slutsatser-np:rad:over-riket", "ak3"), ("q.slutsatser-np:inga", "1")], "Du har både kryssat i rutor och valt Inga kryss; välj det ena."),
        ("slutsatser-np", [("q.slutsatser-np:rad:over-riket", "ak9")], "Kryssa bara i frågans kolumner."),
        ("ledning", [("q.ledning", "9")], "Välj ett av skalans steg."),
    ])
    func gridsTermsAndScalesAreRefusedWithTheRunnersWords(_ question: String, _ fields: [(String, String)], _ message: String) async throws {
        let web = try WebHarness(form: KindsForm.yaml)
        let reply = try await Self.answer(web, question, fields, section: "bedomning")
        #expect(reply.status == 422)
        #expect(reply.message == message)
        #expect(web.responseFile() == nil)
    }

    @Test func everyKindIsSavedAsTheTerminalSavesIt() async throws {
        let web = try WebHarness(form: KindsForm.yaml)
        let grund = try await web.postSection("grund", [
            ("q.organiserat", "Vi träffas\r\nvarje månad."),
            ("q.kontakt", "Anna Svensson"),
            ("q.antal-mal", "60"), ("q.antal-mal:stammer", "1"),
            ("q.beslutade", "rektorer"), ("q.beslutade", "annat"), ("q.beslutade:annat", "Ledningsgruppen"),
            ("q.huvudansvar", "annat"), ("q.huvudansvar:annat", "Styrgruppen"),
            ("q.andra-exempel", "nej"),
            ("sedan", "nasta"),
        ])
        #expect(grund.status == 303)
        #expect(grund.header("Location") == web.base() + "/avsnitt/bedomning")
        let bedomning = try await web.postSection("bedomning", [
            ("q.ledning", "3"), ("q.genomforande", "paborjad"), ("q.nar:tom", "1"),
            ("q.deltagare:rad:politiker", "1"), ("q.deltagare:rad:rektorer", "2"), ("q.deltagare:rad:larare", "3"), ("q.deltagare:totalt", "6"),
            ("q.slutsatser-np:rad:over-riket", "ak3"), ("q.slutsatser-np:rad:over-riket", "ak6"), ("q.slutsatser-np:rad:under-riket", "ak6"),
            ("sedan", "nasta"),
        ])
        #expect(bedomning.status == 303)
        #expect(bedomning.header("Location") == web.base() + "/avsnitt/satser")
        let response = try web.readResponse()
        #expect(response["organiserat"]?.value == .text("Vi träffas\nvarje månad."))
        #expect(response["kontakt"]?.value == .text("Anna Svensson"))
        #expect(response["antal-mal"]?.value == .number(60))
        #expect(response["beslutade"]?.value == .choices(["rektorer", "annat"], other: "Ledningsgruppen"))
        #expect(response["huvudansvar"]?.value == .choice("annat", other: "Styrgruppen"))
        #expect(response["andra-exempel"]?.value == .yesNo(false))
        #expect(response["exempel"] == nil)
        #expect(response["ledning"]?.value == .scale(3))
        #expect(response["genomforande"]?.value == .status(.started))
        #expect(response["nar"]?.emptyConfirmed == true && response["nar"]?.value == nil)
        #expect(response["deltagare"]?.value == .countGrid(["politiker": 1, "rektorer": 2, "larare": 3], total: 6))
        #expect(response["slutsatser-np"]?.value == .checkGrid(["over-riket": ["ak3", "ak6"], "under-riket": ["ak6"]]))
        #expect(response.respondent == "Umeå" && response.round == "pilot" && response.formID == "alla-typer")
        // The page shows the saved answers back in its fields.
        let page = try await web.get(web.base() + "/avsnitt/bedomning").body
        #expect(page.contains("<input type=\"radio\" id=\"f-ledning-3\" name=\"q.ledning\" value=\"3\" checked><label for=\"f-ledning-3\">3. Stämmer ganska bra</label>"))
        #expect(page.contains("<input type=\"text\" class=\"tal\" id=\"f-deltagare-totalt\" name=\"q.deltagare:totalt\" value=\"6\" inputmode=\"numeric\" autocomplete=\"off\">"))
        #expect(page.contains("<input type=\"checkbox\" id=\"f-nar-tom\" name=\"q.nar:tom\" value=\"1\" checked><label for=\"f-nar-tom\">Lämna frågan tom</label>"))
        // Posting the same page again changes nothing in the file.
        let before = web.responseFile()
        let again = try await web.postSection("bedomning", [
            ("q.ledning", "3"), ("q.genomforande", "paborjad"), ("q.nar:tom", "1"),
            ("q.deltagare:rad:politiker", "1"), ("q.deltagare:rad:rektorer", "2"), ("q.deltagare:rad:larare", "3"), ("q.deltagare:totalt", "6"),
            ("q.slutsatser-np:rad:over-riket", "ak3"), ("q.slutsatser-np:rad:over-riket", "ak6"), ("q.slutsatser-np:rad:under-riket", "ak6"),
            ("sedan", "stanna"),
        ], after: page)
        #expect(again.header("Location") == web.base() + "/avsnitt/bedomning?sparat=0")
        #expect(web.responseFile() == before)
    }

    /// A quote with a combining mark after it is one Swift character but a quote to the browser:
    /// written raw, it ended the field's value attribute and what followed became attributes.
    @Test func anAnswerNeverLeavesItsAttribute() async throws {
        let web = try WebHarness(form: KindsForm.yaml)
        let hostile = "A\"\u{301} autofocus x=\""
        let reply = try await web.postSection("grund", [("q.antal-mal", "12"), ("q.kontakt", hostile), ("sedan", "stanna")])
        #expect(reply.status == 303)
        #expect(try web.readResponse()["kontakt"]?.value == .text(hostile))
        let page = try await web.get(web.base() + "/avsnitt/grund").body
        #expect(page.block("kontakt").contains("value=\"A&quot;\u{301} autofocus x=&quot;\""))
    }

    @Test func aRefusedAnswerStaysInItsFieldWithTheMessageBesideIt() async throws {
        let web = try WebHarness(form: KindsForm.yaml)
        let reply = try await web.postSection("grund", [("q.antal-mal", "tolv"), ("q.kontakt", "Anna"), ("sedan", "nasta")])
        #expect(reply.status == 422)
        let page = reply.body
        #expect(page.contains("<title>Fel: 1. Grundläggande – Alla frågetyper</title>"))
        #expect(page.contains("<div class=\"felsammanfattning\" role=\"alert\" tabindex=\"-1\" autofocus>\n<h2>1 svar sparades inte</h2>\n<ul>\n<li><a href=\"#f-antal-mal\">Hur många operativa mål har kommunen? – &quot;tolv&quot; är inget tal. Skriv ett heltal, till exempel 12.</a></li>\n</ul>\n</div>"))
        let block = page.block("antal-mal")
        #expect(block.contains("<div class=\"felmeddelande\" id=\"fel-antal-mal\"><p><span class=\"dold\">Fel: </span>&quot;tolv&quot; är inget tal. Skriv ett heltal, till exempel 12.</p></div>"))
        #expect(block.contains("<input type=\"text\" class=\"kort\" id=\"f-antal-mal\" name=\"q.antal-mal\" value=\"tolv\" inputmode=\"decimal\" autocomplete=\"off\" aria-required=\"true\" aria-describedby=\"hur-antal-mal fel-antal-mal\" aria-invalid=\"true\">"))
        #expect(page.contains("<div id=\"status\" class=\"status\" role=\"status\"><p>1 svar sparades.</p></div>"))
        #expect(page.block("kontakt").contains("<p class=\"sparat\">Sparat.</p>"))
        #expect(try web.readResponse()["kontakt"]?.value == .text("Anna"))
        #expect(try web.readResponse()["antal-mal"] == nil)
    }

    @Test func softQuestionsAreLeftEmptyOnlyOnPurposeAndRequiredOnesNever() async throws {
        let web = try WebHarness(form: KindsForm.yaml)
        _ = try await web.postSection("grund", [("q.organiserat", "Kort svar"), ("sedan", "stanna")])
        let emptied = try await Self.answer(web, "organiserat", [("q.organiserat", "")], section: "grund")
        #expect(emptied.status == 422 && emptied.message == "Frågan måste besvaras; skriv ett svar.")
        let left = try await Self.answer(web, "nar", [("q.nar:tom", "1")], section: "bedomning")
        #expect(left.status == 200 && left.message == "Sparat: frågan lämnas tom.")
        let answered = try await Self.answer(web, "nar", [("q.nar", "ht 2012")], section: "bedomning")
        #expect(answered.message == "Sparat.")
        let emptiedSoft = try await Self.answer(web, "nar", [("q.nar", "")], section: "bedomning")
        #expect(emptiedSoft.status == 422 && emptiedSoft.message == "Skriv ett svar, eller kryssa i Lämna frågan tom.")
        let optional = try await Self.answer(web, "kontakt", [("q.kontakt", "Anna")], section: "grund")
        #expect(optional.message == "Sparat.")
        let optionalEmptied = try await Self.answer(web, "kontakt", [("q.kontakt", "")], section: "grund")
        #expect(optionalEmptied.message == "Sparat: frågan lämnas tom.")
        let response = try web.readResponse()
        #expect(response["organiserat"]?.value == .text("Kort svar"))
        #expect(response["nar"]?.value == .termOrDate(.term(.autumn, year: 2012)))
        #expect(response["kontakt"]?.emptyConfirmed == true)
        let same = try await Self.answer(web, "nar", [("q.nar", "HT12")], section: "bedomning")
        #expect(same.message == "Oförändrat.")
    }
}
