/// The language answers are written in; it chooses the stemmer and the stop word list.
public enum CoderLanguage: String, Hashable, Sendable, CaseIterable {
    case swedish = "sv"
    case english = "en"

    /// The algorithm name libstemmer knows the language by.
    var stemmerAlgorithm: String {
        switch self {
        case .swedish: "swedish"
        case .english: "english"
        }
    }

    /// The resource file holding the language's stop words.
    var stopWordResource: String {
        switch self {
        case .swedish: "swedish-stopwords"
        case .english: "english-stopwords"
        }
    }

    /// Reads a language from a command-line value such as `sv`, `swedish`, `en` or `english`.
    public init?(argument: String) {
        switch argument.lowercased() {
        case "sv", "swedish", "svenska": self = .swedish
        case "en", "english", "engelska": self = .english
        default: return nil
        }
    }
}
