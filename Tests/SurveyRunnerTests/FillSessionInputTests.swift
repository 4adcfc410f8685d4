import SurveyForm
import SurveyResponses
import SurveyRunner
import SurveyYAML
import Testing

/// Pasted text, the editor, the end of input and a failing disk.
struct FillSessionInputTests {
    /// An editor that returns a fixed text, or fails; it remembers what it was given.
    final class FakeEditor: TextEditing, @unchecked Sendable {
        var result: Result<String, InputProblem>
        private(set) var given: [String] = []

        init(_ result: Result<String, InputProblem>) {
            self.result = result
        }

        func edit(_ text: String) -> Result<String, InputProblem> {
            given.append(text)
            return result
        }
    }

    @Test func pastedTextIsTakenWholeEvenWithDotsAndColons() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run(events: [
            .paste(["Rad ett.", ".", ":quit", "Rad fyra."]), .line("."), .line(":quit"),
        ])
        #expect(run.transcript.from("> Rad ett.") == """
        > Rad ett.
        .
        :quit
        Rad fyra.
        (4 rader inklistrade; avsluta med en rad med bara en punkt.)
        > .
        Sparat.

        Fråga 2 av 15 [kontakt] – frivillig
        Vem är kontaktperson?
        Svara på en rad (högst 20 tecken).
        > :quit
        Avslutat. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.

        """)
        #expect(run.response["organiserat"]?.value == .text("Rad ett.\n.\n:quit\nRad fyra."))
    }

    @Test func severalPastedLinesAtAOneLinePromptAreRefused() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run(events: [
            .line(":goto kontakt"), .paste(["Anna", "Berit"]), .paste(["", "Cecilia", ""]), .line(":quit"),
        ])
        #expect(run.transcript.from("> Anna") == """
        > Anna
        Berit
        Här ska svaret stå på en rad, men du klistrade in 2 rader.
        > \("")
        Cecilia
        \("")
        Sparat.

        Fråga 3 av 15 [antal-mal]
        Hur många operativa mål har kommunen?
        Svara med ett heltal (mål), 0–50.
        > :quit
        Avslutat. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.

        """)
        #expect(run.response["kontakt"]?.value == .text("Cecilia"))
    }

    @Test func linesPastedIntoAGridFillItsRows() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run(events: [
            .line(":goto deltagare"), .paste(["1", "2", "3", "6", "extra"]), .line(":quit"),
        ])
        #expect(run.transcript.from("  Politiker:") == """
          Politiker: 1
        2
        3
        6
        extra
            summa hittills: 1
          Rektorer: 2
            summa hittills: 3
          Lärare: 3
            summa hittills: 6
          Totalt antal deltagare: 6
        1 inklistrade rader blev över och användes inte.
        Sparat.

        Fråga 13 av 15 [slutsatser-np]
        Vilka slutsatser har kommunen dragit av resultaten på NP?
        Kolumner: 1 ÅK 3, 2 ÅK 6, 3 ÅK 9.
        Skriv för varje rad vilka kolumner som gäller, med nummer eller namn (till exempel 1,3); tom rad = inga.
          Över riket: :quit
        Avslutat. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.

        """)
        #expect(run.response["deltagare"]?.value == .countGrid(["politiker": 1, "rektorer": 2, "larare": 3], total: 6))
    }

    @Test func editOpensTheEditorOnTheCurrentText() throws {
        var response = Response(formID: "alla-typer", formVersion: "1.0", respondent: "Umeå", round: "pilot")
        response["organiserat"] = AnswerEntry(value: .text("Gammal text."), at: SessionHarness.time)
        var harness = SessionHarness(form: try TestForms.allKinds(), response: response, start: .resumed)
        let editor = FakeEditor(.success("Ny text\nfrån redigeraren.\n"))
        harness.editor = editor
        let run = harness.run([":goto organiserat", ":edit", ":quit"])
        #expect(editor.given == ["Gammal text."])
        #expect(run.transcript.from("> :edit") == """
        > :edit
        Svaret från textredigeraren:
          Ny text
          från redigeraren.
        Sparat.

        Fråga 2 av 15 [kontakt] – frivillig
        Vem är kontaktperson?
        Svara på en rad (högst 20 tecken).
        > :quit
        Avslutat. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.

