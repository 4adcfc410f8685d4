import Foundation

/// Tables as CSV that opens in Excel: RFC 4180 quoting, comma or semicolon, optional UTF-8 BOM.
///
/// Cells that would start a formula (`=`, `+`, `-`, `@`, tab, carriage return) are prefixed
/// with an apostrophe so a spreadsheet shows them as text instead of running them.
public enum CSVTables {
    public struct Options: Hashable, Sendable {
        public var separator: Character
        /// A byte-order mark, so Excel reads UTF-8 (å, ä, ö) right.
        public var byteOrderMark: Bool

        public init(separator: Character = ",", byteOrderMark: Bool = false) {
            self.separator = separator
            self.byteOrderMark = byteOrderMark
        }
    }

    /// Every table after the other, each as caption, header and rows, separated by an empty line.
    public static func render(_ tables: [Table], format: TableFormat = TableFormat(), options: Options = Options()) -> String {
        let body = tables.map { render($0, format: format, options: options, includeBOM: false) }.joined(separator: "\r\n")
        return (options.byteOrderMark ? "\u{FEFF}" : "") + body
    }

    public static func render(_ table: Table, format: TableFormat = TableFormat(), options: Options = Options(), includeBOM: Bool = true) -> String {
        // A semicolon file is for Swedish Excel, which reads decimal commas; a comma file gets points.
        var format = format
        format.decimalComma = options.separator != ","
        var lines: [String] = []
        lines.append(line([table.caption], options))
        lines.append(line([table.labelHeader] + table.valueHeaders, options))
        for row in table.rows {
            lines.append(line([row.label] + row.cells.map { format.text(of: $0) }, options, firstIsText: true))
        }
        for note in table.notes {
            lines.append(line([note], options))
        }
        return (includeBOM && options.byteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func line(_ cells: [String], _ options: Options, firstIsText: Bool = false) -> String {
        cells.enumerated().map { index, cell in
            // Counts and shares are numbers; everything else is text and is neutralised.
            let isValue = firstIsText && index > 0
            return quote(isValue ? cell : neutralise(cell), separator: options.separator)
        }.joined(separator: String(options.separator))
    }

    /// `=SUM(A1)` becomes `'=SUM(A1)`: shown as text, never run.
    public static func neutralise(_ cell: String) -> String {
        guard let first = cell.first, "=+-@\t\r".contains(first) else { return cell }
        return "'" + cell
    }

    static func quote(_ cell: String, separator: Character) -> String {
        guard cell.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
