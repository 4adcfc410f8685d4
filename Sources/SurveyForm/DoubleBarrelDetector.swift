/// Finds Swedish questions that ask two things at once.
///
/// Three patterns, after the staff's remarks on the year-2 report: question words joined by
/// och/samt/eller ("Hur och när …"); two question clauses in one sentence ("Hur kommer …,
/// vilka aktiviteter …?"); and things listed together ("Vilka svårigheter, glädjeämnen etc …",
/// "… i styrgrupp, kommungrupp samt nätverken?"). Each finding names the parts.
public enum DoubleBarrelDetector {
    public struct Finding: Hashable, Sendable {
        public enum Pattern: Hashable, Sendable {
            case joinedQuestionWords
            case twoClauses
            case list
        }

        public var pattern: Pattern
        /// The separate questions (for joined words and clauses) or the things listed together.
        public var parts: [String]

        public init(pattern: Pattern, parts: [String]) {
            self.pattern = pattern
            self.parts = parts
        }

        /// The finding as one sentence for a lint warning.
        public var message: String {
            let quoted = parts.map { "\"\($0)\"" }
            let joined = quoted.count <= 1 ? quoted.joined() : quoted.dropLast().joined(separator: ", ") + " och " + quoted.last!
            switch pattern {
            case .joinedQuestionWords, .twoClauses:
                return "dubbelfråga: den frågar \(joined); dela upp den i en fråga per del och behåll den ursprungliga formuleringen i 'from:'"
            case .list:
                return "dubbelfråga: den frågar om \(joined) på en gång; ställ en fråga per del och behåll den ursprungliga formuleringen i 'from:'"
            }
        }
    }

    static let questionWords: Set<String> = [
        "hur", "när", "var", "vart", "varifrån", "varför", "vad", "vem", "vems", "vilka", "vilken", "vilket", "vilkas",
    ]
    static let conjunctions: Set<String> = ["och", "samt", "eller"]
    /// Words after "vilket"/"vilka" that mark a relative clause ("…, vilket har lett till …"), not a question.
    static let relativeFollowers: Set<String> = [
        "har", "hade", "är", "var", "blir", "blev", "gör", "gjorde", "kan", "ska", "skulle", "kommer", "innebär",
        "innebar", "ger", "gav", "vi", "ni", "de", "man", "det", "jag", "som", "också", "inte", "även",
    ]
    static let listEnders: Set<String> = ["etc", "osv", "mm", "m.m", "m.fl", "med"]

    public static func findings(in text: String) -> [Finding] {
        sentences(of: text).flatMap(findings(inSentence:))
    }

    private struct Word {
        var text: String
        var lowered: String
        var range: Range<String.Index>
        /// A comma stands between this word and the one before.
        var afterComma: Bool
    }