        """)
        #expect(run.response["organiserat"]?.value == .text("Ny text\nfrån redigeraren."))
    }

    @Test func editStartsFromWhatWasTypedAndReportsProblems() throws {
        var harness = SessionHarness(form: try TestForms.allKinds())
        let editor = FakeEditor(.failure(InputProblem("Textredigeraren (vi) avslutades med ett fel; svaret ändrades inte.")))
        harness.editor = editor
        let run = harness.run(["Första raden", "andra raden", ":edit", ".", ":goto kontakt", ":edit", ":goto antal-mal", ":edit", ":quit"])
        #expect(editor.given == ["Första raden\nandra raden", ""])
        #expect(run.transcript.from("> :edit") == """
        > :edit
        Textredigeraren (vi) avslutades med ett fel; svaret ändrades inte.
        > .
        Sparat.

        Fråga 2 av 15 [kontakt] – frivillig
        Vem är kontaktperson?
        Svara på en rad (högst 20 tecken).
        > :goto kontakt

        Fråga 2 av 15 [kontakt] – frivillig
        Vem är kontaktperson?
        Svara på en rad (högst 20 tecken).
        > :edit
        Textredigeraren (vi) avslutades med ett fel; svaret ändrades inte.
        > :goto antal-mal

        Fråga 3 av 15 [antal-mal]
        Hur många operativa mål har kommunen?
        Svara med ett heltal (mål), 0–50.
        > :edit
        Bara textfrågor kan skrivas i en textredigerare.
        > :quit
        Avslutat. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.

        """)
        #expect(run.response["organiserat"]?.value == .text("Första raden\nandra raden"))
    }

    @Test func editedTextThatDoesNotFitIsRefused() throws {
        var harness = SessionHarness(form: try TestForms.allKinds())
        harness.editor = FakeEditor(.success("En kontaktperson med ett mycket långt namn"))
        let run = harness.run([":goto kontakt", ":edit", ":quit"])
        #expect(run.transcript.from("> :edit") == """
        > :edit
        Texten från textredigeraren sparades inte: Svaret är 42 tecken långt; högst 20 får plats. Korta det och skriv det igen.
        Vem är kontaktperson?
        > :quit
        Avslutat. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.

        """)
        #expect(run.saves.isEmpty)
    }

    @Test func withoutAnEditorEditSaysSo() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run([":edit", ":quit"])
        #expect(run.transcript.contains("> :edit\nIngen textredigerare är tillgänglig här; skriv svaret direkt.\n> :quit\n"))
    }

    @Test func endOfInputInTheMiddleOfAGridLosesOnlyThatGrid() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run([":goto antal-mal", "3", ":goto deltagare", "1", "2"])
        #expect(run.outcome == .endOfInput)
        #expect(run.transcript.from("  Lärare:") == """
          Lärare: \("")
        Det du hade börjat skriva på den här frågan sparades inte.
        Inmatningen tog slut. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.

        """)
        #expect(run.response.orderedEntries.map(\.questionID) == ["antal-mal"])
        #expect(run.saves.count == 1)
    }

    @Test func aFailedSaveEndsTheSessionAndSaysSo() throws {
        let harness = SessionHarness(form: try TestForms.allKinds())
        harness.saver.failure = .error("filen kan inte sparas: disken är full; den tidigare filen är oförändrad", at: nil)
        let run = harness.run(["Text.", ".", "Anna"])
        #expect(run.outcome == .saveFailed(.error("filen kan inte sparas: disken är full; den tidigare filen är oförändrad", at: nil)))
        #expect(run.transcript.from("> .") == """
        > .
        Svaret kunde inte sparas (filen kan inte sparas: disken är full; den tidigare filen är oförändrad). Det som redan var sparat är oförändrat; be programmets personal om hjälp.

        """)
    }

    @Test func answeringTheSameAgainDoesNotRewriteTheFile() throws {
        let run = SessionHarness(form: try TestForms.allKinds()).run(["Text.", ".", ":back", "Text.", ".", ":quit"])
        #expect(run.transcript.contains("> Text.\n> .\nOförändrat.\n"))
        #expect(run.saves.count == 1)
    }
}
