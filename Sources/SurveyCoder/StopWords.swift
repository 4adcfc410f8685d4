import Foundation

/// A language's stop words, read from the Snowball lists shipped in the module's resources.
public struct StopWords: Hashable, Sendable {
    public let words: Set<String>
    /// Fixed expressions read as stop words where their words stand together ("över tid",
    /// "i samband med"), as lower-case tokens, by their first token.
    public let phrases: [String: [[String]]]

    public init(words: Set<String>, phrases: [[String]] = []) {
        self.words = words
        var byFirst: [String: [[String]]] = [:]
        for phrase in phrases where phrase.count >= 2 { byFirst[phrase[0], default: []].append(phrase) }
        // Longest first, so "på längre sikt" is taken before a shorter expression it begins with.
        self.phrases = byFirst.mapValues { $0.sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) } }
    }

    /// The shipped lists for a language: Snowball's, the project's additions to it
    /// (`*-stopwords-extra.txt`, function words Snowball's list lacks) and its fixed
    /// expressions (`*-stopwords-phrases.txt`).
    public init(language: CoderLanguage) throws(CoderError) {
        var words = Set<String>()
        for name in [language.stopWordResource, language.stopWordResource + "-extra"] {
            words.formUnion(Self.parse(try Self.resource(name)))
        }
        let tokenizer = Tokenizer(language: language, minimumLength: 1)
        let phrases = Self.parseLines(try Self.resource(language.stopWordResource + "-phrases")).map { tokenizer.tokens(in: $0) }
        self.init(words: words, phrases: phrases)
    }

    /// Which of `tokens` (lower case, one-letter words kept) stand in a fixed expression.
    public func inPhrase(_ tokens: [String]) -> [Bool] {
        var marked = [Bool](repeating: false, count: tokens.count)
        guard !phrases.isEmpty else { return marked }
        var index = 0
        while index < tokens.count {
            if let candidates = phrases[tokens[index]],
               let phrase = candidates.first(where: { index + $0.count <= tokens.count && tokens[index..<(index + $0.count)].elementsEqual($0) }) {
                for position in index..<(index + phrase.count) { marked[position] = true }
                index += phrase.count
            } else {
                index += 1
            }
        }
        return marked
    }

    /// Snowball's list alone, as published.
    public static func snowball(_ language: CoderLanguage) throws(CoderError) -> StopWords {
        StopWords(words: parse(try resource(language.stopWordResource)))
    }

    /// The text of one of the coder's word lists (`Resources/NAME.txt`).
    static func resource(_ name: String) throws(CoderError) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt"),
              let data = FileManager.default.contents(atPath: url.path) else {
            throw .missingResource("\(name).txt")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Lines of a list in Snowball's format without their comments, trimmed, the empty ones left out.
    static func parseLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let content = (line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                .trimmingCharacters(in: .whitespaces)
            return content.isEmpty ? nil : content
        }
    }

    /// Words of a list in Snowball's format: `|` starts a comment, a word starts each line.
    public static func parse(_ text: String) -> Set<String> {
        Set(parseLines(text).compactMap { $0.split(whereSeparator: \.isWhitespace).first.map(String.init) })
    }

    public func contains(_ word: String) -> Bool { words.contains(word) }
}
