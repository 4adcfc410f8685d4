import SurveyForm
import SurveyResponses
import SurveyRunner
import SurveyYAML
import Testing

/// Starting from last year's answers: shown for confirmation or change, unconfirmed ones stay prefilled.
struct PrefillTests {
    static let lastYearYAML = """
    form: alla-typer
    version: "0.9"
    respondent: Umeå
    round: pilot
    answers:
      organiserat:
        answer: Kommungruppen träffas varje månad.
        at: 2013-01-10T09:02:11+01:00
      antal-mal:
        answer: 4
        at: 2013-01-10T09:03:00+01:00
      gammal-fraga:
        answer: Finns inte längre.
      ledning:
        answer: 7
      andra-exempel:
        answer: nej
      exempel:
        answer: Ett gammalt exempel.
        not-applicable: true
      deltagare:
        answer: {politiker: 1, rektorer: 2, larare: 3}
        total: 6
    """

    static func lastYear(_ form: Form) throws -> (ResponseLoadResult, Response) {
        let result = ResponseReader.read(SourceText(path: "förra-året/Umeå.yaml", text: lastYearYAML), form: form)
        return (result, try #require(result.response))
    }

    @Test func readableAnswersToExistingQuestionsArePrefilled() throws {
        let form = try TestForms.allKinds()
        let (result, lastYear) = try Self.lastYear(form)
        #expect(result.diagnostics.map(\.description) == [
            "förra-året/Umeå.yaml:2:10: warning: svaren gavs till version 0.9 av formuläret; det här är version 1.0",
            "förra-året/Umeå.yaml:12:3: warning: frågan 'gammal-fraga' finns inte i version 1.0 av formuläret 'alla-typer'; svaret behålls",
            "förra-året/Umeå.yaml:15:13: error: svaret på 'ledning' ska vara ett av skalans värden 1, 2, 3, 4, inte '7'",
        ])
        var response = Response(formID: form.id, formVersion: form.version, respondent: "Umeå", round: "pilot")
        let summary = PrefillMerger.merge(lastYear, into: &response, form: form, source: "förra-året/Umeå.yaml")
        #expect(summary == PrefillSummary(source: "förra-året/Umeå.yaml", applied: ["organiserat", "antal-mal", "andra-exempel", "deltagare"],
                                          notInForm: ["gammal-fraga"], unreadable: ["ledning"]))
        #expect(response["organiserat"] == AnswerEntry(value: .text("Kommungruppen träffas varje månad."),
                                                       at: Timestamp("2013-01-10T09:02:11+01:00"), prefilled: true))
        #expect(response["exempel"] == nil)
        #expect(summary.text == """
        Förra årets svar (förra-året/Umeå.yaml) är ifyllda på 4 frågor. Tryck Enter vid varje fråga för att behålla svaret, eller skriv ett nytt.
        Svaren på 1 fråga används inte, eftersom frågorna inte finns i den här versionen av formuläret: gammal-fraga.
        Svaren på 1 fråga används inte, eftersom de inte passar den här versionen av frågorna: ledning.

        """)
    }

    @Test func eachPrefilledAnswerIsShownToKeepOrChange() throws {
        let form = try TestForms.allKinds()
        let (_, lastYear) = try Self.lastYear(form)
        var harness = SessionHarness(form: form)
        harness.prefill = PrefillMerger.merge(lastYear, into: &harness.response, form: form, source: "förra-året/Umeå.yaml")
        let run = harness.run(["", "Anna", "5", ":quit"])
        #expect(run.transcript == """
        Alla frågetyper (version 1.0)
        Svarande: Umeå, omgång pilot. Svaren sparas i svar/pilot/Umeå.yaml.

        Ett formulär med varje frågetyp.

        Förra årets svar (förra-året/Umeå.yaml) är ifyllda på 4 frågor. Tryck Enter vid varje fråga för att behålla svaret, eller skriv ett nytt.
        Svaren på 1 fråga används inte, eftersom frågorna inte finns i den här versionen av formuläret: gammal-fraga.
        Svaren på 1 fråga används inte, eftersom de inte passar den här versionen av frågorna: ledning.

        Varje svar sparas så fort du har lämnat det. Skriv :help för hjälp och kommandon.

        == Grundläggande ==

        Fråga 1 av 15 [organiserat]
        Hur har kommunen organiserat arbetet?
          Beskriv kort.
        Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.
        Förra årets svar: Kommungruppen träffas varje månad.
        Tryck Enter för att behålla förra årets svar, eller skriv ett nytt.
        > \("")
        Sparat (förra årets svar behålls).

        Fråga 2 av 15 [kontakt] – frivillig
        Vem är kontaktperson?
        Svara på en rad (högst 20 tecken).
        > Anna
        Sparat.

        Fråga 3 av 15 [antal-mal]
        Hur många operativa mål har kommunen?
        Svara med ett heltal (mål), 0–50.
        Förra årets svar: 4 mål
        Tryck Enter för att behålla förra årets svar, eller skriv ett nytt.
        > 5
        Sparat.

        Fråga 4 av 15 [andel] – frivillig
        Hur stor andel av lärarna deltar?
        Svara med ett tal (%), till exempel 10,7.
        > :quit
        Avslutat. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.

        """)
        let time = SessionHarness.time
        #expect(run.response["organiserat"] == AnswerEntry(value: .text("Kommungruppen träffas varje månad."), at: time))
        #expect(run.response["antal-mal"] == AnswerEntry(value: .number(5), at: time))
        #expect(run.response["andra-exempel"] == AnswerEntry(value: .yesNo(false), prefilled: true))
        #expect(run.response["deltagare"]?.prefilled == true)
        // Saved at once with every prefilled answer, then once per answer.
        #expect(run.saves.count == 4)
        #expect(run.saves[0].orderedEntries.map(\.questionID) == ["organiserat", "antal-mal", "andra-exempel", "deltagare"])
        #expect(run.saves[0].orderedEntries.allSatisfy { $0.entry.prefilled })
    }

    @Test func aPrefilledGridIsConfirmedRowByRow() throws {
        let form = try TestForms.allKinds()
        let (_, lastYear) = try Self.lastYear(form)
        var harness = SessionHarness(form: form)
        harness.prefill = PrefillMerger.merge(lastYear, into: &harness.response, form: form, source: "förra-året/Umeå.yaml")
        let run = harness.run([":goto deltagare", "", "4", "", "", ":quit"])
        #expect(run.transcript.from("Fråga 12 av 15") == """
        Fråga 12 av 15 [deltagare]
        Hur många deltagare från varje nivå ingår i kommungruppen?
        Skriv antalet (personer) för varje rad, 0 om ingen. Till sist totalt antal deltagare, som ska stämma med summan.
        Förra årets svar: Politiker 1, Rektorer 2, Lärare 3, Totalt antal deltagare 6
        Tryck Enter på varje rad för att behålla värdet inom hakparentes.
          Politiker [1]: \("")
            summa hittills: 1
          Rektorer [2]: 4
            summa hittills: 5
          Lärare [3]: \("")
            summa hittills: 8
          Totalt antal deltagare [6]: \("")
        Skriv totalen; raderna blir tillsammans 8.
          Totalt antal deltagare [6]: :quit
        Det du hade börjat skriva på den här frågan sparades inte.
        Avslutat. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.

        """)
        #expect(run.response["deltagare"] == AnswerEntry(value: .countGrid(["politiker": 1, "rektorer": 2, "larare": 3], total: 6), prefilled: true))
    }

    @Test func answersAlreadyInThisYearsFileWin() throws {
        let form = try TestForms.allKinds()
        let (_, lastYear) = try Self.lastYear(form)
        var response = Response(formID: form.id, formVersion: form.version, respondent: "Umeå", round: "pilot")
        response["antal-mal"] = AnswerEntry(value: .number(9), at: SessionHarness.time)
        let summary = PrefillMerger.merge(lastYear, into: &response, form: form, source: "x.yaml")
        #expect(summary.applied == ["organiserat", "andra-exempel", "deltagare"])
        #expect(response["antal-mal"] == AnswerEntry(value: .number(9), at: SessionHarness.time))
    }
}
