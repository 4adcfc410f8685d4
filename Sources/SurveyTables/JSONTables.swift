import Foundation
import SurveyYAML

/// Tables as JSON for other tools: numbers as numbers, shares between 0 and 1.
public enum JSONTables {
    private struct JSONTable: Encodable {
        var number: Int?
        var title: String
        var caption: String
        var question: String
        var questionText: String
        var originalQuestion: String?
        var kind: String
        var group: String?
        var answered: Int
        var base: Int
        /// False for a table the form marks `publish: false`.
        var published: Bool
        var header: [String]
        var rows: [JSONRow]
        /// What stands in place of rows when there are none ("svaren är inte kodade ännu").
        var empty: String?
        var notes: [String]
    }

    private struct JSONRow: Encodable {
        var key: String
        var label: String
        var values: [JSONValue]
        var respondents: [String]
        var quotes: [JSONQuote]
    }

    private struct JSONQuote: Encodable {
        var respondent: String
        var text: String
    }

    private struct JSONValue: Encodable {
        var type: String
        var value: Double?
        var text: String

        init(_ cell: Table.Cell, format: TableFormat) {
            text = format.text(of: cell)
            switch cell {
            case .count(let count): (type, value) = ("count", Double(count))
            case .share(let share): (type, value) = ("share", share)
            case .none: (type, value) = ("none", nil)
            case .mean(let mean): (type, value) = ("mean", mean)
            case .countChange(let change): (type, value) = ("count-change", Double(change))
            case .shareChange(let change): (type, value) = ("share-change", change)
            case .text: (type, value) = ("text", nil)
            }
        }
    }

    public static func render(_ tables: [Table], format: TableFormat = TableFormat()) -> String {
        let value = tables.map { table in
            JSONTable(
                number: table.number, title: table.title, caption: table.caption, question: table.questionID,
                questionText: table.questionText, originalQuestion: table.originalQuestion, kind: table.kind.rawValue,
                group: table.group, answered: table.answered, base: table.base, published: table.published,
                header: [table.labelHeader] + table.valueHeaders,
                rows: table.rows.map { row in
                    JSONRow(key: row.key, label: row.label, values: row.cells.map { JSONValue($0, format: format) },
                            respondents: row.respondents, quotes: row.quotes.map { JSONQuote(respondent: $0.respondent, text: $0.text) })
                },
                empty: table.rows.isEmpty ? table.emptyNote : nil,
                notes: table.allNotes
            )
        }
        let encoder = JSONEncoder()
        // Sorted keys: the same tables always give byte-identical files.
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(["tables": value])) ?? Data("{}".utf8)
        // Control characters from answers and file names stay exact but escaped, never raw.
        return JSONString.escapingUnsafe(inEncoded: String(decoding: data, as: UTF8.self)) + "\n"
    }
}
