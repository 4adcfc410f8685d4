/// Lays text out for a terminal of a given size: long lines wrapped at word boundaries, long
/// listings split into pages.
///
/// Keeps track of the column the cursor is at, so text written in pieces (a prompt, then
/// the rest of its line) wraps as one line; `inputRead()` puts the column back at 0 after the
/// respondent pressed Enter. Styling escapes (`ESC[…m`) take no room. Without a width,
/// text passes through unchanged.
public struct TerminalLayout: Sendable {
    /// Columns and rows; nil when output is not a terminal (a file, a pipe, a test).
    public var width: Int?
    public var height: Int?
    /// The column the cursor is at after what was written so far.
    public private(set) var column = 0

    public init(width: Int? = nil, height: Int? = nil) {
        resize(width: width, height: height)
    }

    /// The terminal's size now (it may change while the session runs); a very narrow or short
    /// terminal is left alone rather than laid out badly.
    public mutating func resize(width: Int?, height: Int?) {
        self.width = width.flatMap { $0 >= 20 ? $0 : nil }
        self.height = height.flatMap { $0 >= 5 ? $0 : nil }
    }

    /// `text` with its long lines broken at the last space that fits; a continuation line is
    /// indented like the line it continues.
    public mutating func wrap(_ text: String) -> String {
        guard let width else {
            track(text)
            return text
        }
        var out = ""
        var first = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first {
                out += "\n"
                column = 0
            }
            first = false
            out += wrapLine(Substring(line), width: width)
        }
        return out
    }

    /// The respondent pressed Enter: the cursor is at the start of a line.
    public mutating func inputRead() {
        column = 0
    }

    /// `text` (already wrapped) split into pages that fit the terminal with a line to spare for
    /// the prompt between pages; the whole text as one page when there is no height.
    public func pages(_ text: String) -> [String] {
        guard let height else { return [text] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let size = height - 1
        guard lines.count > size else { return [text] }
        return stride(from: 0, to: lines.count, by: size).map { start in
            lines[start..<min(start + size, lines.count)].joined(separator: "\n") + "\n"
        }
    }

    private mutating func wrapLine(_ line: Substring, width: Int) -> String {
        // A line that starts a row keeps its indentation on the rows it continues on.
        let indent = column > 0 ? "" : String(repeating: " ", count: min(line.prefix { $0 == " " }.count, width / 2))
        var out = ""
        var rest = line
        while column + Self.visibleWidth(rest) > width {
            guard let cut = Self.breakIndex(in: rest, room: width - column) else { break }
            out += rest[..<cut]
            out += "\n"
            rest = rest[rest.index(after: cut)...].drop { $0 == " " }
            column = 0
            if !rest.isEmpty {
                out += indent
                column = indent.count
            }
        }
        out += rest
        column += Self.visibleWidth(rest)
        return out
    }

    /// The position of the last space at which the line's first `room` visible characters end;
    /// for a first word longer than that, the space after it; nil when there is none.
    private static func breakIndex(in line: Substring, room: Int) -> Substring.Index? {
        var visible = 0
        var lastSpace: Substring.Index?
        var index = line.startIndex
        var inEscape = false
        // Leading indentation is not a place to break.
        let firstWord = line.firstIndex { $0 != " " } ?? line.endIndex
        while index < line.endIndex {
            let character = line[index]
            if inEscape {
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                if visible >= room { break }
                if character == " ", index > firstWord { lastSpace = index }
                visible += 1
            }
            index = line.index(after: index)
        }
        if index < line.endIndex, line[index] == " " { return index }
        if let lastSpace { return lastSpace }
        // One word longer than the row: it stays whole, and the line breaks after it.
        return line[index...].firstIndex(of: " ")
    }

    /// Characters a line takes on screen; styling escapes take none.
    static func visibleWidth(_ text: Substring) -> Int {
        guard text.contains("\u{1B}") else { return text.count }
        var count = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }

    private mutating func track(_ text: String) {
        if let newline = text.lastIndex(of: "\n") {
            column = Self.visibleWidth(text[text.index(after: newline)...])
        } else {
            column += Self.visibleWidth(Substring(text))
        }
    }
}
