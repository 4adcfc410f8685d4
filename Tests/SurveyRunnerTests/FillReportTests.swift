import SurveyForm
import SurveyResponses
import SurveyRunner
import Testing

/// The completeness text at the end of a fill.
struct FillReportTests {
    static let time = SessionHarness.time

    @Test func incompleteResponseNamesWhatIsMissing() throws {
        let form = try TestForms.allKinds()
        var response = Response(formID: form.id, formVersion: form.version, respondent: "Umeå", round: "pilot")
        response["organiserat"] = AnswerEntry(value: .text("se ovan"), at: Self.time)
        response["malen-hur"] = AnswerEntry(value: .text("Via rektorerna."), at: Self.time)
        response["deltagare"] = AnswerEntry(value: .countGrid(["politiker": 1], total: 2), at: Self.time)
        response["ledning"] = AnswerEntry(value: .scale(3), prefilled: true)
        let report = FillReport(response: response, form: form, path: "svar/pilot/Umeå.yaml")
        #expect(!report.isComplete)
        #expect(report.text == """

        Sammanfattning för Umeå: 3 av 15 aktuella frågor besvarade.
        Saknas (9):
          Ni har svarat på "Hur har lärarna fått vetskap om målen?" men inte på "När fick lärarna vetskap om målen?"; båda är delar av frågan "Hur och när har lärarna fått vetskap om målen?".
          Ni har inte svarat på "Hur många operativa mål har kommunen?"
          Ni har inte svarat på "Var är målen beslutade?"
          Ni har inte svarat på "Vem har huvudansvaret?"
          Ni har inte svarat på "Finns andra exempel där metoden tillämpats?"
          Ni har inte bekräftat förra årets svar på "Ledningen är tydlig med mål och verksamhetsidé."
          Ni har inte svarat på "Hur långt har man kommit i genomförandet?"
          Raderna i "Hur många deltagare från varje nivå ingår i kommungruppen?" summerar till 1, men totalt antal deltagare är 2.
          Ni har inte svarat på "Vilka slutsatser har kommunen dragit av resultaten på NP?"
        Att se över (1):
          Ni har svarat "se ovan" på "Hur har kommunen organiserat arbetet?", vilket inte ser ut som ett svar.
        Svaren är inte kompletta ännu. Kör samma kommando igen för att fortsätta där du slutade.

        """)
    }

    @Test func completeResponseSaysSo() throws {
        let form = try TestForms.load("""
        form: kort
        title: Kort formulär
        version: "1"
        language: sv
        sections:
          - id: a
            title: Avsnitt
            questions:
              - {id: antal, text: Hur många?, kind: number}
              - {id: fritt, text: Något mer?, kind: short-text, required: false}
              - {id: tomt, text: Övrigt?, kind: text, required: soft}
        """)
        var response = Response(formID: form.id, formVersion: form.version, respondent: "Borås", round: "")
        response["antal"] = AnswerEntry(value: .number(3), at: Self.time)
        response["tomt"] = AnswerEntry(emptyConfirmed: true, at: Self.time)
        let report = FillReport(response: response, form: form, path: "svar/Borås.yaml")
        #expect(report.isComplete)
        #expect(report.text == """

        Sammanfattning för Borås: 2 av 3 aktuella frågor besvarade.
        Allt som krävs är besvarat.

        """)
    }

    @Test func longListsAreCutAfterTen() throws {
        let form = try TestForms.annualReport()
        let response = Response(formID: form.id, formVersion: form.version, respondent: "Luleå", round: "pilot")
        let report = FillReport(response: response, form: form, path: "svar/pilot/Luleå.yaml")
        let lines = report.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "Sammanfattning för Luleå: 0 av 35 aktuella frågor besvarade.")
        #expect(lines[2] == "Saknas (34):")
        #expect(lines[3] == "  Ni har inte svarat på \"Hur har kommunen organiserat arbetet?\"")
        #expect(lines[13] == "  … och 24 till; skriv :review när du fortsätter för att se alla.")
        #expect(lines[14] == "Svaren är inte kompletta ännu. Kör samma kommando igen för att fortsätta där du slutade.")
        #expect(lines.count == 16)
    }
}
