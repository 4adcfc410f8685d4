/// Why a review operation could not be done; the codebook and coding stay as they were.
public enum ReviewError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownCategory(String, suggestion: String?)
    case unknownStatement(StatementKey)
    case statementNotInCategory(StatementKey, String)
    case sameCategory(String)
    case noStatementsToSplit(String)
    case emptyLabel

    public var description: String {
        switch self {
        case let .unknownCategory(id, suggestion):
            "no category '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case let .unknownStatement(key):
            "no statement by \(key.respondent) reading '\(key.text)'"
        case let .statementNotInCategory(key, id):
            "the statement by \(key.respondent) '\(key.text)' is not in '\(id)'"
        case let .sameCategory(id):
            "cannot merge '\(id)' into itself"
        case let .noStatementsToSplit(id):
            "none of the chosen statements is in '\(id)'"
        case .emptyLabel:
            "a category needs a label"
        }
    }
}
