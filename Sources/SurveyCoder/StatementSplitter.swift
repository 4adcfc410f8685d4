/// Splits an answer into the statements that are coded, by the rules in docs/coding-format.md.
///
/// - every non-empty line is a candidate; a leading bullet (`-`, `*`, `•`, `–`, `—`, `1.`,
///   `1)`, `a)`) is removed;
/// - a line is split after `.`, `!` or `?` when white space and then an upper-case letter or
///   a digit follow, except after an abbreviation written with inner periods (`t.ex.`,
///   `bl.a.`, `p.g.a.`), so "t.ex. Matematiklyftet" stays whole;
/// - a line is split at `;`, which is dropped.
///
/// Statements are trimmed of white space; their final punctuation is kept.
public enum StatementSplitter {
    /// The statements of an answer; empty when the answer holds nothing but white space.
    public static func statements(in answer: String) -> [String] {
        var statements: [String] = []
        for line in answer.split(whereSeparator: \.isNewline) {
            let content = removingBullet(from: Array(line))
            for part in content.split(separator: ";", omittingEmptySubsequences: true) {
                for sentence in sentences(in: Array(part)) {
                    let trimmed = sentence.trimmingWhiteSpace()
                    if !trimmed.isEmpty { statements.append(trimmed) }
                }
            }
        }
        return statements
    }

    /// The whole answer as one statement (`coding: single`), or none when it is empty.
    public static func wholeAnswer(_ answer: String) -> [String] {
        let trimmed = answer.trimmingWhiteSpace()
        return trimmed.isEmpty ? [] : [trimmed]
    }

    static func removingBullet(from line: [Character]) -> [Character] {
        var start = 0
        while start < line.count, line[start].isWhitespace { start += 1 }
        guard start < line.count else { return [] }
        let symbols: Set<Character> = ["-", "*", "•", "–", "—", "·", "▪", "◦"]
        if symbols.contains(line[start]) {
            // "--" or "**" are still one bullet; "-5 %" is a number, not a bullet.
            var end = start
            while end < line.count, line[end] == line[start] { end += 1 }
            if end < line.count, line[end].isNumber, line[start] == "-" { return Array(line[start...]) }
            return Array(line[end...])
        }
        // "1." "12)" "a)" followed by white space.
        var end = start
        while end < line.count, end - start < 3, line[end].isASCII, line[end].isNumber { end += 1 }
        if end > start, end < line.count, line[end] == "." || line[end] == ")",
           end + 1 < line.count, line[end + 1].isWhitespace {
            return Array(line[(end + 1)...])
        }
        if line[start].isLetter, start + 2 < line.count, line[start + 1] == ")", line[start + 2].isWhitespace {
            return Array(line[(start + 2)...])
        }
        return Array(line[start...])
    }

    static func sentences(in part: [Character]) -> [String] {
        var sentences: [String] = []
        var sentenceStart = 0
        var index = 0
        while index < part.count {
            let character = part[index]
            if character == "." || character == "!" || character == "?" {
                var next = index + 1
                while next < part.count, part[next] == "." || part[next] == "!" || part[next] == "?" { next += 1 }
                var afterSpace = next
                while afterSpace < part.count, part[afterSpace].isWhitespace { afterSpace += 1 }
                if afterSpace > next, afterSpace < part.count,
                   part[afterSpace].isUppercase || part[afterSpace].isNumber,
                   !(character == "." && endsAbbreviation(part, periodAt: index)) {
                    sentences.append(String(part[sentenceStart..<next]))
                    sentenceStart = afterSpace
                    index = afterSpace
                    continue
                }
                index = next
                continue
            }
            index += 1
        }
        if sentenceStart < part.count { sentences.append(String(part[sentenceStart...])) }
        return sentences
    }

    /// True when the period at `index` closes a word with an inner period, such as "t.ex.".
    static func endsAbbreviation(_ part: [Character], periodAt index: Int) -> Bool {
        var start = index
        while start > 0, !part[start - 1].isWhitespace { start -= 1 }
        let word = part[start..<index]
        return word.contains(".") && word.contains(where: \.isLetter)
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
