import SurveyForm
import SurveyResponses
import SurveyRunner
import Testing

/// One session through every kind of question, with a wrong answer here and there.
struct FillSessionKindsTests {
    static let script = [
        "Vi träffas.", "", "Varje månad.", ".",
        "Anna",
        "tre", "12",
        "10,5",
        "1,Annat: Ledningsgruppen",
        "2",
        "ja",
        ":skip", "j",
        "3", "påb", "Via rektorerna.", ".", "vt 2013",
        "2", "3", "4", "10", "9",
        "1,3", "",
        "Bra.", ".", ":skip",
        "",
    ]

    @Test func everyKindInOneSessionTranscript() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run(Self.script)
        #expect(run.outcome == .finished)
        #expect(run.transcript == """
        Alla frågetyper (version 1.0)
        Svarande: Umeå, omgång pilot. Svaren sparas i svar/pilot/Umeå.yaml.

        Ett formulär med varje frågetyp.

        Varje svar sparas så fort du har lämnat det. Skriv :help för hjälp och kommandon.

        == Grundläggande ==

        Fråga 1 av 15 [organiserat]
        Hur har kommunen organiserat arbetet?
          Beskriv kort.
        Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.
        > Vi träffas.
        > \("")
        > Varje månad.
        > .
        Sparat.

        Fråga 2 av 15 [kontakt] – frivillig
        Vem är kontaktperson?
        Svara på en rad (högst 20 tecken).
        > Anna
        Sparat.

        Fråga 3 av 15 [antal-mal]
        Hur många operativa mål har kommunen?
        Svara med ett heltal (mål), 0–50.
        > tre
        "tre" är inget tal. Skriv ett heltal, till exempel 12.
        Hur många operativa mål har kommunen?
        > 12
        Sparat.

        Fråga 4 av 15 [andel] – frivillig
        Hur stor andel av lärarna deltar?
        Svara med ett tal (%), till exempel 10,7.
        > 10,5
        Sparat.

        Fråga 5 av 15 [beslutade]
        Var är målen beslutade?
          1. Nämnd/utskott/KF/KS
          2. Rektorer
          3. Förvaltningen
          4. Annat, nämligen …
        Välj ett eller flera alternativ med nummer eller namn, åtskilda med komma (till exempel 1,3). För "Annat, nämligen …" skriv 4: och din text.
        > 1,Annat: Ledningsgruppen
        Sparat.

        Fråga 6 av 15 [huvudansvar]
        Vem har huvudansvaret?
          1. Förvaltningen
          2. Rektorerna
          3. Någon annan, nämligen
        Svara med numret eller namnet på ett alternativ. För "Någon annan, nämligen" skriv 3: och din text.
        > 2
        Sparat.

        Fråga 7 av 15 [andra-exempel]
        Finns andra exempel där metoden tillämpats?
        Svara ja eller nej (j/n).
        > ja
        Sparat.

        Fråga 8 av 16 [exempel] – kan lämnas tom
        Beskriv exemplen.
        Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.
        > :skip
        Vill du lämna frågan tom? (j/n) j
        Sparat: frågan lämnas tom.

        == Bedömning ==

        Fråga 9 av 16 [ledning]
        Ledningen är tydlig med mål och verksamhetsidé.
          1. Stämmer dåligt
          2. Stämmer ganska dåligt
          3. Stämmer ganska bra
          4. Stämmer bra
        Svara med en siffra (1–4) eller med orden.
        > 3
        Sparat.

        Fråga 10 av 16 [genomforande]
        Hur långt har man kommit i genomförandet?
          1. ej påbörjad
          2. påbörjad
          3. klar
        Svara med en siffra (1–3) eller med orden.
        > påb
        Sparat.

        Fråga 11 av 16 [malen-hur]
        Hur har lärarna fått vetskap om målen?
          Delfråga av: Hur och när har lärarna fått vetskap om målen?
        Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.
        > Via rektorerna.
        > .
        Sparat.

        Fråga 12 av 16 [malen-nar] – kan lämnas tom
        När fick lärarna vetskap om målen?
          Delfråga av: Hur och när har lärarna fått vetskap om målen?
        Svara med en termin (till exempel vt 2013) eller ett datum (till exempel 2013-09-15).
        > vt 2013
        Sparat.

        Fråga 13 av 16 [deltagare]
        Hur många deltagare från varje nivå ingår i kommungruppen?
        Skriv antalet (personer) för varje rad, 0 om ingen. Till sist totalt antal deltagare, som ska stämma med summan.
          Politiker: 2
            summa hittills: 2
          Rektorer: 3
            summa hittills: 5
          Lärare: 4
            summa hittills: 9
          Totalt antal deltagare: 10
        Raderna blir tillsammans 9, men totalen är 10. Skriv totalen igen, eller :back för att ändra raderna.
          Totalt antal deltagare: 9
        Sparat.

