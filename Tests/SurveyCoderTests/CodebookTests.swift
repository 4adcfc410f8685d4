import Testing
@testable import SurveyCoder
import SurveyYAML

struct CodebookTests {
    static let example = Codebook(
        question: "lankats",
        form: "arsrapport-ar2",
        table: .init(number: 3, title: "På vilket sätt har denna satsning länkats samman med kommunens övriga utvecklingsarbete?"),
        categories: [
            .init(id: "matematiklyftet", label: "Matematiklyftet", description: "Satsningen kopplas till Skolverkets Matematiklyftet.",
                  terms: ["matematiklyft", "lyft"], examples: ["Satsningen har kopplats ihop med Matematiklyftet."], isFinal: true),
            .init(id: "befintliga", label: "Redan befintliga kompetensutvecklingsinsatser", terms: [], examples: []),
        ]
    )

    @Test func writesTheDocumentedLayout() throws {
        #expect(try Self.example.yaml() == """
        question: lankats
        form: arsrapport-ar2
        table:
          number: 3
          title: På vilket sätt har denna satsning länkats samman med kommunens övriga utvecklingsarbete?
        categories:
        - id: matematiklyftet
          label: Matematiklyftet
          description: Satsningen kopplas till Skolverkets Matematiklyftet.
          terms:
          - matematiklyft
          - lyft
          examples:
          - Satsningen har kopplats ihop med Matematiklyftet.
          final: true
        - id: befintliga
          label: Redan befintliga kompetensutvecklingsinsatser
          terms: []
          examples: []
          final: false

        """)
    }

    @Test func roundTrips() throws {
        let text = try Self.example.yaml()
        #expect(try Codebook.read(SourceText(path: "lankats.codebook.yaml", text: text)) == Self.example)
    }

    @Test func readsTheDocsExample() throws {
        let text = """
        question: lankats
        form: arsrapport-ar2
        table: {number: 3, title: "På vilket sätt har denna satsning länkats samman med kommunens övriga utvecklingsarbete?"}
        categories:
          - id: matematiklyftet
            label: Matematiklyftet
            description: Satsningen kopplas till Skolverkets Matematiklyftet.
            terms: [matematiklyft, lyft]
            examples:
              - Satsningen har kopplats ihop med Matematiklyftet.
            final: true
        """
        let codebook = try Codebook.read(SourceText(path: "lankats.codebook.yaml", text: text))
        #expect(codebook.categories == [Self.example.categories[0]])
        #expect(codebook.table == Self.example.table)
    }

    @Test func reportsEveryProblemWithItsPosition() {
        let text = """
        question: lankats
        categorys: []
        categories:
          - id: Matematik Lyftet
            label: Matematiklyftet
            final: ja
          - id: tid
            lable: Tid
          - id: tid
            label: Tid
        """
        do {
            _ = try Codebook.read(SourceText(path: "q.codebook.yaml", text: text))
            Issue.record("expected errors")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "q.codebook.yaml:2:1: error: okänd nyckel 'categorys' i kodboken; menade du 'categories'?",
                "q.codebook.yaml:4:9: error: kategorins id 'Matematik Lyftet' ska skrivas med gemena bokstäver, siffror och enkla bindestreck (till exempel 'matematik-lyftet')",
                "q.codebook.yaml:6:12: error: 'final' ska vara true eller false, inte 'ja'",
                "q.codebook.yaml:7:5: error: kategorin 'tid' saknar den obligatoriska nyckeln 'label'",
                "q.codebook.yaml:8:5: error: okänd nyckel 'lable' i kategorin 'tid'; menade du 'label'?",
                "q.codebook.yaml:9:5: error: två kategorier har id:t 'tid'",
            ])
            #expect(error.diagnostics.last?.notes.map(\.description) == ["q.codebook.yaml:7:5: note: först här"])
        }
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: FileDiagnostics([.error("kodboken är tom", at: SourceLocation(path: "e.yaml", line: 1, column: 1))])) {
            try Codebook.read(SourceText(path: "e.yaml", text: "# nothing\n"))
        }
    }
}
