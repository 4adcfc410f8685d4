/// Splits an answer into the statements that are coded, by the rules in docs/coding-format.md.
///
/// - every non-empty line is a candidate; a leading bullet (`-`, `*`, `•`, `–`, `—`, `1.`,
///   `1)`, `a)`) is removed;
/// - a line is split after `.`, `!` or `?` when white space and then an upper-case letter or
///   a digit follow, except after an abbreviation written with inner periods (`t.ex.`,
///   `bl.a.`, `p.g.a.`), so "t.ex. Matematiklyftet" stays whole;
/// - a line is split at `;`, which is dropped.
///
/// Statements are trimmed of white space; their final punctuation is kept. Works on Unicode
/// scalars, which is all these rules need and much faster than characters on long inputs.
public enum StatementSplitter {
    typealias Scalars = [Unicode.Scalar]

    /// The statements of an answer; empty when the answer holds nothing but white space.
    public static func statements(in answer: String) -> [String] {
        var statements: [String] = []
        for line in lines(of: Array(answer.unicodeScalars)) {
            let content = removingBullet(from: line)
            for part in content.split(separator: ";", omittingEmptySubsequences: true) {
                for sentence in sentences(in: part) {
                    let trimmed = trimmed(sentence)
                    if !trimmed.isEmpty { statements.append(string(trimmed)) }
                }
            }
        }
        return statements
    }

    /// Whether a statement only introduces what follows it: it ends with a colon ("Operativa
    /// mål till 2015:", "Andra glädjeämnen:").
    public static func isListHeading(_ statement: String) -> Bool {
        statement.unicodeScalars.reversed().first { !$0.properties.isWhitespace } == ":"
    }

    /// The whole answer as one statement (`coding: single`), or none when it is empty.
    public static func wholeAnswer(_ answer: String) -> [String] {
        let trimmed = answer.trimmingWhiteSpace()
        return trimmed.isEmpty ? [] : [trimmed]
    }

    static func lines(of scalars: Scalars) -> [ArraySlice<Unicode.Scalar>] {
        scalars.split(whereSeparator: isLineBreak)
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.isWhitespace)
    }

    static func isUpperCaseOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9") }
        return scalar.properties.isUppercase || scalar.properties.numericType == .decimal
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") }
        return scalar.properties.isAlphabetic
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var slice = scalars
        while let first = slice.first, isSpace(first) || isLineBreak(first) { slice.removeFirst() }
        while let last = slice.last, isSpace(last) || isLineBreak(last) { slice.removeLast() }
        return slice
    }

    static func removingBullet(from line: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var start = line.startIndex
        while start < line.endIndex, isSpace(line[start]) { start += 1 }
        guard start < line.endIndex else { return line[start...] }
        let symbols: Set<Unicode.Scalar> = ["-", "*", "•", "–", "—", "·", "▪", "◦"]
        if symbols.contains(line[start]) {
            // "--" or "**" are still one bullet; "-5 %" is a number, not a bullet.
            var end = start
            while end < line.endIndex, line[end] == line[start] { end += 1 }
            if end < line.endIndex, isASCIIDigit(line[end]), line[start] == "-" { return line[start...] }
            return line[end...]
        }
        // "1." "12)" followed by white space.
        var end = start
        while end < line.endIndex, end - start < 3, isASCIIDigit(line[end]) { end += 1 }
        if end > start, end + 1 < line.endIndex, line[end] == "." || line[end] == ")", isSpace(line[end + 1]) {
            return line[(end + 1)...]
        }
        // "a)" followed by white space.
        if isLetter(line[start]), start + 2 < line.endIndex, line[start + 1] == ")", isSpace(line[start + 2]) {
            return line[(start + 2)...]
        }
        return line[start...]
    }

    static func sentences(in part: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
        var sentences: [ArraySlice<Unicode.Scalar>] = []
        var sentenceStart = part.startIndex
        var index = part.startIndex
        while index < part.endIndex {
            let scalar = part[index]
            guard scalar == "." || scalar == "!" || scalar == "?" else {
                index += 1
                continue
            }
            var next = index + 1
            while next < part.endIndex, part[next] == "." || part[next] == "!" || part[next] == "?" { next += 1 }
            var afterSpace = next
            while afterSpace < part.endIndex, isSpace(part[afterSpace]) { afterSpace += 1 }
            if afterSpace > next, afterSpace < part.endIndex, isUpperCaseOrDigit(part[afterSpace]),
               !(scalar == "." && endsAbbreviation(part, periodAt: index)) {
                sentences.append(part[sentenceStart..<next])
                sentenceStart = afterSpace
                index = afterSpace
            } else {
                index = next
            }
        }
        if sentenceStart < part.endIndex { sentences.append(part[sentenceStart...]) }
        return sentences
    }

    /// True when the period at `index` closes a word with an inner period, such as "t.ex.".
    static func endsAbbreviation(_ part: ArraySlice<Unicode.Scalar>, periodAt index: Int) -> Bool {
        var start = index
        while start > part.startIndex, !isSpace(part[start - 1]) { start -= 1 }
        let word = part[start..<index]
        return word.contains(".") && word.contains(where: isLetter)
    }
}

extension String {
    func trimmingWhiteSpace() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
