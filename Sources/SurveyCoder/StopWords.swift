import Foundation

/// A language's stop words, read from the Snowball lists shipped in the module's resources.
public struct StopWords: Hashable, Sendable {
    public let words: Set<String>

    public init(words: Set<String>) {
        self.words = words
    }

    /// The shipped lists for a language: Snowball's, and the project's additions to it
    /// (`*-stopwords-extra.txt`, function words Snowball's list lacks).
    public init(language: CoderLanguage) throws(CoderError) {
        var words = Set<String>()
        for name in [language.stopWordResource, language.stopWordResource + "-extra"] {
            words.formUnion(Self.parse(try Self.resource(name)))
        }
        self.init(words: words)
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

    /// Words of a list in Snowball's format: `|` starts a comment, a word starts each line.
    public static func parse(_ text: String) -> Set<String> {
        var words = Set<String>()
        for line in text.split(whereSeparator: \.isNewline) {
            let content = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            if let word = content.split(whereSeparator: \.isWhitespace).first {
                words.insert(String(word))
            }
        }
        return words
    }

    public func contains(_ word: String) -> Bool { words.contains(word) }
}
