import SurveyForm
import SurveyResponses
import SurveyRunner
import Testing

struct FillSessionCommandsTests {
    static let quitText = "Avslutat. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.\n"

    @Test func backGoesToThePreviousQuestionWhichKeepsItsAnswerOnEnter() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run([
            ":back", "Vi träffas.", ".", ":back", "", "Anna", ":quit",
        ])
        #expect(run.transcript.from("> :back") == """
        > :back
        Det här är den första frågan.

        Fråga 1 av 15 [organiserat]
        Hur har kommunen organiserat arbetet?
          Beskriv kort.
        Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.
        > Vi träffas.
        > .
        Sparat.

        Fråga 2 av 15 [kontakt] – frivillig
        Vem är kontaktperson?
        Svara på en rad (högst 20 tecken).
        > :back

        Fråga 1 av 15 [organiserat]
        Hur har kommunen organiserat arbetet?
          Beskriv kort.
        Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.
        Nuvarande svar: Vi träffas.
        Tryck Enter för att behålla svaret, eller skriv ett nytt.
        > \("")
        Oförändrat.

        Fråga 2 av 15 [kontakt] – frivillig
        Vem är kontaktperson?
        Svara på en rad (högst 20 tecken).
        > Anna
        Sparat.

        Fråga 3 av 15 [antal-mal]
        Hur många operativa mål har kommunen?
        Svara med ett heltal (mål), 0–50.
        > :quit

        """ + Self.quitText)
        #expect(run.saves.count == 2)
    }

    @Test func backAfterTypingSaysTheTextWasNotSaved() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run([
            ":goto kontakt", "Anna", ":goto organiserat", "Halvfärdig text", ":back", ":quit",
        ])
        #expect(run.transcript.from("> Halvfärdig text") == """
        > Halvfärdig text
        > :back
        Det du hade börjat skriva på den här frågan sparades inte.
        Det här är den första frågan.

        Fråga 1 av 15 [organiserat]
        Hur har kommunen organiserat arbetet?
          Beskriv kort.
        Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.
        > :quit

        """ + Self.quitText)
        #expect(run.response["organiserat"] == nil)
    }

    @Test func changingAnEarlierAnswerContinuesAtTheNextUnanswered() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run([
            "Text.", ".", "Anna", "4", ":back", ":back", "Berit", ":quit",
        ])
        #expect(run.transcript.from("> Berit") == """
        > Berit
        Sparat.

        Fråga 4 av 15 [andel] – frivillig
        Hur stor andel av lärarna deltar?
        Svara med ett tal (%), till exempel 10,7.
        > :quit

        """ + Self.quitText)
        #expect(run.response["kontakt"]?.value == .text("Berit"))
        #expect(run.response["antal-mal"]?.value == .number(4))
    }

    @Test func skipByRequirement() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run([
            ":skip", ":goto kontakt", ":skip", ":goto malen-nar", ":skip", "kanske", "n", ":skip", ":back", ":skip", "j", ":quit",
        ])
        #expect(run.transcript.from("> :skip") == """
        > :skip
        Frågan måste besvaras och kan inte hoppas över. Med :goto kan du gå till en annan fråga och komma tillbaka senare.
        > :goto kontakt

        Fråga 2 av 15 [kontakt] – frivillig
        Vem är kontaktperson?
        Svara på en rad (högst 20 tecken).
        > :skip
        Frågan hoppas över.

        Fråga 3 av 15 [antal-mal]
        Hur många operativa mål har kommunen?
        Svara med ett heltal (mål), 0–50.
        > :goto malen-nar

        == Bedömning ==

