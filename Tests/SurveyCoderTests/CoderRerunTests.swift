import Testing
@testable import SurveyCoder

/// Re-running the coder with an existing codebook and coding.
struct CoderRerunTests {
    @Test func staffDecisionsAndFinalCategoriesSurviveARerun() throws {
        let coder = try Coder()
        let answers = try TestSupport.lankatsAnswers()
        let first = try coder.code(answers, question: "lankats", form: "arsrapport-ar2")
        let matematik = try #require(first.codebook.categories.first { $0.label == "Matematiklyftet" })
        // Staff: rename and settle the Matematiklyftet category, put the intranet in it, take Luleå's statement out.
        var review = CodedQuestion(first)
        review = try review.renaming(matematik.id, to: "Matematiklyftet (Skolverket)")
        review = try review.markingFinal(matematik.id)
        review = try review.moving(StatementKey(respondent: "Landskrona", text: "Vi har även ett nytt intranät."), from: nil, to: matematik.id)
        review = try review.moving(StatementKey(respondent: "Luleå", text: "Genom matematiklyftet som alla lärare går"), from: matematik.id, to: nil)

        // A new answer arrives; the coder runs again with the reviewed files.
        let more = answers + [Answer(respondent: "Göteborg", text: "Vi är med i Matematiklyftet sedan hösten.")]
        let second = try coder.code(more, question: "lankats", codebook: review.codebook, previous: review.coding)

        #expect(second.codebook.category(matematik.id) == review.codebook.category(matematik.id))
        #expect(second.codebook.form == "arsrapport-ar2")
        let coded = Dictionary(second.coding.statements.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(coded[StatementKey(respondent: "Landskrona", text: "Vi har även ett nytt intranät.")]
            == CodedStatement(respondent: "Landskrona", text: "Vi har även ett nytt intranät.", categories: [matematik.id], decidedByStaff: true))
        #expect(coded[StatementKey(respondent: "Luleå", text: "Genom matematiklyftet som alla lärare går")]
            == CodedStatement(respondent: "Luleå", text: "Genom matematiklyftet som alla lärare går", categories: [], decidedByStaff: true))
        // The newcomer joins the existing category instead of founding a new one.
        #expect(coded[StatementKey(respondent: "Göteborg", text: "Vi är med i Matematiklyftet sedan hösten.")]?.categories == [matematik.id])
        #expect(second.codebook.categories.count == first.codebook.categories.count)
        #expect(second.summary.categories.first { $0.id == matematik.id }?.respondents
            == ["Karlstad", "Uppsala", "Borås", "Umeå", "Landskrona", "Göteborg"])
    }

    @Test func lastYearsCodebookCodesThisYearsAnswers() throws {
        let codebook = Codebook(question: "lankats", categories: [
            .init(id: "matematiklyftet", label: "Matematiklyftet", examples: ["Satsningen har kopplats ihop med Matematiklyftet."], isFinal: true),
            .init(id: "kvalitetsarbete", label: "Systematiska kvalitetsarbetet", terms: ["kvalitetsarbet"], examples: ["Ingår i det systematiska kvalitetsarbetet."]),
        ])
        let answers = TestSupport.answers([
            ("Karlstad", "Vi deltar i matematiklyftet."),
            ("Umeå", "Matematiklyftet pågår."),
            ("Borås", "Det systematiska kvalitetsarbetet tar upp matematiken."),
            ("Luleå", "Hitta tid för träffar är svårt."),
            ("Uppsala", "Svårt att hitta tid för träffar."),
            ("Sollentuna", "Ett nytt intranät."),
        ])
        let result = try Coder().code(answers, question: "lankats", codebook: codebook)
        #expect(result.coding.statements.map(\.categories) == [["matematiklyftet"], ["matematiklyftet"], ["kvalitetsarbete"], ["hitta-tid-for-traffar"], ["hitta-tid-for-traffar"], []])
        #expect(result.codebook.categories.map(\.label) == ["Matematiklyftet", "Systematiska kvalitetsarbetet", "Hitta tid för träffar"])
        #expect(result.codebook.categories[0] == codebook.categories[0])
        // One member gives no term found in two statements, so the codebook's terms stay.
        #expect(result.codebook.categories[1].terms == ["kvalitetsarbet"])
    }

    @Test func fixedCountWithAFullCodebookPlacesEverything() throws {
        let codebook = Codebook(question: "q", categories: [
            .init(id: "lyftet", label: "Matematiklyftet"),
            .init(id: "tid", label: "Tid"),
        ])
        let answers = TestSupport.answers([("A", "Matematiklyftet."), ("B", "Ont om tid."), ("C", "Ett nytt intranät."), ("D", "Tid för träffar")])
        let result = try Coder(options: CoderOptions(categories: .fixed(2))).code(answers, question: "q", codebook: codebook)
        #expect(result.codebook.categoryIDs == ["lyftet", "tid"])
        #expect(result.coding.statements.allSatisfy { $0.categories.count == 1 })
    }
}
