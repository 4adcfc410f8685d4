import Foundation
import SurveyForm
import SurveyResponses
import SurveyTables
import SurveyYAML
import Testing

/// The bundled example against the report it came from: every regenerated table against Tabell
/// 1–21 of 001_…, and every place where the report's own figures disagree with each other.
struct PublishedTablesTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One printed table, as transcribed in Fixtures/published-tables-ar2.yaml.
    struct Printed {
        struct Row {
            var label: String
            var count: Int?
            var share: String?
            var counts: [Int?]
        }

        var number: Int
        var question: String
        var kind: String
        var n: Int?
        var answered: Int?
        var rows: [Row]
    }

    struct Inconsistency: Hashable, CustomStringConvertible {
        var table: Int
        var row: String
        var printed: String
        var computed: String

        var description: String { "Tabell \(table), \"\(row)\": tryckt \(printed), räknat \(computed)" }
    }

    static func fixture() throws -> (tables: [Printed], inconsistencies: [Inconsistency]) {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/published-tables-ar2", withExtension: "yaml"))
        let root = try #require(try YAMLParser.parse(SourceText.load(path: url.path)))
        let tables = try (try #require(root["tables"]?.items)).map { node in
            Printed(
                number: try #require(node["number"]?.int), question: try #require(node["question"]?.scalar),
                kind: try #require(node["kind"]?.scalar),
                n: node["n"]?.int, answered: node["answered"]?.int,
                rows: try (try #require(node["rows"]?.items)).map { row in
                    Printed.Row(label: try #require(row["label"]?.scalar), count: row["count"]?.int, share: row["share"]?.scalar,
                                counts: row["counts"]?.items?.map(\.int) ?? [])
                }
            )
        }
        let inconsistencies = (root["inconsistencies"]?.items ?? []).compactMap { node -> Inconsistency? in
            guard let table = node["table"]?.int, let row = node["row"]?.scalar, let printed = node["printed"]?.scalar,
                  let computed = node["computed"]?.scalar, printed != computed else { return nil }
            return Inconsistency(table: table, row: row, printed: printed, computed: computed)
        }
        return (tables, inconsistencies)
    }

    static func regenerated() throws -> [SurveyTables.Table] {
        let form = try #require(FormLoader.load(path: repository.appendingPathComponent("forms/arsrapport-ar2.yaml").path).validForm)
        let register = RegisterLoader.load(path: repository.appendingPathComponent("forms/register-pisa-2015.yaml").path).validRegister
        let responses = repository.appendingPathComponent("responses").path
        let set = ResponseSet.load(from: ResponseStore(root: responses), form: form)
        #expect(set.diagnostics.filter(\.isError) == [])
        let (codes, diagnostics) = CodeSet.load(folder: responses + "/codes", form: form)
        #expect(diagnostics == [])
        let (tables, warnings) = TableBuilder(form: form, responses: set, codes: codes, register: register).tables()
        #expect(warnings.map(\.description) == [])
        return tables
    }

    /// Where a printed share disagrees with count / N, N being the number who answered
    /// according to the report's text (or its header when the text says nothing); for a count
    /// grid, the participants counted.
    static func audit(_ tables: [Printed]) -> [Inconsistency] {
        var found: [Inconsistency] = []
        for table in tables {
            let base = table.kind == "count-grid" ? table.n : table.answered ?? table.n
            guard let base, base > 0 else { continue }
            for row in table.rows {
                guard let count = row.count, let printed = row.share else { continue }
                let computed = TableFormat().share(Double(count) / Double(base))
                if printed != computed {
                    found.append(Inconsistency(table: table.number, row: row.label, printed: printed, computed: computed))
                }
            }
        }
        return found
    }

    @Test func reportsOwnFiguresDisagreeInTheseFourPlaces() throws {
        let (tables, listed) = try Self.fixture()
        let found = Self.audit(tables)
        #expect(found.map(\.description) == [
            "Tabell 16, \"Skapa tid, arenor och förutsättningar för analys\": tryckt 14%, räknat 17%",
            "Tabell 18, \"Matematikplan/plan\": tryckt 100%, räknat 80%",
            "Tabell 18, \"Nätverk för specialpedagoger\": tryckt 25%, räknat 20%",
            "Tabell 19, \"Intressant och bra arbetsform\": tryckt 0,29, räknat 29%",
        ])
        #expect(found == listed)
    }

    @Test(arguments: 1...21)
    func tableIsReproduced(number: Int) throws {
        let printed = try #require(try Self.fixture().tables.first { $0.number == number })
        let corrections = Dictionary(try Self.fixture().inconsistencies.filter { $0.table == number }.map { ($0.row, $0.computed) },
                                     uniquingKeysWith: { a, _ in a })
        let table = try #require(try Self.regenerated().first { $0.number == number })
        #expect(table.questionID == printed.question)
        if table.kind == .countGrid {
            #expect(table.base == printed.n)
            #expect(table.answered == printed.answered)
        } else if let answered = printed.answered ?? printed.n {
            #expect(table.answered == answered)
        }
        // Rows with nothing in them (an unchosen "Annat") are not printed in the report.
        let rows = table.rows.filter { row in row.count.map { $0 > 0 } ?? true }
        #expect(Set(rows.map(\.label)) == Set(printed.rows.map(\.label)))
        for printedRow in printed.rows {
            let row = try #require(rows.first { $0.label == printedRow.label }, "missing row \(printedRow.label)")
            if printedRow.counts.isEmpty {
                #expect(row.count == printedRow.count, "\(printedRow.label)")
                let expectedShare = corrections[printedRow.label] ?? printedRow.share
                #expect(row.share.map { TableFormat().share($0) } == expectedShare, "\(printedRow.label)")
            } else {
                let cells = row.cells.map { cell -> Int? in
                    if case .count(let value) = cell { return value }
                    return nil
                }
                #expect(cells == printedRow.counts, "\(printedRow.label)")
            }
        }
    }
}
