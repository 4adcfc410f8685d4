import Foundation
public import SurveyText

/// Tables as CSV that opens in Excel: RFC 4180 quoting, semicolon (Swedish Excel) or comma, a UTF-8 BOM unless left out.
///
/// Every cell that carries text (caption, headers, row labels, text cells, notes: anything a
/// form, a codebook or an answer put there) goes through `neutralise`, the one place where CSV
/// output is made safe. Counts, shares and changes are the tool's own numbers and are written
/// as they are.
public enum CSVTables {
    public struct Options: Hashable, Sendable {
        public var separator: Character
        /// A byte-order mark, so Excel reads UTF-8 (å, ä, ö) right.
        public var byteOrderMark: Bool

        /// By default what Swedish Excel opens on a double-click: semicolons (and decimal commas)
        /// and a byte-order mark.
        public init(separator: Character = SpreadsheetCell.swedishExcelSeparator, byteOrderMark: Bool = true) {
            self.separator = separator
            self.byteOrderMark = byteOrderMark
        }
    }

    /// Every table after the other, each as caption, header and rows, separated by an empty line.
    public static func render(_ tables: [Table], format: TableFormat = TableFormat(), options: Options = Options()) -> String {
        let body = tables.map { render($0, format: format, options: options, includeBOM: false) }.joined(separator: "\r\n")
        return (options.byteOrderMark ? SpreadsheetCell.byteOrderMark : "") + body
    }

    public static func render(_ table: Table, format: TableFormat = TableFormat(), options: Options = Options(), includeBOM: Bool = true) -> String {
        // A semicolon file is for Swedish Excel, which reads decimal commas; a comma file gets points.
        var format = format
        format.decimalComma = options.separator != ","
        var lines: [String] = []
        lines.append(line([.text(table.caption)], options))
        lines.append(line(([table.labelHeader] + table.valueHeaders).map(Cell.text), options))
        for row in table.rows {
            let values = row.cells.map { cell -> Cell in
                if case .text(let text) = cell { return .text(text) }
                return .value(format.text(of: cell))
            }
            lines.append(line([.text(row.label)] + values, options))
        }
        if table.rows.isEmpty {
            lines.append(line([.text("(\(table.emptyNote))")], options))
        }
        for note in table.allNotes {
            lines.append(line([.text(note)], options))
        }
        return (includeBOM && options.byteOrderMark ? SpreadsheetCell.byteOrderMark : "") + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A cell of text, which is neutralised, or one of the tool's own figures, which is not.
    private enum Cell {
        case text(String)
        case value(String)
    }

    private static func line(_ cells: [Cell], _ options: Options) -> String {
        cells.map { cell in
            switch cell {
            case .text(let text): quote(neutralise(text), separator: options.separator)
            case .value(let value): quote(value, separator: options.separator)
            }
        }.joined(separator: String(options.separator))
    }

    /// A text cell made safe for a spreadsheet and a terminal; the rule lives in
    /// `SpreadsheetCell.neutralise`, which every CSV of the tool follows.
    public static func neutralise(_ cell: String) -> String {
        SpreadsheetCell.neutralise(cell)
    }

    static func quote(_ cell: String, separator: Character) -> String {
        SpreadsheetCell.quote(cell, separator: separator)
    }
}
