import Testing
@testable import SurveyCoder

/// The automatic number of categories on small cases whose answer is known.
struct AutomaticCountTests {
    /// Three themes, each written ten ways, by thirty respondents.
    static let threeThemes: [(String, String)] = {
        let themes = [
            ["Matematiklyftet har varit positivt", "Lärarna är positiva till Matematiklyftet", "Matematiklyftet fungerar bra",
             "Stort engagemang i Matematiklyftet", "Matematiklyftet ger lärarna energi", "Responsen på Matematiklyftet är god",
             "Lärarna uppskattar Matematiklyftet", "Matematiklyftet har tagits emot väl", "Vi är nöjda med Matematiklyftet",
             "Matematiklyftet är uppskattat på skolorna"],
            ["Vi delar erfarenheter med andra kommuner", "Erfarenheter från de andra kommunerna", "Att ta del av andras erfarenheter",
             "Utbyte av erfarenheter i nätverket", "Kommunerna delar sina erfarenheter", "Vi lär av andra kommuners erfarenheter",
             "Erfarenheterna ger nya idéer", "Nätverket ger oss erfarenheter", "Givande erfarenheter från nätverket",
             "Erfarenheter delas mellan kommunerna"],
            ["Givande diskussioner i kommungruppen", "Diskussionerna på skolorna är givande", "Bra diskussioner om undervisningen",
             "Diskussioner om elevernas lärande", "Många diskussioner i arbetslagen", "Diskussionerna har blivit djupare",
             "Pedagogiska diskussioner bland lärarna", "Livliga diskussioner bland rektorerna", "Diskussioner på alla nivåer",
             "Diskussionerna fortsätter på skolorna"],
        ]
        return (0..<30).map { index in ("R\(index)", themes[index % 3][index / 3] + ".") }
    }()

    @Test func threeThemesWrittenTenWaysAreThreeCategories() throws {
        let result = try Coder().code(TestSupport.answers(Self.threeThemes), question: "gladjeamnen")
        let summary = result.summary
        #expect(summary.categories.count == 3)
        #expect(summary.categories.map(\.respondents.count) == [10, 10, 10])
        #expect(Set(summary.categories.map(\.label)) == ["Matematiklyftet", "Erfarenheter", "Diskussioner"])
        #expect(summary.uncategorized.isEmpty)
    }

    @Test func sevenUnrelatedStatementsStayInOvrigt() throws {
        let answers = TestSupport.answers([
            ("Karlstad", "Skolbiblioteket har fått nya lokaler."), ("Uppsala", "Vi har bytt schemasystem."),
            ("Borås", "Idrottshallen renoveras."), ("Luleå", "Elevrådet har startat en kampanj."),
            ("Umeå", "Skolmaten har fått beröm."), ("Sollentuna", "Det har varit mycket snö i vinter."),
            ("Landskrona", "Vaktmästaren har gått i pension."),
        ])
        let summary = try Coder().code(answers, question: "gladjeamnen").summary
        #expect(summary.categories.isEmpty)
        #expect(summary.uncategorizedRespondents.count == 7)
    }

    @Test func themesAndUnrelatedRemarksTogether() throws {
        var pairs = Self.threeThemes
        pairs += [("X1", "Idrottshallen renoveras."), ("X2", "Vi har bytt schemasystem."), ("X3", "Det har varit mycket snö i vinter.")]
        let summary = try Coder().code(TestSupport.answers(pairs), question: "gladjeamnen").summary
        #expect(summary.categories.count == 3)
        #expect(Set(summary.uncategorizedRespondents) == ["X1", "X2", "X3"])
    }

