public import SurveyForm
public import SurveyYAML

/// One respondent's answers to one form in one round, as kept in its response file.
public struct Response: Hashable, Sendable {
    public var formID: String
    public var formVersion: String
    public var respondent: String
    public var round: String
    public var created: Timestamp?
    public var updated: Timestamp?
    /// When the respondent sent the answers in ("Skicka in" in the browser); answers may still
    /// change afterwards, which `updated` then shows.
    public var submitted: Timestamp?
    /// Entries by question id; `answerOrder` keeps the order they are written in.
    public private(set) var entries: [String: AnswerEntry]
    /// Question ids in the order their entries are written.
    public private(set) var answerOrder: [String]

    public init(formID: String, formVersion: String, respondent: String, round: String,
                created: Timestamp? = nil, updated: Timestamp? = nil, submitted: Timestamp? = nil) {
        self.formID = formID
        self.formVersion = formVersion
        self.respondent = respondent
        self.round = round
        self.created = created
        self.updated = updated
        self.submitted = submitted
        self.entries = [:]
        self.answerOrder = []
    }

    public subscript(questionID: String) -> AnswerEntry? {
        get { entries[questionID] }
        set {
            if let newValue {
                if entries.updateValue(newValue, forKey: questionID) == nil { answerOrder.append(questionID) }
            } else if entries.removeValue(forKey: questionID) != nil {
                answerOrder.removeAll { $0 == questionID }
            }
        }
    }

    /// Entries in file order.
    public var orderedEntries: [(questionID: String, entry: AnswerEntry)] {
        answerOrder.compactMap { id in entries[id].map { (id, $0) } }
    }

    /// The answer to a question as it counts in tables and checks: given, readable, not marked
    /// not applicable, not an unconfirmed prefill, and not empty. (Whether the question applies
    /// is `applicability(in:)`'s part.)
    public func countedValue(of questionID: String) -> AnswerValue? {
        guard let entry = entries[questionID], !entry.notApplicable, !entry.prefilled,
              let value = entry.value, !value.isEmpty else { return nil }
        return value
    }

    /// Which of the form's questions apply to this response (by position in `form.questions`),
    /// answers marked not applicable counting as none.
    public func applicability(in form: Form) -> [Bool] {
        form.applicability { id in entries[id].flatMap { $0.notApplicable ? nil : $0.value } }
    }

    /// Puts the entries in the form's order, unknown questions last in their present order.
    public mutating func sortEntries(by form: Form) {
        var position: [String: Int] = [:]
        for (index, question) in form.questions.enumerated() { position[question.id] = index }
        let known = answerOrder.filter { position[$0] != nil }.sorted { position[$0]! < position[$1]! }
        let unknown = answerOrder.filter { position[$0] == nil }
        answerOrder = known + unknown
    }
}

/// What the file holds for one question.
public struct AnswerEntry: Hashable, Sendable {
    /// The answer, typed by the question's kind; nil when left empty on purpose or unreadable.
    public var value: AnswerValue?
    /// A soft-required question deliberately left empty.
    public var emptyConfirmed: Bool
    public var at: Timestamp?
    /// Given earlier, but a later change made the question's condition false. Kept, not counted.
    public var notApplicable: Bool
    /// Taken from last year's answers and not yet confirmed by the respondent.
    public var prefilled: Bool
    /// The entry as written, for questions the form does not have or answers that do not read;
    /// written back unchanged so nothing is lost.
    public var raw: YAMLNode?

    public init(value: AnswerValue? = nil, emptyConfirmed: Bool = false, at: Timestamp? = nil,
                notApplicable: Bool = false, prefilled: Bool = false, raw: YAMLNode? = nil) {
        self.value = value
        self.emptyConfirmed = emptyConfirmed
        self.at = at
        self.notApplicable = notApplicable
        self.prefilled = prefilled
        self.raw = raw
    }

    /// True when the entry settles the question: an answer, or an empty soft-required one confirmed.
    public var isSettled: Bool {
        if prefilled || notApplicable { return false }
        if let value { return !value.isEmpty }
        return emptyConfirmed
    }
}
