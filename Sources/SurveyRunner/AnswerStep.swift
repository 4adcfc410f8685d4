import SurveyForm

/// Where the respondent is within one question: most kinds take one line, text takes lines
/// up to ".", grids go row by row.
enum AnswerStep: Hashable, Sendable {
    case singleLine
    case text(lines: [String])
    case countRow(Int, values: [String: Int])
    case countTotal(values: [String: Int])
    case checkRow(Int, rows: [String: Set<String>])
    /// `:skip` on a soft-required question: asking whether to leave it empty.
    case confirmEmpty
    /// A number above the question's plausible maximum: asking whether it is right.
    case confirmPlausible(Double)

    /// Whether leaving now throws away something the respondent typed for this question.
    var hasTypedInput: Bool {
        switch self {
        case .text(let lines): !lines.isEmpty
        case .countRow(let index, _), .checkRow(let index, _): index > 0
        case .countTotal: true
        case .singleLine, .confirmEmpty, .confirmPlausible: false
        }
    }
}
