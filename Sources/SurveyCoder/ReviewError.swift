import SurveyYAML

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
            "det finns ingen kategori '\(id)'" + (suggestion.map(Suggestion.didYouMean) ?? "")
        case let .unknownStatement(key):
            "det finns inget påstående från \(key.respondent) med texten '\(key.text)'"
        case let .statementNotInCategory(key, id):
            "påståendet från \(key.respondent) '\(key.text)' ligger inte i '\(id)'"
        case let .alreadyInCategory(key, id):
            "påståendet från \(key.respondent) '\(key.text)' ligger redan i '\(id)'"
        case let .sameCategory(id):
            "'\(id)' kan inte läggas ihop med sig själv"
        case let .noStatementsToSplit(id):
            "inget av de valda påståendena ligger i \(id.map { "'\($0)'" } ?? "Övrigt")"
        case .emptyLabel:
            "en kategori behöver en etikett"
        case let .categoryNotEmpty(id, count):
            "'\(id)' har kvar \(count) \(count == 1 ? "påstående" : "påståenden"); flytta dem eller lägg ihop kategorin med en annan först"
        case let .finalCategory(id):
            "'\(id)' är markerad som klar; ta bort markeringen innan den raderas"
        case .nothingToUndo:
            "det finns inget beslut i den här sessionen att ångra"
        }
    }
}
