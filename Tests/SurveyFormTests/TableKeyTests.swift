import Foundation
import SurveyForm
import SurveyYAML
import Testing

/// `table:`: which tables are published and numbered, and the lint warning for an unnumbered
/// table between numbered ones.
struct TableKeyTests {
    typealias Diagnostics = FormDiagnosticsTests

    @Test func publishAndNumberAreRead() throws {
        let source = SourceText(path: "forms/test.yaml", text: Diagnostics.form("""
        - {id: a, text: Fråga a?, kind: text, table: {number: 1, title: A}}
        - {id: b, text: Fråga b?, kind: status, table: {title: B, publish: false}}
        - {id: c, text: Fråga c?, kind: yes-no, table: {title: C, number: false}}
        """))
        let form = try #require(FormLoader.load(source: source).validForm)
        let tables = form.tabulatedQuestions.compactMap(\.table)
        #expect(tables.map(\.number) == [1, nil, nil])
        #expect(tables.map(\.publish) == [true, false, true])
        #expect(tables.map(\.unnumbered) == [false, false, true])
    }

    @Test func anUnpublishedTableTakesNoNumber() {
        #expect(Diagnostics.lint(Diagnostics.form("""
        - id: a
          text: Fråga?
          kind: status
          table: {number: 4, title: A, publish: false}
        """)) == """
        forms/test.yaml:12:25: error: en tabell med 'publish: false' skrivs inte ut och får därför inget nummer
          table: {number: 4, title: A, publish: false}
                          ^

        """)
    }

    @Test func anUnnumberedTableBetweenNumberedOnesIsWarnedAbout() {
        let questions = """
        - {id: a, text: Fråga a?, kind: text, table: {number: 1, title: A}}
        - {id: b, text: Fråga b?, kind: status, table: {title: B}}
        - {id: c, text: Fråga c?, kind: text, table: {number: 2, title: C}}
        - {id: d, text: Fråga d?, kind: status, table: {title: D}}
        """
        #expect(Diagnostics.lint(Diagnostics.form(questions)) == """
        forms/test.yaml:10:54: warning: tabellen för 'b' har inget nummer men publiceras mellan Tabell 1 och Tabell 2; \
        ge den ett nummer, 'number: false' för att publicera den utan nummer där, eller 'publish: false' för att ge dess siffror bara i texten
          - {id: b, text: Fråga b?, kind: status, table: {title: B}}
                                                         ^

        """)
        // The form says so: unpublished, or unnumbered on purpose.
        for key in ["publish: false", "number: false"] {
            let said = questions.replacingOccurrences(of: "{title: B}", with: "{title: B, \(key)}")
            #expect(Diagnostics.lint(Diagnostics.form(said)) == "")
        }
    }
}