        Fråga 11 av 15 [malen-nar] – kan lämnas tom
        När fick lärarna vetskap om målen?
          Delfråga av: Hur och när har lärarna fått vetskap om målen?
        Svara med en termin (till exempel vt 2013) eller ett datum (till exempel 2013-09-15).
        > :skip
        Vill du lämna frågan tom? (j/n) kanske
        Svara j om frågan ska lämnas tom, n om du vill svara.
        Vill du lämna frågan tom? (j/n) n
        När fick lärarna vetskap om målen?
        > :skip
        Vill du lämna frågan tom? (j/n) :back
        När fick lärarna vetskap om målen?
        > :skip
        Vill du lämna frågan tom? (j/n) j
        Sparat: frågan lämnas tom.

        Fråga 12 av 15 [deltagare]
        Hur många deltagare från varje nivå ingår i kommungruppen?
        Skriv antalet (personer) för varje rad, 0 om ingen. Till sist totalt antal deltagare, som ska stämma med summan.
          Politiker: :quit

        """ + Self.quitText)
        #expect(run.response["malen-nar"] == AnswerEntry(emptyConfirmed: true, at: SessionHarness.time))
        // Skipping an optional question is saved, so a resumed session does not ask it again.
        #expect(run.response["kontakt"] == AnswerEntry(emptyConfirmed: true, at: SessionHarness.time))
        #expect(run.saves.count == 2)
    }

    @Test func gotoByIdNumberAndItsRefusals() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run([
            ":goto", ":goto 99", ":goto exempel", ":goto ledningg", ":goto malen", ":goto 10", ":goto satser.hoga", ":quit",
        ])
        #expect(run.transcript.from("> :goto\n") == """
        > :goto
        Skriv :goto följt av frågans id eller nummer, till exempel :goto organiserat.
        > :goto 99
        Det finns ingen fråga nummer 99; frågorna är numrerade 1–15.
        > :goto exempel
        Frågan exempel är inte aktuell med dina nuvarande svar.
        > :goto ledningg
        Det finns ingen fråga "ledningg". Menade du ledning? :review visar alla frågor med id.
        > :goto malen
        "malen" passar flera frågor (malen-hur, malen-nar); skriv hela id:t.
        > :goto 10

        == Bedömning ==

        Fråga 10 av 15 [malen-hur]
        Hur har lärarna fått vetskap om målen?
          Delfråga av: Hur och när har lärarna fått vetskap om målen?
        Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.
        > :goto satser.hoga

        == SKL:s satser ==

        -- Satserna --

        --- Gemensam syn: Höga förväntningar på alla elever ---

        Fråga 15 av 15 [satser.hoga-forvantningar.nulage] – frivillig
        Vilka slutsatser kring nuläget har kommunen dragit?
        Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.
        > :quit

        """ + Self.quitText)
    }

    @Test func questionsPassedByWithGotoAreAskedAfterTheLast() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run([
            ":goto satser.hoga-forvantningar.nulage", "Höga.", ".", ":quit",
        ])
        #expect(run.transcript.from("> Höga.") == """
        > Höga.
        > .
        Sparat.
        Det finns obesvarade frågor tidigare i formuläret; vi går tillbaka till dem.

        == Grundläggande ==

        Fråga 1 av 15 [organiserat]
        Hur har kommunen organiserat arbetet?
          Beskriv kort.
        Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.
        > :quit

        """ + Self.quitText)
    }

    @Test func reviewListsEveryQuestionWithItsState() throws {
        var response = Response(formID: "alla-typer", formVersion: "1.0", respondent: "Umeå", round: "pilot")
        response["organiserat"] = AnswerEntry(value: .text("Text."), at: SessionHarness.time)
        response["andra-exempel"] = AnswerEntry(value: .yesNo(false), at: SessionHarness.time)
        response["exempel"] = AnswerEntry(value: .text("Gammalt exempel."), at: SessionHarness.time, notApplicable: true)
        response["malen-nar"] = AnswerEntry(emptyConfirmed: true, at: SessionHarness.time)
        response["ledning"] = AnswerEntry(value: .scale(2), at: SessionHarness.time, prefilled: true)
        let run = SessionHarness(form: try TestForms.allKinds(), response: response, start: .resumed).run([":review", ":quit"])
        #expect(run.transcript.from("> :review") == """
        > :review

