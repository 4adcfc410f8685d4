public import SurveyForm

/// The part of the form a question sits in; a heading is shown when it changes.
public struct HeadingContext: Hashable, Sendable {
    public var sectionID: String
    public var blockID: String?
    public var itemID: String?

    public init(_ question: Question) {
        self.sectionID = question.sectionID
        self.blockID = question.repetition?.blockID
        self.itemID = question.repetition?.itemID
    }
}
