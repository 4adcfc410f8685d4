import ArgumentParser
import Foundation
import SurveyForm
import SurveyResponses
import SurveyText
import SurveyTables
import SurveyYAML

extension SurveyCommand {
    struct Tables: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bygg alla tabeller som formuläret anger, från svaren och deras kodningar.",
            discussion: """
            Kodad fritext räknar svarande per kategori (andelar av dem som besvarade frågan); \
            svarsalternativ, yes-no och status räknas; rutnät med antal (count-grid) summeras; rutnät \
            med kryss (check-grid) räknas per kolumn; skalor får sin fördelning och sitt medelvärde. \
            Tabellerna skrivs till stdout, eller en fil per tabell med --out. Tabeller som formuläret \
            markerar med `publish: false` kommer bara med --all. Varningar (inaktuella kodningar, frågor \
            som inte är kodade) skrivs till stderr.
            Slutstatus: 0 när tabellerna är skrivna, 1 när de är skrivna men en svarsfil har fel (det som \
            inte kan läsas i den räknas inte), 2 när formuläret, registret eller svarsmappen inte kan \
            läsas, 64 för en --table som formuläret inte har.
            """
        )

        @Argument(help: ArgumentHelp("Formuläret.", valueName: "formulär"))
        var form: String

        @Argument(help: ArgumentHelp("Svarsmappen.", valueName: "svarsmapp"))
        var responses: String

        @OptionGroup var tableOptions: TableOptions

        @Option(help: "Format för utdata: markdown, csv, json eller html.")
        var format: TableOutputFormat = .markdown

        @Option(help: ArgumentHelp("Avgränsare i CSV: semicolon, med decimalkomma, som svenska Excel öppnar direkt, eller comma, med decimalpunkt, för andra program.", valueName: "avgränsare"))
        var separator: CSVSeparator = .semicolon

        @Flag(inversion: .prefixedNo,
              help: "Börja CSV-utdata med en UTF-8-byteordningsmarkering (BOM), så att Excel visar å, ä och ö rätt; --no-bom för program som inte tål den.")
        var bom = true

        @Option(help: ArgumentHelp("Bara tabellen med det här numret (kan upprepas).", valueName: "nummer"))
        var table: [Int] = []

        @Option(help: ArgumentHelp("Skriv en fil per tabell till den här mappen (tabell-03.csv …) i stället för till stdout.", valueName: "mapp"))
        var out: String?

        @Flag(help: "Ta även med tabellerna som formuläret markerar med `publish: false` (rapporten redovisar deras siffror bara i meningar).")
        var all = false

        @OptionGroup var diagnosticOptions: DiagnosticOptions

        func run() throws {
            var output = DiagnosticOutput(color: diagnosticOptions.color)
            defer { output.finish() }
            let built = try tableOptions.build(form: form, responses: responses, numbers: table.isEmpty ? nil : Set(table), output: &output)
            let tables = built.tables.filter { all || $0.published }
            let tableFormat = tableOptions.tableFormat
            let csv = CSVTables.Options(separator: separator == .semicolon ? SpreadsheetCell.swedishExcelSeparator : ",", byteOrderMark: bom)
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
