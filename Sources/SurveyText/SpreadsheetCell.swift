/// How a cell of text is written into a CSV file that a spreadsheet opens: the one rule for
/// every CSV the tool writes (the published tables, the invitation links).
///
/// Text is made displayable (`TextSafety.displayable`), a cell that would start a formula is
/// defused with an apostrophe, and a cell holding the separator, a quote or a line break is
/// quoted as RFC 4180 says.
public enum SpreadsheetCell {
    /// The separator Excel expects in Sweden, where the list separator is ";" (the comma is the
    /// decimal sign): a file with it opens in columns on a double-click.
    public static let swedishExcelSeparator: Character = ";"

    /// The UTF-8 byte-order mark, without which Excel reads a CSV as Windows-1252 ("Ã¥" for "å").
    public static let byteOrderMark = "\u{FEFF}"

    /// A text cell made safe for a spreadsheet and a terminal: control characters shown by
    /// `TextSafety.displayable`, and a cell that would start a formula (`=`, `+`, `-`, `@`,
    /// tab, carriage return) prefixed with an apostrophe, so `=SUM(A1)` shows as `'=SUM(A1)`,
    /// as text, and is never run.
    public static func neutralise(_ cell: String) -> String {
        let shown = TextSafety.displayable(cell)
        guard let first = shown.unicodeScalars.first, formulaStarts.contains(first) else { return shown }
        return "'" + shown
    }

    /// What makes a spreadsheet read a cell as a formula (or, for tab and CR, as the start of another cell or row).
    public static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell in double quotes, inner quotes doubled, when it holds the separator, a quote or
    /// a line break; otherwise as it is.
    ///
    /// By code point (`Escaping`): a comma or quote with a combining mark after it is one Swift
    /// character, but a spreadsheet (and `CSVReader`) reads the comma or quote alone.
    public static func quote(_ cell: String, separator: Character) -> String {
        let separators = separator.unicodeScalars
        guard cell.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || separators.contains($0) }) else {
            return cell
        }
        return "\"" + Escaping.byCodePoint(cell) { $0 == "\"" ? "\"\"" : nil } + "\""
    }

    /// One CSV line of text cells, each neutralised and quoted; without the line ending.
    public static func line(_ cells: [String], separator: Character) -> String {
        cells.map { quote(neutralise($0), separator: separator) }.joined(separator: String(separator))
    }
}
