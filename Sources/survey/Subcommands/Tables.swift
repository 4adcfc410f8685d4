import ArgumentParser
import Foundation
import SurveyForm
import SurveyResponses
import SurveyTables
import SurveyYAML

extension SurveyCommand {
    struct Tables: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build every table the form declares, from the answers and their codings.",
            discussion: """
            Coded free text counts respondents per category (shares of those who answered the \
            question); choices, yes-no and status are tallied; count grids summed; check grids \
            counted per column; scales get their distribution and mean. Tables go to stdout, or \
            one file per table with --out. Tables the form marks `publish: false` only with --all. \
            Warnings (codings out of date, questions not coded) go to stderr.
            Exit status: 0 when the tables are written, 1 when they are written but a response file \
            has errors (what cannot be read in it is not counted), 2 when the form, the register or \
            the responses folder cannot be read, 64 for a --table the form does not have.
            """
        )

        @Argument(help: "The form.")
        var form: String

        @Argument(help: "The responses folder.")
        var responses: String

        @OptionGroup var tableOptions: TableOptions

        @Option(help: "Output format: markdown, csv, json or html.")
        var format: TableOutputFormat = .markdown

        @Option(help: "CSV separator: comma, or semicolon for Swedish Excel (which also gets decimal commas).")
        var separator: CSVSeparator = .comma

        @Flag(help: "Start CSV output with a UTF-8 byte-order mark, so Excel shows å, ä and ö right.")
        var bom = false

        @Option(help: "Only this table number (repeatable).")
        var table: [Int] = []

        @Option(help: "Write one file per table into this folder (tabell-03.csv …) instead of stdout.")
        var out: String?

        @Flag(help: "Also the tables the form marks `publish: false` (the report gives their figures in sentences only).")
        var all = false

        @OptionGroup var diagnosticOptions: DiagnosticOptions

        func run() throws {
            var output = DiagnosticOutput(color: diagnosticOptions.color)
            defer { output.finish() }
            let built = try tableOptions.build(form: form, responses: responses, numbers: table.isEmpty ? nil : Set(table), output: &output)
            let tables = built.tables.filter { all || $0.published }
            let tableFormat = tableOptions.tableFormat
            let csv = CSVTables.Options(separator: separator == .semicolon ? ";" : ",", byteOrderMark: bom)
            func render(_ tables: [SurveyTables.Table]) -> String {
                switch format {
                case .markdown: MarkdownTables.render(tables, format: tableFormat)
                case .csv: CSVTables.render(tables, format: tableFormat, options: csv)
                case .json: JSONTables.render(tables, format: tableFormat)
                case .html: HTMLTables.render(tables, format: tableFormat)
                }
            }
            guard let out else {
                print(render(tables), terminator: "")
                output.finish()
                try built.filesWithErrors.fail(countedIn: "tabellerna")
                return
            }
            for table in tables {
                let name = TableFileName.name(for: table, extension: format.fileExtension)
                let path = (out as NSString).appendingPathComponent(name)
                do {
                    try AtomicFile.write(render([table]), toPath: path)
                } catch {
                    output.print([error])
                    throw ExitCode.failure
                }
            }
            StandardError.write("Skrev \(tables.count == 1 ? "1 tabell" : "\(tables.count) tabeller") till \(out)\n")
            output.finish()
            try built.filesWithErrors.fail(countedIn: "tabellerna")
        }
    }
}

enum TableOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, csv, json, html

    var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .csv: "csv"
        case .json: "json"
        case .html: "html"
        }
    }
}

enum CSVSeparator: String, ExpressibleByArgument, CaseIterable {
    case comma, semicolon
}

/// The grouping choices on the command line.
enum GroupingChoice: String, ExpressibleByArgument, CaseIterable {
    case none, round, network

    var grouping: TableBuilder.Grouping {
        switch self {
        case .none: .none
        case .round: .round
        case .network: .network
        }
    }
}

/// `tabell-03.csv`, `tabell-satser-uppfoljning-genomforande.csv`; grouped tables add their group.
enum TableFileName {
    static func name(for table: SurveyTables.Table, extension fileExtension: String) -> String {
        var name = table.number.map { String(format: "tabell-%02d", $0) } ?? "tabell-" + table.questionID.replacingOccurrences(of: ".", with: "-")
        if let group = table.group {
            name += "-" + group.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        }
        return name + "." + fileExtension
    }
}
