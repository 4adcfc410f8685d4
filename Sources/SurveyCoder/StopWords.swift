import Foundation

/// A language's stop words, read from the Snowball lists shipped in the module's resources.
public struct StopWords: Hashable, Sendable {
    public let words: Set<String>

    public init(words: Set<String>) {
        self.words = words
    }

    /// The shipped list for a language.
    public init(language: CoderLanguage) throws(CoderError) {
        guard let url = Bundle.module.url(forResource: language.stopWordResource, withExtension: "txt"),
              let data = FileManager.default.contents(atPath: url.path) else {
            throw .missingResource("\(language.stopWordResource).txt")
        }
        self.init(words: Self.parse(String(decoding: data, as: UTF8.self)))
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
