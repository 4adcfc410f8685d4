/// Why the coder could not run at all (bad input is reported per statement, not thrown).
public enum CoderError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A file the module ships is missing from its resources.
    case missingResource(String)
    /// libstemmer has no stemmer for the language.
    case stemmerUnavailable(CoderLanguage)
    /// An option is out of range, e.g. a fixed number of categories below 1.
    case invalidOption(String)

    public var description: String {
        switch self {
        case .missingResource(let name): "kodarens resursfil '\(name)' saknas i installationen"
        case .stemmerUnavailable(let language): "libstemmer har ingen ordstammare för '\(language.rawValue)'"
        case .invalidOption(let message): message
        }
    }
}
