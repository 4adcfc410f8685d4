/// An answer to one question, in the shape its kind asks for.
public enum AnswerValue: Hashable, Sendable {
    case text(String)
    case number(Double)
    /// A single-choice answer; `other` holds the free text when the choice is "annat".
    case choice(String, other: String?)
    /// A multiple-choice answer in the form's option order.
    case choices([String], other: String?)
    case yesNo(Bool)
    case scale(Int)
    case status(Status)
    case termOrDate(TermOrDate)
    /// A count per row id, and the total the respondent gave, if asked.
    case countGrid([String: Int], total: Int?)
    /// The checked column ids per row id.
    case checkGrid([String: Set<String>])

    /// True for answers that carry nothing: empty text, no choices, an empty grid.
    public var isEmpty: Bool {
        switch self {
        case .text(let text): text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
        case .choices(let ids, _): ids.isEmpty
        case .countGrid(let rows, let total): rows.isEmpty && total == nil
        case .checkGrid: false
        default: false
        }
    }

    /// The text of a free-text answer.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}
