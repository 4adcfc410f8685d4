import SurveyForm
import SurveyYAML
import Testing

/// Every diagnostic the form loader and linter give, with its exact rendered text.
struct FormDiagnosticsTests {
    /// A form with one section whose questions are `questions` (indented as list items).
    static func form(_ questions: String) -> String {
        let header = """
        form: test
        title: Test
        version: "1"
        language: sv
        sections:
          - id: s
            title: Sektion
            questions:

        """
        let body = questions.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "      " + $0 }.joined(separator: "\n")
        return header + body + "\n"
    }

    static func lint(_ text: String) -> String {
        let source = SourceText(path: "forms/test.yaml", text: text)
        var result = FormLoader.load(source: source)
        if let form = result.form { result.diagnostics += FormLinter.warnings(for: form) }
        let renderer = DiagnosticRenderer(sources: [source])
        return renderer.render(result.diagnostics.sortedByLocation())
    }

    @Test func unknownKeySuggestsTheIntendedOne() {
        #expect(Self.lint(Self.form("""
        - id: a
          text: Fråga?
          kind: text
          requred: true
        """)) == """
        forms/test.yaml:12:9: error: okänd nyckel 'requred' i frågan 'a'; menade du 'required'?
          requred: true
          ^

        """)
    }

    @Test func keyOfAnotherKindIsNamed() {
        #expect(Self.lint(Self.form("""
        - id: a
          text: Fråga?
          kind: text
          choices: [Ja]
        """)) == """
        forms/test.yaml:12:9: error: nyckeln 'choices' gäller inte frågetypen 'text'
          choices: [Ja]
          ^

        """)
    }

    @Test func missingRequiredKeys() {
        #expect(Self.lint(Self.form("""
        - id: a
          kind: text
        """)) == """
        forms/test.yaml:9:9: error: frågan 'a' saknar den obligatoriska nyckeln 'text'
          - id: a
            ^

        """)
    }

    /// A key required by one kind only is reported in the same words as the always-required ones.
    @Test func missingKindKeyIsReportedLikeARequiredKey() {
        #expect(Self.lint(Self.form("""
        - id: a
          text: Vem beslutade?
          kind: single-choice
        """)) == """
        forms/test.yaml:9:9: error: frågan 'a' saknar den obligatoriska nyckeln 'choices'
          - id: a
            ^

        """)
    }

    @Test func duplicateIDsPointAtBothPlaces() {
        #expect(Self.lint(Self.form("""
        - id: a
          text: Första?
          kind: text
        - id: a
          text: Andra?
          kind: text
        """)) == """
        forms/test.yaml:12:13: error: id:t 'a' finns redan
          - id: a
                ^
        forms/test.yaml:9:13: note: först här
          - id: a
                ^

        """)
    }

    @Test func unknownKindSuggestsTheClosest() {
        #expect(Self.lint(Self.form("""
        - id: a
          text: Fråga?
          kind: singel-choice
          choices: [A, B]
        """)) == """
        forms/test.yaml:11:15: error: okänd frågetyp 'singel-choice'; menade du 'single-choice'?
          kind: singel-choice
                ^

        """)
    }

    @Test func emptyChoiceList() {
        #expect(Self.lint(Self.form("""
        - id: a
          text: Fråga?
          kind: multiple-choice
          choices: []
        """)) == """
        forms/test.yaml:12:18: error: listan 'choices' är tom; en fråga av typen single-choice eller multiple-choice behöver minst ett svarsalternativ
          choices: []
                   ^

        """)
    }

    @Test func conditionOnUnknownQuestion() {
        #expect(Self.lint(Self.form("""
        - id: andra-exempel
          text: Finns andra exempel?
          kind: yes-no
        - id: beskriv
          text: Beskriv dem.
          kind: text
          when: andra-exmpel == ja
        """)) == """
        forms/test.yaml:15:15: error: villkoret hänvisar till en okänd fråga 'andra-exmpel'; menade du 'andra-exempel'?
          when: andra-exmpel == ja
                ^

        """)
    }

    @Test func conditionOnLaterQuestion() {
        #expect(Self.lint(Self.form("""
        - id: beskriv
          text: Beskriv dem.
          kind: text
          when: "andra-exempel == ja"
        - id: andra-exempel
          text: Finns andra exempel?
          kind: yes-no
        """)) == """
        forms/test.yaml:12:16: error: villkoret hänvisar till 'andra-exempel', som ställs senare; ett villkor får bara använda tidigare svar
          when: "andra-exempel == ja"
                 ^

        """)
    }

    @Test(arguments: [
        ("kind: yes-no", "q == kanske", 20, "'q' är en fråga av typen 'yes-no'; jämför med ja eller nej, inte 'kanske'"),
        ("kind: single-choice\n  choices: [Rektorer, Förvaltning]", "q == rektor", 20, "'q' har inget svarsalternativ 'rektor'; menade du 'rektorer'?"),
        ("kind: single-choice\n  choices: [Rektorer, Förvaltning]", "q == 'Rektorer'", 20, "'q' har inget svarsalternativ 'Rektorer'; svarsalternativ jämförs med sitt id: rektorer"),
        ("kind: multiple-choice\n  choices: [Rektorer]", "q == rektorer", 15, "'==' kan inte testa 'q', en fråga av typen 'multiple-choice'; skriv 'q contains SVARSALTERNATIV'"),
        ("kind: number\n  max: 10", "q == 12", 20, "'q' kan inte vara 12; svaren är högst 10"),
        ("kind: scale\n  points: [Dåligt, Bra]", "q >= 3", 20, "'q' är en skala från 1 till 2; den kan inte vara 3"),
        ("kind: status", "q == halvklar", 20, "'q' är en fråga av typen 'status'; värdena är ej-paborjad, paborjad och klar, inte 'halvklar'"),
        ("kind: term-or-date", "q < 'sommaren 2013'", 19, "'q' besvaras med en termin eller ett datum, som 'vt 2013' eller '2013-09-15', inte 'sommaren 2013'"),
        ("kind: text", "q > 3", 15, "'>' jämför tal, terminer och datum; 'q' är en fråga av typen 'text'"),
        ("kind: count-grid\n  rows: [A]", "q == 3", 20, "en fråga av typen 'count-grid', som 'q', kan bara testas med answered(q)"),
    ])
    func conditionComparesWithImpossibleValue(kindLines: String, condition: String, column: Int, message: String) {
        let text = Self.form("""
        - id: q
          text: Fråga?
          \(kindLines)
        - id: r
          text: Följdfråga?
          kind: text
          when: \(condition)
        """)
        let source = SourceText(path: "forms/test.yaml", text: text)
        let diagnostics = FormLoader.load(source: source).diagnostics
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.first?.location?.column == column)
    }

    @Test func conditionSyntaxErrorPointsAtTheToken() {
        #expect(Self.lint(Self.form("""
        - id: q
          text: Fråga?
          kind: yes-no
        - id: r
          text: Följdfråga?
          kind: text
          when: q = ja
        """)) == """
        forms/test.yaml:15:17: error: '=' i villkoret; skriv '==' för att jämföra
          when: q = ja
                  ^

        """)
    }

    @Test func valuesOfTheWrongType() {
        #expect(Self.lint(Self.form("""
        - id: a
          text: Fråga?
          kind: number
          min: tio
          integer: ja
          required: maybe
        """)) == """
        forms/test.yaml:12:14: error: 'min' ska vara ett tal, inte 'tio'
          min: tio
               ^
        forms/test.yaml:13:18: error: 'integer' ska vara true eller false, inte 'ja'
          integer: ja
                   ^
        forms/test.yaml:14:19: error: 'required' ska vara true, false eller soft, inte 'maybe'
          required: maybe
                    ^

        """)
    }

    @Test func badIDsAndTableNumbers() {
        #expect(Self.lint(Self.form("""
        - id: Hur_organiserat
          text: Fråga?
          kind: text
          table: {number: 3, title: En}
        - id: b
          text: Fråga två?
          kind: text
          table: {number: 3, title: Två}
        """)) == """
        forms/test.yaml:9:13: error: 'Hur_organiserat' är inget giltigt id: använd gemena a–z, siffror och enkla bindestreck; till exempel 'hur-organiserat'
          - id: Hur_organiserat
                ^
        forms/test.yaml:16:16: error: Tabell 3 har redan sina siffror från frågan 'Hur_organiserat'
          table: {number: 3, title: Två}
                 ^
        forms/test.yaml:12:16: note: först här
          table: {number: 3, title: En}
                 ^

        """)
    }

    @Test func yamlSyntaxErrorIsTheOnlyFinding() {
        #expect(Self.lint("form: test\nsections: [\n") == """
        forms/test.yaml:3:1: error: här väntades ett värde (i värdet som börjar på rad 3, kolumn 1)
          
          ^

        """)
    }

    @Test func allFindingsOfAFileAreReported() {
        let text = Self.form("""
        - id: a
          text: Fråga?
          kind: txt
        - id: b
          text: Fråga?
          kind: text
          hjälp: x
        - id: a
          text: Fråga?
          kind: yes-no
        """)
        let diagnostics = FormLoader.load(source: SourceText(path: "f.yaml", text: text)).diagnostics
        #expect(diagnostics.map(\.message) == [
            "okänd frågetyp 'txt'; menade du 'text'?",
            "okänd nyckel 'hjälp' i frågan 'b'; menade du 'help'?",
            "id:t 'a' finns redan",
        ])
    }

    // MARK: Warnings

    @Test func reportWordingsAreFlaggedWithTheirParts() {
        #expect(Self.lint(Self.form("""
        - id: a
          text: Hur och när har alla lärare som undervisar i matematik fått vetskap om målen?
          kind: text
        - id: b
          text: Hur kommer de olika nivåerna att vara involverade i det fortsatta arbetet, vilka aktiviteter kommer att genomföras?
          kind: text
        """)) == """
        forms/test.yaml:10:15: warning: dubbelfråga: den frågar "Hur har alla lärare som undervisar i matematik fått vetskap om målen?" och "När har alla lärare som undervisar i matematik fått vetskap om målen?"; dela upp den i en fråga per del och behåll den ursprungliga formuleringen i 'from:'
          text: Hur och när har alla lärare som undervisar i matematik fått vetskap om målen?
                ^
        forms/test.yaml:13:15: warning: dubbelfråga: den frågar "Hur kommer de olika nivåerna att vara involverade i det fortsatta arbetet?" och "Vilka aktiviteter kommer att genomföras?"; dela upp den i en fråga per del och behåll den ursprungliga formuleringen i 'from:'
          text: Hur kommer de olika nivåerna att vara involverade i det fortsatta arbetet, vilka aktiviteter kommer att genomföras?
                ^

        """)
    }

    @Test func splitFormLintsClean() {
        #expect(Self.lint(Self.form("""
        - id: malen-hur
          text: Hur har alla lärare som undervisar i matematik fått vetskap om målen?
          from: Hur och när har alla lärare som undervisar i matematik fått vetskap om målen?
          kind: text
        - id: malen-nar
          text: När fick lärarna vetskap om målen?
          from: Hur och när har alla lärare som undervisar i matematik fått vetskap om målen?
          kind: term-or-date
        """)) == "")
    }

    @Test func lonelySplitIsWarned() {
        #expect(Self.lint(Self.form("""
        - id: malen-hur
          text: Hur har alla lärare fått vetskap om målen?
          from: Hur och när har alla lärare fått vetskap om målen?
          kind: text
        """)) == """
        forms/test.yaml:9:9: warning: bara frågan 'malen-hur' är uppdelad från "Hur och när har alla lärare fått vetskap om målen?"; en uppdelning har minst två delar
          - id: malen-hur
            ^

        """)
    }
}
