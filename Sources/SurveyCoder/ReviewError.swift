/// Why a review operation could not be done; the codebook and coding stay as they were.
public enum ReviewError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownCategory(String, suggestion: String?)
    case unknownStatement(StatementKey)
    case statementNotInCategory(StatementKey, String)
    case alreadyInCategory(StatementKey, String)
    case sameCategory(String)
    /// None of the chosen statements is in the category (nil: in Övrigt).
    case noStatementsToSplit(String?)
    case emptyLabel
    /// A category still holding statements cannot be deleted.
    case categoryNotEmpty(String, statements: Int)
    /// A category staff marked final cannot be deleted.
    case finalCategory(String)
    /// No decision of this session is left to undo.
    case nothingToUndo

    public var description: String {
        switch self {
        case let .unknownCategory(id, suggestion):
            "no category '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case let .unknownStatement(key):
            "no statement by \(key.respondent) reading '\(key.text)'"
        case let .statementNotInCategory(key, id):
            "the statement by \(key.respondent) '\(key.text)' is not in '\(id)'"
        case let .alreadyInCategory(key, id):
            "the statement by \(key.respondent) '\(key.text)' is already in '\(id)'"
        case let .sameCategory(id):
            "cannot merge '\(id)' into itself"
        case let .noStatementsToSplit(id):
            "none of the chosen statements is in \(id.map { "'\($0)'" } ?? "Övrigt")"
        case .emptyLabel:
            "a category needs a label"
        case let .categoryNotEmpty(id, count):
            "'\(id)' still has \(count) statement\(count == 1 ? "" : "s"); move them or merge the category first"
        case let .finalCategory(id):
            "'\(id)' is marked final; unmark it before deleting it"
        case .nothingToUndo:
            "no decision of this session is left to undo"
        }
    }
}
