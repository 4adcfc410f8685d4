import SurveyCoder
import Testing

/// What the report quotes: the whole sentence a statement stands in, and how central a statement is to its category.
struct QuoteSentenceTests {
    @Test func aStatementCutAtASemicolonIsQuotedFromItsSentence() {
        let answer = "PISA 2015 är en del av kommunens program. Matematiklyftet startar ht 2013 och vi ser det som en del av samma satsning; lyftet ger verktyg till lärarna."
        #expect(StatementSplitter.sentence(containing: "lyftet ger verktyg till lärarna.", in: answer)
            == "Matematiklyftet startar ht 2013 och vi ser det som en del av samma satsning; lyftet ger verktyg till lärarna.")
        #expect(StatementSplitter.sentence(containing: "PISA 2015 är en del av kommunens program.", in: answer) == "PISA 2015 är en del av kommunens program.")
    }

    @Test func bulletsLinesAndUnknownStatements() {
        #expect(StatementSplitter.sentence(containing: "Nytt intranät", in: "- Matematiklyftet\n- Nytt intranät") == "Nytt intranät")
        // A whole answer spans sentences: quoted as it is.
        #expect(StatementSplitter.sentence(containing: "Ett. Två.", in: "Ett. Två.") == "Ett. Två.")
        #expect(StatementSplitter.sentence(containing: "Annat", in: "Något helt annat.") == "Annat")
    }

    @Test func theMostTypicalStatementIsTheMostCentral() throws {
        let coder = try Coder(options: CoderOptions(language: .swedish))
        let scores = try coder.centrality(of: [
            ["Matematiklyftet på alla skolor.", "Vi deltar i Matematiklyftet på skolorna.", "Matematiklyftet och lärarnas kollegiala lärande.", "Tiden räcker inte."],
            ["Ensam kategori."],
        ])
        #expect(scores.map(\.count) == [4, 1])
        #expect(scores[1] == [1])
        let ranked = scores[0].enumerated().sorted { $0.element > $1.element }.map(\.offset)
        #expect(ranked.last == 3, "the statement unlike the others is the least central: \(scores[0])")
        #expect(scores[0].allSatisfy { (0...1).contains($0) })
        #expect(try coder.centrality(of: []) == [])
    }
}
