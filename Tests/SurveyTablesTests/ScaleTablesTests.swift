import Foundation
import SurveyForm
import SurveyResponses
import SurveyTables
import SurveyYAML
import Testing

/// The second form: Södertälje's "normalläge" self-assessment, whose means the tables reproduce.
struct ScaleTablesTests {
    static let repository = PublishedTablesTests.repository

    struct Printed {
        var question: String
        var table: Int
        var verksamhetschefer: String
        var utbildningsdirektor: Int
    }

    static func printed() throws -> [Printed] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/published-normallage-2016", withExtension: "yaml"))
        let root = try #require(try YAMLParser.parse(SourceText.load(path: url.path)))
        return try (try #require(root["statements"]?.items)).map { node in
            Printed(question: try #require(node["question"]?.scalar), table: try #require(node["table"]?.int),
                    verksamhetschefer: try #require(node["v-printed"]?.scalar), utbildningsdirektor: try #require(node["u"]?.int))
        }
    }

    /// Scale tables over the respondents whose names pass `include`.
    static func tables(_ include: (String) -> Bool) throws -> [SurveyTables.Table] {
        let form = try #require(FormLoader.load(path: repository.appendingPathComponent("forms/normallage-2016.yaml").path).validForm)
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/normallage", withExtension: nil)).path
        var set = ResponseSet.load(from: ResponseStore(root: folder), form: form)
        #expect(set.diagnostics == [])
        set.items = set.items.filter { include($0.location.respondent) }
        return TableBuilder(form: form, responses: set).tables().tables
    }

    private static func mean(_ table: SurveyTables.Table) -> Double? {
        for cell in table.rows.last?.cells ?? [] { if case .mean(let value) = cell { return value } }
        return nil
    }

    @Test func meansOfTheHeadsOfServiceMatchThePrintedColumn() throws {
        let tables = try Self.tables { $0 != "Utbildningsdirektören" }
        let printed = try Self.printed()
        #expect(printed.count == 16)
        for statement in printed {
            let table = try #require(tables.first { $0.number == statement.table })
            #expect(table.questionID == statement.question)
            #expect(table.kind == .scale)
            #expect(table.answered == 3)
            let mean = try #require(Self.mean(table))
            // 004 prints 3,3 for 10/3 and 3,66 for 11/3: one or two decimals, rounded or cut.
            let printedValue = try #require(Double(statement.verksamhetschefer.replacingOccurrences(of: ",", with: ".")))
            #expect(abs(mean - printedValue) < 0.05, "\(statement.question): \(mean) vs \(statement.verksamhetschefer)")
        }
    }

    @Test func theDirectorsOwnAssessmentIsTheUColumn() throws {
        let tables = try Self.tables { $0 == "Utbildningsdirektören" }
        for statement in try Self.printed() {
            let table = try #require(tables.first { $0.number == statement.table })
            #expect(Self.mean(table) == Double(statement.utbildningsdirektor))
        }
    }

    @Test func scaleTableShowsDistributionAndMean() throws {
        let table = try #require(try Self.tables { $0 != "Utbildningsdirektören" }.first { $0.number == 1 })
        #expect(MarkdownTables.render(table) == """
        | Pedagogisk ledning 1 – tydlig med mål och verksamhetsidé | Antal 3 | Andel |
        |:---|---:|---:|
        | 1 Stämmer dåligt | 0 | 0% |
        | 2 Stämmer ganska dåligt | 0 | 0% |
        | 3 Stämmer ganska bra | 2 | 67% |
        | 4 Stämmer bra | 1 | 33% |
        | Medelvärde | 3,33 | - |

        *Tabell 1*

        """)
    }

    /// The normalläge form is answered by school units: the report says so, and numbers its sections from 1.
    @Test func theReportSpeaksOfSchoolUnits() throws {
        let form = try #require(FormLoader.load(path: Self.repository.appendingPathComponent("forms/normallage-2016.yaml").path).validForm)
        #expect(form.respondentNoun?.plural == "skolenheter")
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/normallage", withExtension: nil)).path
        let set = ResponseSet.load(from: ResponseStore(root: folder), form: form)
        let tables = TableBuilder(form: form, responses: set).tables().tables
        let report = Report.build(form: form, responses: set, tables: tables,
                                  completeness: CompletenessChecker.check(form: form, responses: set))
        #expect(report.summary.first?.first?.text.hasPrefix("Det är \(SwedishNumberWords.cardinal(set.items.count)) skolenheter som har svarat: ") == true)
        #expect(report.sections.map(\.number) == Array(1...report.sections.count).map(Optional.some))
        let markdown = ReportMarkdown.render(report)
        #expect(markdown.contains("\n## 1. Pedagogisk ledning\n"))
        #expect(markdown.contains("\nMedelvärdet är 3,25 på skalan 1–4. Vanligast är ”3 Stämmer ganska bra”: tre av fyra skolenheter.\n"))
        #expect(!markdown.contains("kommuner har svarat") && !markdown.contains(" kommuner som har svarat"))
    }
}
