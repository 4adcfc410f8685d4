public import SurveyYAML

/// A titled part of a form; its questions are asked together, in order.
public struct Section: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var help: String?
    /// The section is asked only when this holds.
    public var condition: Condition?
    public var questions: [Question]
    public var location: SourceLocation

    public init(id: String, title: String, help: String? = nil, condition: Condition? = nil,
                questions: [Question], location: SourceLocation) {
        self.id = id
        self.title = title
        self.help = help
        self.condition = condition
        self.questions = questions
        self.location = location
    }
}
