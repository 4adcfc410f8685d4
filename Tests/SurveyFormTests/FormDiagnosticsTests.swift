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
        forms/test.yaml:12:9: error: unknown key 'requred' in question 'a'; did you mean 'required'?
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
        forms/test.yaml:12:9: error: key 'choices' does not apply to kind 'text'
          choices: [Ja]
          ^

        """)
    }

    @Test func missingRequiredKeys() {
        #expect(Self.lint(Self.form("""
        - id: a
          kind: text
        """)) == """
        forms/test.yaml:9:9: error: question 'a' is missing required key 'text'
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
        forms/test.yaml:12:13: error: duplicate question id 'a'
          - id: a
                ^
        forms/test.yaml:9:13: note: 'a' first defined here
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
        forms/test.yaml:11:15: error: unknown kind 'singel-choice'; did you mean 'single-choice'?
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
        forms/test.yaml:12:18: error: 'choices' is empty; a choice question needs at least one choice
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
        forms/test.yaml:15:15: error: condition refers to unknown question 'andra-exmpel'; did you mean 'andra-exempel'?
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
        forms/test.yaml:12:16: error: condition refers to 'andra-exempel', which is asked later; a condition may only use earlier answers
          when: "andra-exempel == ja"
                 ^

        """)
    }

    @Test(arguments: [
        ("kind: yes-no", "q == kanske", 20, "'q' is a yes-no question; compare it with ja or nej, not 'kanske'"),
        ("kind: single-choice\n  choices: [Rektorer, Förvaltning]", "q == rektor", 20, "'q' has no choice 'rektor'; did you mean 'rektorer'?"),
        ("kind: single-choice\n  choices: [Rektorer, Förvaltning]", "q == 'Rektorer'", 20, "'q' has no choice 'Rektorer'; choices are compared by id: rektorer"),
        ("kind: multiple-choice\n  choices: [Rektorer]", "q == rektorer", 15, "'==' cannot test the multiple-choice question 'q'; write 'q contains CHOICE'"),
        ("kind: number\n  max: 10", "q == 12", 20, "'q' cannot be 12; its answers are at most 10"),
        ("kind: scale\n  points: [Dåligt, Bra]", "q >= 3", 20, "'q' is a scale from 1 to 2; it cannot be 3"),
        ("kind: status", "q == halvklar", 20, "'q' is a status question; its values are ej-paborjad, paborjad and klar, not 'halvklar'"),
        ("kind: term-or-date", "q < 'sommaren 2013'", 19, "'q' takes a term or a date such as 'vt 2013' or '2013-09-15', not 'sommaren 2013'"),
        ("kind: text", "q > 3", 15, "'>' compares numbers, terms and dates; 'q' is a text question"),
        ("kind: count-grid\n  rows: [A]", "q == 3", 20, "a count-grid question such as 'q' can only be tested with answered(q)"),
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
        forms/test.yaml:15:17: error: '=' in condition; write '==' to compare
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
        forms/test.yaml:12:14: error: 'min' must be a number, not 'tio'
          min: tio
               ^
        forms/test.yaml:13:18: error: 'integer' must be true or false, not 'ja'
          integer: ja
                   ^
        forms/test.yaml:14:19: error: 'required' must be true, false or soft, not 'maybe'
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
        forms/test.yaml:9:13: error: 'Hur_organiserat' is not a valid id: use lower-case a–z, digits and single dashes; for example 'hur-organiserat'
          - id: Hur_organiserat
                ^
        forms/test.yaml:16:16: error: Tabell 3 is already fed by question 'Hur_organiserat'
          table: {number: 3, title: Två}
                 ^
        forms/test.yaml:12:16: note: Tabell 3 first declared here
          table: {number: 3, title: En}
                 ^

        """)
    }

    @Test func yamlSyntaxErrorIsTheOnlyFinding() {
        #expect(Self.lint("form: test\nsections: [\n") == """
        forms/test.yaml:3:1: error: YAML syntax error: did not find expected node content (while parsing a flow node at line 3, column 1)
          
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
            "unknown kind 'txt'; did you mean 'text'?",
            "unknown key 'hjälp' in question 'b'; did you mean 'help'?",
            "duplicate question id 'a'",
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
        forms/test.yaml:10:15: warning: double-barrelled question: it asks "Hur har alla lärare som undervisar i matematik fått vetskap om målen?" and "När har alla lärare som undervisar i matematik fått vetskap om målen?"; split it into one question per part and keep the original wording in 'from:'
          text: Hur och när har alla lärare som undervisar i matematik fått vetskap om målen?
                ^
        forms/test.yaml:13:15: warning: double-barrelled question: it asks "Hur kommer de olika nivåerna att vara involverade i det fortsatta arbetet?" and "Vilka aktiviteter kommer att genomföras?"; split it into one question per part and keep the original wording in 'from:'
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
        forms/test.yaml:9:9: warning: only question 'malen-hur' is split from "Hur och när har alla lärare fått vetskap om målen?"; a split has at least two parts
          - id: malen-hur
            ^

        """)
    }
}