        Översikt: 3 av 15 aktuella frågor besvarade, 8 saknas.
        Grundläggande
          besvarad   organiserat: Hur har kommunen organiserat arbetet?
          saknas     kontakt: Vem är kontaktperson? – frivillig
          saknas     antal-mal: Hur många operativa mål har kommunen?
          saknas     andel: Hur stor andel av lärarna deltar? – frivillig
          saknas     beslutade: Var är målen beslutade?
          saknas     huvudansvar: Vem har huvudansvaret?
          besvarad   andra-exempel: Finns andra exempel där metoden tillämpats?
          ej aktuell exempel: Beskriv exemplen. – svaret finns kvar men räknas inte
        Bedömning
          saknas     ledning: Ledningen är tydlig med mål och verksamhetsidé. – förra årets svar, inte bekräftat
          saknas     genomforande: Hur långt har man kommit i genomförandet?
          saknas     malen-hur: Hur har lärarna fått vetskap om målen?
          besvarad   malen-nar: När fick lärarna vetskap om målen? – lämnad tom
          saknas     deltagare: Hur många deltagare från varje nivå ingår i kommungruppen?
          saknas     slutsatser-np: Vilka slutsatser har kommunen dragit av resultaten på NP?
        SKL:s satser
          saknas     satser.sammanlankade.nulage: Vilka slutsatser kring nuläget har kommunen dragit? (Ledningsnivåerna är sammanlänkade) – frivillig
          saknas     satser.hoga-forvantningar.nulage: Vilka slutsatser kring nuläget har kommunen dragit? (Höga förväntningar på alla elever) – frivillig

        Fråga 2 av 15 [kontakt] – frivillig
        Vem är kontaktperson?
        Svara på en rad (högst 20 tecken).
        > :quit

        """ + Self.quitText)
    }

    @Test func helpShowsTheQuestionsHelpAndTheCommands() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run([":goto malen-hur", ":help", ":quit"])
        #expect(run.transcript.from("> :help") == """
        > :help

        Hjälp till fråga malen-hur:
          Delfråga av: Hur och när har lärarna fått vetskap om målen?
          Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.

        Kommandon (skrivs i stället för ett svar; det svenska namnet inom parentes går lika bra):
          :back      (:tillbaka)  tillbaka till föregående fråga
          :skip      (:hoppa)     hoppa över frågan (frivilliga frågor; en del frågor kan lämnas tomma om du bekräftar det)
          :goto ID   (:gå ID)     gå till en fråga, med id eller nummer (till exempel :goto mal-antal eller :goto 12)
          :review    (:översikt)  översikt över alla frågor: besvarad, saknas eller ej aktuell
          :edit      (:redigera)  skriv svaret i en textredigerare (textfrågor)
          :help      (:hjälp)     den här hjälpen
          :quit      (:avsluta)   avsluta; alla svar du har lämnat är redan sparade
        > :quit