    @Test func theItemsOfOneRespondentsListAreApart() throws {
        // Every goal shares "andelen elever … ska"; each respondent lists two goals, and a
        // respondent's two items count as having nothing in common: two categories, not one.
        let answers = TestSupport.answers([
            ("Karlstad", "Andelen elever på lägstanivån ska halveras; andelen elever på högstanivån ska öka"),
            ("Umeå", "Halvera andelen elever som befinner sig på lägstanivån; öka andelen elever på högstanivån"),
            ("Borås", "Andelen elever som når högstanivån ska öka; andelen elever på lägstanivån ska minska"),
            ("Luleå", "Färre elever på lägstanivån; andelen elever som når högstanivån ska bli större"),
        ])
        let summary = try Coder().code(answers, question: "mal").summary
        #expect(summary.categories.count == 2)
        #expect(Set(summary.categories.map(\.label)) == ["Elever på lägstanivån", "Högstanivån"])
        #expect(summary.categories.allSatisfy { $0.respondents.count == 4 && $0.statements.count == 4 })
    }

    @Test func statementsThatShareOnlyAVerbAreNoCategory() throws {
        // Staff left these two uncoded: one is about politicians' questions, the other about parents' evenings.
        let answers = TestSupport.answers([
            ("Karlstad", "Politikerna i nämnden ställer fler frågor om matematikresultaten än tidigare."),
            ("Umeå", "Föräldrar frågar efter matematikkvällar."),
            ("Luleå", "Matematiklyftet har tagits emot positivt."), ("Sollentuna", "Matematiklyftet har fått ett positivt mottagande."),
        ])
        let summary = try Coder().code(answers, question: "gladjeamnen").summary
        #expect(summary.categories.map(\.label) == ["Matematiklyftet"])
        #expect(Set(summary.uncategorizedRespondents) == ["Karlstad", "Umeå"])
    }

    @Test func aCategoryNeedsOneRespondentInFifty() {
        let clustering = ModularityClustering(options: CoderOptions())
        #expect(clustering.minimumRespondents((0..<7).map { Int32($0) }) == 2)
        #expect(clustering.minimumRespondents((0..<300).map { Int32($0) }) == 6)
        #expect(clustering.minimumRespondents((0..<5000).map { Int32($0) }) == 100)
    }

    @Test func aNewCategoryBesideACodebookNeedsItsShareOfAllRespondents() throws {
        // 200 respondents: 197 on Matematiklyftet, which the codebook has; three on the library.
        let lyftet = ["Matematiklyftet har varit positivt", "Lärarna uppskattar Matematiklyftet", "Matematiklyftet fungerar bra"]
        var pairs = (0..<197).map { ("R\($0)", lyftet[$0 % 3] + ".") }
        pairs += [("S1", "Skolbiblioteket har fått nya lokaler."), ("S2", "Skolbiblioteket har nya lokaler."),
                  ("S3", "Nya lokaler för skolbiblioteket.")]
        let codebook = Codebook(question: "gladjeamnen", categories: [.init(id: "lyftet", label: "Matematiklyftet", terms: ["Matematiklyftet"])])
        let result = try Coder().code(TestSupport.answers(pairs), question: "gladjeamnen", codebook: codebook)
        // Three of 200 is below one in fifty: no row of the table, though the three are all that
        // the codebook left over and make three in three of those.
        #expect(result.codebook.categoryIDs == ["lyftet"])
        #expect(Set(result.summary.uncategorizedRespondents) == ["S1", "S2", "S3"])
        #expect(result.summary.categories.first?.respondents.count == 197)
    }

    @Test func theChanceLevelLeavesPairsOfOneTextOut() throws {
        // Three copies of one statement and one other: only the three pairs of different texts count.
        let rows: [[(Int32, Float)]] = [[(0, 1)], [(0, 1)], [(0, 1)], [(0, 0.6), (1, 0.8)]]
        var starts = [0], columns: [Int32] = [], values: [Float] = []
        for row in rows {
            for (column, value) in row {
                columns.append(column)
                values.append(value)
            }
            starts.append(columns.count)
        }
        let matrix = SparseMatrix(rowCount: 4, columnCount: 2, rowStarts: starts, columns: columns, values: values)
        let background = ModularityClustering.background(matrix, sameText: [0, 0, 0, 1], seed: 1)
        // The three pairs have similarity 0.6 and no spread; the prior (0.1 and 0.15, as 45 pairs) weighs in.
        #expect(abs(background.mean - (3 * 0.6 + 45 * 0.1) / 48) < 1e-6)
        #expect(abs(background.deviation - 45 * 0.15 / 48) < 1e-6)
    }
}
