import Testing
@testable import SurveyCoder
import SurveyYAML

struct CodingTests {
    static let example = Coding(question: "lankats", form: "arsrapport-ar2", statements: [
        CodedStatement(respondent: "Karlstad", text: "Satsningen har kopplats ihop med Matematiklyftet.", categories: ["matematiklyftet"], score: 0.81),
        CodedStatement(respondent: "Karlstad", text: "Vi har ett nytt intranät.", categories: [], decidedByStaff: true),
        CodedStatement(respondent: "Umeå", text: "yes", categories: ["matematiklyftet", "befintliga"], score: 1),
        CodedStatement(respondent: "Umeå", text: "Lista:\n- ett", categories: []),
    ])

    @Test func writesTheDocumentedLayout() throws {
        #expect(try Self.example.yaml() == """
        question: lankats
        form: arsrapport-ar2
        statements:
        - respondent: Karlstad
          text: Satsningen har kopplats ihop med Matematiklyftet.
          categories:
          - matematiklyftet
          score: 0.81
        - respondent: Karlstad
          text: Vi har ett nytt intranät.
          categories: []
          decided: staff
        - respondent: Umeå
          text: "yes"
          categories:
          - matematiklyftet
          - befintliga
          score: 1.00
        - respondent: Umeå
          text: |-
            Lista:
            - ett
          categories: []

        """)
    }

    @Test func roundTrips() throws {
        let text = try Self.example.yaml()
        #expect(try Coding.read(SourceText(path: "lankats.coding.yaml", text: text)) == Self.example)
    }

    @Test func respondentsAreThoseWithStatements() {
        #expect(Self.example.respondents == ["Karlstad", "Umeå"])
    }

    @Test func unknownCategoriesAndBadValuesAreReported() {
        let text = """
        question: lankats
        statements:
          - respondent: Karlstad
            text: Lyftet
            categories: [matematiklyftt]
            score: 1.5
          - respondent: Umeå
            categories: []
            decided: coder
        """
        do {
            _ = try Coding.read(SourceText(path: "c.yaml", text: text), categories: ["matematiklyftet", "tid"])
            Issue.record("expected errors")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "c.yaml:5:18: error: okänd kategori 'matematiklyftt'; menade du 'matematiklyftet'?",
                "c.yaml:6:12: error: 'score' ska vara mellan 0 och 1",
                "c.yaml:7:5: error: ett påstående saknar den obligatoriska nyckeln 'text'",
                "c.yaml:9:14: error: 'decided' kan bara vara 'staff'",
            ])
        }
    }

    @Test(arguments: ["Mål: 50 % # viktigt", "Mål:", "- som en punkt", "[lista]", "{x: 1}", "'citat'", "\"dq\"", "Yes", "no", "Nej",
                      "null", "~", "12", "1.5e3", ".inf", "Övrigt", "a: b", "& ankare", "* alias", "! tagg", "% direktiv", "@x", "`x`",
                      "Tid | mycket", "Åk 7–9 ", " inledande", "rad\nbrytning", "tab\tinne", "\\bakåt", "ÅÄÖ åäö é"])
    func awkwardTextsRoundTrip(text: String) throws {
        let coding = Coding(question: "q", statements: [CodedStatement(respondent: text, text: text, categories: [], score: 0.5)])
        let yaml = try coding.yaml()
        #expect(try Coding.read(SourceText(path: "c.yaml", text: yaml)) == coding)
    }
}