        """ + Self.quitText)
    }

    @Test func unknownCommandsAreNeverTakenAsAnswers() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run([":bakc", ":avslua", ":xyz", ":)", ".", ":quit"])
        #expect(run.transcript.from("> :bakc") == """
        > :bakc
        Okänt kommando :bakc. Menade du :back? Skriv :help för att se kommandona.
        > :avslua
        Okänt kommando :avslua. Menade du :avsluta? Skriv :help för att se kommandona.
        > :xyz
        Okänt kommando :xyz. Skriv :help för att se kommandona.
        > :)
        > .
        Sparat.

        Fråga 2 av 15 [kontakt] – frivillig
        Vem är kontaktperson?
        Svara på en rad (högst 20 tecken).
        > :quit

        """ + Self.quitText)
        #expect(run.response["organiserat"]?.value == .text(":)"))
    }

    @Test func quitWhileTypingLosesOnlyThatAnswer() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run(["Klart.", ".", ":goto malen-hur", "Halv", ":quit"])
        #expect(run.outcome == .quit)
        #expect(run.transcript.from("> Halv") == """
        > Halv
        > :quit
        Det du hade börjat skriva på den här frågan sparades inte.

        """ + Self.quitText)
        #expect(run.response.orderedEntries.map(\.questionID) == ["organiserat"])
        #expect(run.saves.count == 1)
    }

    @Test func theEndPromptTakesCommands() throws {
        var response = Response(formID: "alla-typer", formVersion: "1.0", respondent: "Umeå", round: "pilot")
        response["satser.hoga-forvantningar.nulage"] = AnswerEntry(value: .text("Sist."), at: SessionHarness.time)
        let form = try TestForms.allKinds()
        let run = SessionHarness(form: form, response: response, start: .resumed).run([
            ":goto satser.hoga-forvantningar.nulage", "", "hej", ":skip", ":goto 99", ":back", "", ":quit",
        ])
        #expect(run.transcript.from("Oförändrat.") == """
        Oförändrat.
        Det finns obesvarade frågor tidigare i formuläret; vi går tillbaka till dem.

        == Grundläggande ==

        Fråga 1 av 15 [organiserat]
        Hur har kommunen organiserat arbetet?
          Beskriv kort.
        Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.
        > hej
        > :skip
        Frågan måste besvaras och kan inte hoppas över. Med :goto kan du gå till en annan fråga och komma tillbaka senare.
        > :goto 99
        Det finns ingen fråga nummer 99; frågorna är numrerade 1–15.
        > :back
        Det du hade börjat skriva på den här frågan sparades inte.
        Det här är den första frågan.

        Fråga 1 av 15 [organiserat]
        Hur har kommunen organiserat arbetet?
          Beskriv kort.
        Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.
        > \("")
        Skriv svaret och avsluta med en rad med bara en punkt (.).
        > :quit

        """ + Self.quitText)
    }

    @Test func atTheEndEnterFinishesAndCommandsStillWork() throws {
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
        """)
        let run = SessionHarness(form: form).run(["3", ":skip", "hej", ":skip", ":review", ":back", "", ":goto antal", "4", ""])
        #expect(run.outcome == .finished)
        #expect(run.transcript.from("Frågan hoppas över.") == """
        Frågan hoppas över.

        Alla frågor är genomgångna.
        Tryck Enter för att avsluta, eller skriv :back, :goto ID eller :review.
        > hej
        Tryck Enter för att avsluta, eller skriv ett kommando (:help visar vilka).
        > :skip
        Här finns ingen fråga; skriv :back eller :goto ID för att gå till en.
        > :review

        Översikt: 2 av 2 aktuella frågor besvarade; inget som krävs saknas.
        Avsnitt
          besvarad   antal: Hur många?
          besvarad   fritt: Något mer? – lämnad tom
        > :back

        Fråga 2 av 2 [fritt] – frivillig
        Något mer?
        Svara på en rad (högst 200 tecken).
        Nuvarande svar: (lämnad tom)
        Tryck Enter för att behålla svaret, eller skriv ett nytt.
        > \("")
        Oförändrat.

        Alla frågor är genomgångna.
        Tryck Enter för att avsluta, eller skriv :back, :goto ID eller :review.
        > :goto antal

        Fråga 1 av 2 [antal]
        Hur många?
        Svara med ett tal, till exempel 10,7.
        Nuvarande svar: 3
        Tryck Enter för att behålla svaret, eller skriv ett nytt.
        > 4
        Sparat.

        Alla frågor är genomgångna.
        Tryck Enter för att avsluta, eller skriv :back, :goto ID eller :review.
        > \("")
        Tack! Alla svar är sparade i svar/pilot/Umeå.yaml.

        """)
        #expect(run.response["antal"]?.value == .number(4))
    }
}
