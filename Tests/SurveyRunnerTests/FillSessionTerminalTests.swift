import SurveyForm
import SurveyResponses
import SurveyRunner
import SurveyText
import Testing

/// The runner as a respondent meets it at a real terminal: refused characters, plausibility,
/// ambiguous columns, Ctrl-C, wrapping and paging (the session's side; FillTerminalTests runs tmux).
struct FillSessionTerminalTests {
    static let form = """
    form: terminal
    title: Terminalformulär
    version: "1"
    language: sv
    sections:
      - id: a
        title: Avsnitt
        questions:
          - {id: mal-antal, text: Hur många operativa mål har kommunen?, kind: number, integer: true, min: 0, plausible-max: 50, unit: mål}
          - {id: np, text: Vilka slutsatser har ni dragit av NP?, kind: check-grid, rows: [Över riket, Under riket], columns: [ÅK 3, ÅK 6, ÅK 9]}
          - {id: beskriv, text: Beskriv arbetet med målen under året och hur det har följts upp i verksamheten och i nämnden., kind: text, required: soft}
    """

    @Test func bidirectionalControlsAreRefusedLikeOtherControls() {
        #expect(AnswerParser.parseText("Rätt\u{202E}fel", maxLength: nil)
            == .failure(InputProblem("Svaret innehåller ett osynligt tecken som vänder textens riktning (U+202E); skriv det igen utan det.")))
        #expect(AnswerParser.parseMultipleChoice("Annat: Led\u{2066}ning", spec: ChoiceSpec(choices: [Choice(id: "a", label: "A")], otherLabel: "Annat"))
            == .failure(InputProblem("Svaret innehåller ett osynligt tecken som vänder textens riktning (U+2066); skriv det igen utan det.")))
        #expect(AnswerParser.controlCharacterProblem("Vanlig text, med\ttabb och\nradbrytning.") == nil)
    }

    @Test func whatWasTypedIsNeverEchoedRaw() {
        guard case .failure(let problem) = AnswerParser.parseNumber("\u{1B}[A\u{7}", spec: NumberSpec()) else {
            Issue.record("accepted")
            return
        }
        #expect(problem.message == "\"\u{241B}[A\u{2407}\" är inget tal. Skriv ett tal, till exempel 12 eller 10,7.")
    }

    @Test func anAmbiguousColumnSaysWhichItMatches() {
        let columns = [Choice(id: "ak-3", label: "ÅK 3"), Choice(id: "ak-6", label: "ÅK 6"), Choice(id: "ak-9", label: "ÅK 9")]
        #expect(AnswerParser.parseCheckRow("åk", columns: columns)
            == .failure(InputProblem("\"åk\" passar flera kolumner (1 ÅK 3, 2 ÅK 6, 3 ÅK 9); skriv mer av namnet, eller numret.")))
        #expect(AnswerParser.parseCheckRow("åk 6, 3", columns: columns) == .success(["ak-6", "ak-9"]))
        #expect(AnswerParser.parseCheckRow("sju", columns: columns)
            == .failure(InputProblem("\"sju\" är ingen kolumn. Svara med kolumnernas nummer eller namn (1 ÅK 3, 2 ÅK 6, 3 ÅK 9), åtskilda med komma; tom rad = inga.")))
    }

    @Test func aNumberAboveThePlausibleMaximumIsQuestioned() throws {
        let run = SessionHarness(form: try TestForms.load(Self.form)).run(["1 200", "n", "1 200", "j", ":quit"])
        #expect(run.transcript.from("> 1 200").upTo("\nFråga 2") == """
        > 1 200
        1200 mål är mer än väntat här (oftast högst 50).
        Stämmer det? (j/n) n
        Skriv rätt tal.
        Hur många operativa mål har kommunen?
        > 1 200
        1200 mål är mer än väntat här (oftast högst 50).
        Stämmer det? (j/n) j
        Sparat.

        """)
        #expect(run.response["mal-antal"]?.value == .number(1200))
        #expect(run.saves.count == 1)
        let plain = SessionHarness(form: try TestForms.load(Self.form)).run(["50", ":quit"])
        #expect(plain.transcript.contains("> 50\nSparat.\n"))
    }

    @Test func controlCEndsLikeQuit() throws {
        let run = SessionHarness(form: try TestForms.load(Self.form)).run(events: [.line("7"), .line(""), .line("åk"), .interrupted])
        #expect(run.outcome == .interrupted)
        #expect(run.transcript.hasSuffix("""
          Över riket:\u{20}
          Under riket: åk
        "åk" passar flera kolumner (1 ÅK 3, 2 ÅK 6, 3 ÅK 9); skriv mer av namnet, eller numret.
          Under riket:\u{20}
        Det du hade börjat skriva på den här frågan sparades inte.
        Avbrutet. Alla svar du har lämnat är sparade i svar/pilot/Umeå.yaml; kör samma kommando igen för att fortsätta.

        """))
        let typing = SessionHarness(form: try TestForms.load(Self.form)).run(events: [.line(":goto beskriv"), .line("Halvfärdigt"), .interrupted])
        #expect(typing.outcome == .interrupted)
        #expect(typing.transcript.hasSuffix("""
        > Halvfärdigt
        >\u{20}
        Det du hade börjat skriva på den här frågan sparades inte.
        Avbrutet. Alla svar du har lämnat är sparade i svar/pilot/Umeå.yaml; kör samma kommando igen för att fortsätta.

        """))
        let atTheEnd = SessionHarness(form: try TestForms.load(Self.form)).run(events: [.line("7"), .line(""), .line(""), .line(""), .line(":skip"), .line("j"), .interrupted])
        #expect(atTheEnd.outcome == .interrupted)
        #expect(atTheEnd.transcript.hasSuffix("Tryck Enter för att avsluta, eller skriv :back, :goto ID eller :review.\n> \nAvbrutet. Alla svar du har lämnat är sparade i svar/pilot/Umeå.yaml; kör samma kommando igen för att fortsätta.\n"))
    }

    /// A hand-edited file's escape sequence in the current answer is shown, not sent.
    @Test func theCurrentAnswerFromAFileIsShownHarmlessly() throws {
        let form = try TestForms.load(Self.form)
        var response = Response(formID: form.id, formVersion: form.version, respondent: "Umeå", round: "pilot")
        response["beskriv"] = AnswerEntry(value: .text("Rensa\u{1B}[2J\u{1B}]52;c;aGVq\u{7}skärmen\u{202E}"))
        let presenter = QuestionPresenter(form: form)
        let question = try #require(form.question(withID: "beskriv"))
        #expect(presenter.current(try #require(response["beskriv"]), question: question)
            == "Nuvarande svar: Rensa\u{241B}[2J\u{241B}]52;c;aGVq\u{2407}skärmen\u{FFFD}\nTryck Enter för att behålla svaret, eller skriv ett nytt.\n")
        let run = SessionHarness(form: form, response: response, start: .resumed).run([":goto beskriv", ""])
        #expect(TextSafety.firstUnsafe(in: run.transcript) == nil)
    }

    @Test func longLinesAreWrappedAtTheTerminalsWidth() throws {
        var harness = SessionHarness(form: try TestForms.load(Self.form))
        harness.terminalSize = (width: 40, height: 40)
        let run = harness.run([":goto beskriv", ":quit"])
        #expect(run.transcript.from("Fråga 3 av 3").upTo("> :quit") == """
        Fråga 3 av 3 [beskriv] – kan lämnas tom
        Beskriv arbetet med målen under året och
        hur det har följts upp i verksamheten
        och i nämnden.
        Skriv på en eller flera rader och
        avsluta med en rad med bara en punkt
        (.). :edit öppnar en textredigerare.

        """)
        for line in run.transcript.split(separator: "\n") { #expect(line.count <= 40, "\(line)") }
    }

    @Test func reviewIsShownAPageAtATime() throws {
        var harness = SessionHarness(form: try TestForms.allKinds())
        harness.terminalSize = (width: 200, height: 8)
        let run = harness.run([":review", "", "q", ":quit"])
        #expect(run.transcript.from("> :review").upTo("\nFråga 1 av") == """
        > :review

        Översikt: 0 av 15 aktuella frågor besvarade, 11 saknas.
        Grundläggande
          saknas     organiserat: Hur har kommunen organiserat arbetet?
          saknas     kontakt: Vem är kontaktperson? – frivillig
          saknas     antal-mal: Hur många operativa mål har kommunen?
          saknas     andel: Hur stor andel av lärarna deltar? – frivillig
        -- Sida 1 av 3. Enter: nästa sida, q: sluta --\u{20}
          saknas     beslutade: Var är målen beslutade?
          saknas     huvudansvar: Vem har huvudansvaret?
          saknas     andra-exempel: Finns andra exempel där metoden tillämpats?
          ej aktuell exempel: Beskriv exemplen.
        Bedömning
          saknas     ledning: Ledningen är tydlig med mål och verksamhetsidé.
          saknas     genomforande: Hur långt har man kommit i genomförandet?
        -- Sida 2 av 3. Enter: nästa sida, q: sluta -- q

        """)
    }
}

struct TerminalLayoutTests {
    @Test func wrapsAtWordBoundariesAndKeepsTheIndent() {
        var layout = TerminalLayout(width: 24, height: nil)
        #expect(layout.wrap("  Beskriv till exempel hur ofta kommungruppen träffas.\nKort rad.\n")
            == "  Beskriv till exempel\n  hur ofta kommungruppen\n  träffas.\nKort rad.\n")
        #expect(layout.column == 0)
    }

    @Test func continuesFromWhereTheLineIsAndIgnoresStyling() {
        var layout = TerminalLayout(width: 20, height: nil)
        #expect(layout.wrap("Alla frågor") == "Alla frågor")
        #expect(layout.column == 11)
        #expect(layout.wrap(" är \u{1B}[1mgenomgångna\u{1B}[0m nu.\n") == " är\n\u{1B}[1mgenomgångna\u{1B}[0m nu.\n")
        #expect(layout.wrap("> ") == "> ")
        layout.inputRead()
        #expect(layout.column == 0)
    }

    @Test func aWordLongerThanTheLineIsLeftWhole() {
        var layout = TerminalLayout(width: 20, height: nil)
        #expect(layout.wrap("Ord: matematiklyftetsomärlångt slut") == "Ord:\nmatematiklyftetsomärlångt\nslut")
    }

    @Test func withoutATerminalNothingChanges() {
        var layout = TerminalLayout()
        let text = String(repeating: "ord ", count: 100) + "\n"
        #expect(layout.wrap(text) == text)
        #expect(layout.pages(text) == [text])
    }

    @Test func pagesLeaveARowForThePrompt() {
        let layout = TerminalLayout(width: 80, height: 5)
        #expect(layout.pages("1\n2\n3\n4\n5\n6\n") == ["1\n2\n3\n4\n", "5\n6\n"])
        #expect(layout.pages("1\n2\n3\n4\n") == ["1\n2\n3\n4\n"])
    }
}
