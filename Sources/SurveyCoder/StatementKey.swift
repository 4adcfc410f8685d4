/// What identifies a statement across runs: who wrote it and its text as split from the answer.
///
/// A re-run of the coder and the review operations find statements by this key, so a staff
/// decision stays with its statement as long as the statement is still in the answers.
public struct StatementKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var respondent: String
    public var text: String

    public init(respondent: String, text: String) {
        self.respondent = respondent
        self.text = text
    }

    public static func < (lhs: StatementKey, rhs: StatementKey) -> Bool {
        (lhs.respondent, lhs.text) < (rhs.respondent, rhs.text)
    }

    public var description: String { "\(respondent): \(text)" }
}