        Fråga 14 av 16 [slutsatser-np]
        Vilka slutsatser har kommunen dragit av resultaten på NP?
        Kolumner: 1 ÅK 3, 2 ÅK 6, 3 ÅK 9.
        Skriv för varje rad vilka kolumner som gäller, med nummer eller namn (till exempel 1,3); tom rad = inga.
          Över riket: 1,3
          Under riket: \("")
        Sparat.

        == SKL:s satser ==

        -- Satserna --

        --- Gemensam ledning: Ledningsnivåerna är sammanlänkade ---
        Nämnd, förvaltning och rektor.

        Fråga 15 av 16 [satser.sammanlankade.nulage] – frivillig
        Vilka slutsatser kring nuläget har kommunen dragit?
        Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.
        > Bra.
        > .
        Sparat.

        --- Gemensam syn: Höga förväntningar på alla elever ---

        Fråga 16 av 16 [satser.hoga-forvantningar.nulage] – frivillig
        Vilka slutsatser kring nuläget har kommunen dragit?
        Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.
        > :skip
        Frågan hoppas över.

        Alla frågor är genomgångna.
        Tryck Enter för att avsluta, eller skriv :back, :goto ID eller :review.
        > \("")
        Tack! Alla svar är sparade i svar/pilot/Umeå.yaml.

        """)
    }

    @Test func everyKindIsSavedTypedWithItsTime() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run(Self.script)
        let time = SessionHarness.time
        let expected: [(String, AnswerEntry)] = [
            ("organiserat", AnswerEntry(value: .text("Vi träffas.\n\nVarje månad."), at: time)),
            ("kontakt", AnswerEntry(value: .text("Anna"), at: time)),
            ("antal-mal", AnswerEntry(value: .number(12), at: time)),
            ("andel", AnswerEntry(value: .number(10.5), at: time)),
            ("beslutade", AnswerEntry(value: .choices(["namnd-utskott-kf-ks", "annat"], other: "Ledningsgruppen"), at: time)),
            ("huvudansvar", AnswerEntry(value: .choice("rektorerna", other: nil), at: time)),
            ("andra-exempel", AnswerEntry(value: .yesNo(true), at: time)),
            ("exempel", AnswerEntry(emptyConfirmed: true, at: time)),
            ("ledning", AnswerEntry(value: .scale(3), at: time)),
            ("genomforande", AnswerEntry(value: .status(.started), at: time)),
            ("malen-hur", AnswerEntry(value: .text("Via rektorerna."), at: time)),
            ("malen-nar", AnswerEntry(value: .termOrDate(.term(.spring, year: 2013)), at: time)),
            ("deltagare", AnswerEntry(value: .countGrid(["politiker": 2, "rektorer": 3, "larare": 4], total: 9), at: time)),
            ("slutsatser-np", AnswerEntry(value: .checkGrid(["over-riket": ["ak3", "ak9"]]), at: time)),
            ("satser.sammanlankade.nulage", AnswerEntry(value: .text("Bra."), at: time)),
            // The optional question skipped last is recorded as left empty.
            ("satser.hoga-forvantningar.nulage", AnswerEntry(emptyConfirmed: true, at: time)),
        ]
        #expect(run.response.orderedEntries.map(\.questionID) == expected.map(\.0))
        for (id, entry) in expected {
            #expect(run.response[id] == entry, "\(id)")
        }
        // One save per accepted answer, each holding every answer so far.
        #expect(run.saves.count == 16)
        #expect(run.saves.map { $0.orderedEntries.count } == Array(1...16))
        #expect(run.response.created == time)
        #expect(run.response.updated == time)
    }

    @Test func gridRowsGoBackAndTotalsAreChecked() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run([
            ":goto deltagare", "2", "x", "-1", ":back", "5", "", "4", "", "30", ":back", "0", "9", ":quit",
        ])
        #expect(run.transcript.from("  Politiker:") == """
          Politiker: 2
            summa hittills: 2
          Rektorer: x
        "x" är inget antal. Skriv ett heltal, 0 om ingen.
          Rektorer: -1
        Antalet kan inte vara negativt; skriv 0 om ingen.
          Rektorer: :back
          Politiker [2]: 5
            summa hittills: 5
          Rektorer: \("")
        Skriv ett heltal, 0 om ingen.
          Rektorer: 4
            summa hittills: 9
          Lärare: \("")
        Skriv ett heltal, 0 om ingen.
          Lärare: 30
            summa hittills: 39
          Totalt antal deltagare: :back
          Lärare [30]: 0
            summa hittills: 9
          Totalt antal deltagare: 9
        Sparat.

