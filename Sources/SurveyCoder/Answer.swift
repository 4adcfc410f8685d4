/// One respondent's free-text answer to the question being coded.
///
/// An answer that is empty or only white space counts as "not answered".
public struct Answer: Hashable, Sendable {
    public var respondent: String
    public var text: String

    public init(respondent: String, text: String) {
        self.respondent = respondent
        self.text = text
    }
}
