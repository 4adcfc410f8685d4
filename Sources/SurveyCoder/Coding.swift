/// Every statement of every answer to one question, with the categories it is in.
///
/// Written to `QUESTION.coding.yaml` (docs/coding-format.md). The respondents who answered
/// the question are exactly the respondents with at least one statement here.
public struct Coding: Hashable, Sendable {
    public var question: String
    public var form: String?
    public var statements: [CodedStatement]

    public init(question: String, form: String? = nil, statements: [CodedStatement] = []) {
        self.question = question
        self.form = form
        self.statements = statements
    }

    /// Respondents with at least one statement, in the order they first appear.
    public var respondents: [String] {
        var seen = Set<String>()
        return statements.compactMap { seen.insert($0.respondent).inserted ? $0.respondent : nil }
    }

    /// Indices of the statements with this key (a respondent can repeat a statement).
    public func indices(of key: StatementKey) -> [Int] {
        statements.indices.filter { statements[$0].key == key }
    }
}

/// One statement and where it was placed.
public struct CodedStatement: Hashable, Sendable {
    public var respondent: String
    public var text: String
    /// Category ids; empty means "Övrigt" (fits no category).
    public var categories: [String]
    /// The coder's confidence in its first category, 0–1: the calibrated probability when it
    /// learned from coded examples, otherwise the similarity to the category; nil for staff
    /// decisions and for Övrigt without a classifier.
    public var score: Double?
    /// True when a person placed the statement; the coder then keeps it as it is.
    public var decidedByStaff: Bool
    /// Whether the coder asks a person about it (`review` in the file): false only when it is
    /// sure enough to meet the target accuracy; nil for staff decisions and older files.
    public var needsReview: Bool?

    public init(respondent: String, text: String, categories: [String] = [], score: Double? = nil, decidedByStaff: Bool = false,
                needsReview: Bool? = nil) {
        self.respondent = respondent
        self.text = text
        self.categories = categories
        self.score = score
        self.decidedByStaff = decidedByStaff
        self.needsReview = needsReview
    }

    public var key: StatementKey { StatementKey(respondent: respondent, text: text) }

    /// Whether a person still has to look at it: not for a staff decision, nor where the coder
    /// was sure enough to code it automatically (`review: false`).
    public var awaitsReview: Bool { !decidedByStaff && needsReview != false }
}