        Fråga 13 av 15 [slutsatser-np]
        Vilka slutsatser har kommunen dragit av resultaten på NP?
        Kolumner: 1 ÅK 3, 2 ÅK 6, 3 ÅK 9.
        Skriv för varje rad vilka kolumner som gäller, med nummer eller namn (till exempel 1,3); tom rad = inga.
          Över riket: :quit
        Avslutat. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.

        """)
        #expect(run.response["deltagare"]?.value == .countGrid(["politiker": 5, "rektorer": 4, "larare": 0], total: 9))
    }

    @Test func checkGridRowsByNumberOrNameAndRefusedColumns() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run([
            ":goto slutsatser-np", "åk 6, 1", ":back", "2", "4", "åk 9", ":quit",
        ])
        #expect(run.transcript.from("  Över riket:") == """
          Över riket: åk 6, 1
          Under riket: :back
          Över riket [ÅK 3, ÅK 6]: 2
          Under riket: 4
        "4" är ingen kolumn. Svara med kolumnernas nummer eller namn (1 ÅK 3, 2 ÅK 6, 3 ÅK 9), åtskilda med komma; tom rad = inga.
          Under riket: åk 9
        Sparat.

        == SKL:s satser ==

        -- Satserna --

        --- Gemensam ledning: Ledningsnivåerna är sammanlänkade ---
        Nämnd, förvaltning och rektor.

        Fråga 14 av 15 [satser.sammanlankade.nulage] – frivillig
        Vilka slutsatser kring nuläget har kommunen dragit?
        Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.
        > :quit
        Avslutat. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.

        """)
        #expect(run.response["slutsatser-np"]?.value == .checkGrid(["over-riket": ["ak6"], "under-riket": ["ak9"]]))
    }

    @Test(arguments: [
        ("kontakt", "Anna Svensson, rektor på skolan", "Svaret är 31 tecken långt; högst 20 får plats. Korta det och skriv det igen."),
        ("andel", "ungefär hälften", "\"ungefär hälften\" är inget tal. Skriv ett tal, till exempel 12 eller 10,7."),
        ("beslutade", "5", "Det finns inget alternativ 5; välj 1–4."),
        ("huvudansvar", "1,2", "Välj bara ett alternativ."),
        ("andra-exempel", "kanske", "Svara ja eller nej (j/n)."),
        ("ledning", "bra", "\"bra\" passar inget alternativ; svara med numret (1–4) eller namnet."),
        ("genomforande", "0", "Det finns inget alternativ 0; välj 1–3."),
        ("malen-nar", "förra året", "\"förra året\" är varken en termin eller ett datum. Skriv en termin (till exempel vt 2013) eller ett datum (till exempel 2013-09-15)."),
    ])
    func invalidAnswersAreRefusedAndAskedAgain(id: String, typed: String, message: String) throws {
        let form = try TestForms.allKinds()
        let question = try TestForms.question(id, in: form)
        let run = SessionHarness(form: form).run([":goto \(id)", typed, ":quit"])
        #expect(run.transcript.from("> \(typed)\n") == """
        > \(typed)
        \(message)
        \(question.text)
        > :quit
        Avslutat. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.

        """)
        #expect(run.saves.isEmpty)
        #expect(run.response[id] == nil)
    }

    @Test func emptyInputSaysWhatToDoByRequirement() throws {
        let form = try TestForms.allKinds()
        let required = SessionHarness(form: form).run([":goto antal-mal", "", ":quit"])
        #expect(required.transcript.from("> \n") == """
        > \("")
        Frågan måste besvaras; skriv ett svar.
        Hur många operativa mål har kommunen?
        > :quit
        Avslutat. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.

        """)
        let optional = SessionHarness(form: form).run([":goto kontakt", "", ":quit"])
        #expect(optional.transcript.from("> \n").upTo("> :quit") == """
        > \("")
        Skriv ett svar, eller :skip för att hoppa över frågan.
        Vem är kontaktperson?

        """)
        let soft = SessionHarness(form: form).run([":goto malen-nar", "", ":quit"])
        #expect(soft.transcript.from("> \n").upTo("> :quit") == """
        > \("")
        Skriv ett svar, eller :skip för att lämna frågan tom.
        När fick lärarna vetskap om målen?

        """)
        let text = SessionHarness(form: form).run(["", ".", ":quit"])
        #expect(text.transcript.from("> \n").upTo("> :quit") == """
        > \("")
        Skriv svaret och avsluta med en rad med bara en punkt (.).
        > .
        Svaret är tomt. Frågan måste besvaras; skriv ett svar.
        Hur har kommunen organiserat arbetet?

        """)
        #expect(required.saves.isEmpty && optional.saves.isEmpty && soft.saves.isEmpty && text.saves.isEmpty)
    }
}