    private static func sentences(of text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if "?!".contains(character) || (character == "." && next.isWhitespace && current.count > 3 && !endsWithAbbreviation(current)) {
                if next.isWhitespace {
                    result.append(current.trimmingWhitespace())
                    current = ""
                }
            }
        }
        if !current.trimmingWhitespace().isEmpty { result.append(current.trimmingWhitespace()) }
        return result
    }

    private static func endsWithAbbreviation(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["t.ex.", "bl.a.", "etc.", "m.m.", "p.g.a.", "osv.", "m.fl.", "ev.", "ca."].contains { lowered.hasSuffix($0) }
    }

    private static func words(of sentence: String) -> [Word] {
        var words: [Word] = []
        var index = sentence.startIndex
        var sawComma = false
        while index < sentence.endIndex {
            let character = sentence[index]
            if character.isLetter || character.isNumber {
                let start = index
                while index < sentence.endIndex, sentence[index].isLetter || sentence[index].isNumber || sentence[index] == "-"
                        || (sentence[index] == "." && sentence.index(after: index) < sentence.endIndex && sentence[sentence.index(after: index)].isLetter) {
                    index = sentence.index(after: index)
                }
                let text = String(sentence[start..<index])
                words.append(Word(text: text, lowered: text.lowercased(), range: start..<index, afterComma: sawComma))
                sawComma = false
            } else {
                if character == "," || character == ";" { sawComma = true }
                index = sentence.index(after: index)
            }
        }
        return words
    }

    private static func findings(inSentence sentence: String) -> [Finding] {
        let words = words(of: sentence)
        guard words.count >= 2 else { return [] }
        if let finding = joinedQuestionWords(sentence, words) { return [finding] }
        guard sentence.hasSuffix("?") else { return [] }
        if let finding = twoClauses(sentence, words) { return [finding] }
        if let finding = list(sentence, words) { return [finding] }
        return []
    }

    /// "Hur och när har …?" → "Hur har …?" and "När har …?".
    private static func joinedQuestionWords(_ sentence: String, _ words: [Word]) -> Finding? {
        var start = 0
        while start < words.count {
            guard questionWords.contains(words[start].lowered) else {
                start += 1
                continue
            }
            var group = [start]
            var cursor = start + 1
            var joined = false
            while cursor < words.count {
                if words[cursor].afterComma, questionWords.contains(words[cursor].lowered), words[cursor].lowered != "var" {
                    group.append(cursor)
                    cursor += 1
                } else if conjunctions.contains(words[cursor].lowered), cursor + 1 < words.count,
                          questionWords.contains(words[cursor + 1].lowered) {
                    group.append(cursor + 1)
                    cursor += 2
                    joined = true
                    break
                } else {
                    break
                }
            }
            if joined, group.count >= 2 {
                let groupRange = words[group.first!].range.lowerBound..<words[group.last!].range.upperBound
                let parts = group.map { index -> String in
                    var part = sentence
                    part.replaceSubrange(groupRange, with: words[index].lowered)
                    return capitalizedFirst(part)
                }
                return Finding(pattern: .joinedQuestionWords, parts: parts)
            }
            start = cursor
        }
        return nil
    }

    /// "Hur kommer …, vilka aktiviteter kommer …?" → "Hur kommer …?" and "Vilka aktiviteter kommer …?".
    private static func twoClauses(_ sentence: String, _ words: [Word]) -> Finding? {
        guard let opening = words.prefix(3).firstIndex(where: { questionWords.contains($0.lowered) }) else { return nil }
        var index = opening + 2
        while index < words.count - 1 {
            let word = words[index]
            let startsClause = word.afterComma || conjunctions.contains(words[index - 1].lowered) && !words[index - 1].afterComma || words[index - 1].afterComma && conjunctions.contains(words[index - 1].lowered)
            if startsClause, questionWords.contains(word.lowered), word.lowered != "var",
               !((word.lowered == "vilket" || word.lowered == "vilka") && relativeFollowers.contains(words[index + 1].lowered)) {
                // The first part ends before the comma or conjunction that opens the second.
                let cut = conjunctions.contains(words[index - 1].lowered) ? words[index - 1].range.lowerBound : word.range.lowerBound
                var first = String(sentence[..<cut]).trimmingWhitespace()
                while let last = first.last, last == "," || last == ";" { first.removeLast() }
                let second = String(sentence[word.range.lowerBound...]).trimmingWhitespace()
                return Finding(pattern: .twoClauses, parts: [first + "?", capitalizedFirst(second)])
            }
            index += 1
        }
        return nil
    }

    /// "Vilka svårigheter, glädjeämnen etc …?" or "… i styrgrupp, kommungrupp samt nätverken?".
    private static func list(_ sentence: String, _ words: [Word]) -> Finding? {
        // Right after the question word: "Vilka A, B etc" / "Vilka A, B och C".
        if let opening = words.prefix(2).firstIndex(where: { ["vilka", "vilken", "vilket"].contains($0.lowered) }),
           opening + 2 < words.count {
            var items = [words[opening + 1].text]
            var cursor = opening + 2
            while cursor < words.count, words[cursor].afterComma {
                items.append(words[cursor].text)
                cursor += 1
            }
            if items.count >= 2, cursor < words.count {
                let next = words[cursor].lowered
                if listEnders.contains(next) {
                    return Finding(pattern: .list, parts: items)
                }
                if conjunctions.contains(next), cursor + 1 < words.count {
                    return Finding(pattern: .list, parts: items + [words[cursor + 1].text])
                }
            }
        }
        // At the end: "A, B samt C?" with at least three single-word items.
        guard words.count >= 4 else { return nil }
        let last = words.count - 1
        guard conjunctions.contains(words[last - 1].lowered), !words[last - 1].afterComma else { return nil }
        var items = [words[last - 2].text]
        var cursor = last - 2
        while cursor > 0, words[cursor].afterComma {
            cursor -= 1
            items.insert(words[cursor].text, at: 0)
        }
        guard items.count >= 2 else { return nil }
        return Finding(pattern: .list, parts: items + [words[last].text])
    }

    private static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
