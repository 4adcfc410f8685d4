public import SurveyForm
public import SurveyResponses
import SurveyRunner

/// Applies what a page posted to a response: each question's fields read (`AnswerIntake`),
/// checked against the answer the page was made from, and taken as the terminal takes answers.
///
/// Pure: the caller reads the response under the file's lock, calls `apply`, and saves when
/// `changed`. A question whose answer changed since the page was made (in another tab, or at
/// the terminal) and that the post would change again is refused (`conflict`), never
/// silently overwritten; a question the post left as the page showed it is left alone.
public struct SectionUpdate: Sendable {
    public enum Outcome: Hashable, Sendable {
        /// The post left the question as the page showed it.
        case untouched
        /// Saved; the acknowledgement (`SaveWording`).
        case saved(String)
        /// The answer is the one the file holds.
        case unchanged
        /// Not taken; why, and the control the message is about.
        case refused(AnswerIntake.Problem)
        /// The answer changed since the page was made; the post is not taken.
        case conflict
        /// The question does not apply with the answers given; its fields are ignored.
        case notApplicable

        public var isRefusal: Bool {
            switch self {
            case .refused, .conflict: true
            default: false
            }
        }
    }

    public static let conflictMessage = "Svaret har ändrats sedan sidan visades (i en annan flik eller i terminalen), så det du skrev sparades inte. Här står svaret som gäller nu; ändra det igen om du vill."

    public private(set) var response: Response
    public private(set) var outcomes: [String: Outcome] = [:]
    /// What the change did to other questions, in the runner's words.
    public private(set) var notices: [String] = []
    public private(set) var changed = false
    /// The questions that applied before the post, and after it.
    public private(set) var applicableBefore: Set<String> = []
    public private(set) var applicableAfter: Set<String> = []

    public init(response: Response) {
        self.response = response
    }

    /// Takes the posted fields of `questions` (in form order), each against its `bas.ID`.
    public mutating func apply(_ fields: FieldValues, to questions: [Question], form: Form, at time: Timestamp) {
        applicableBefore = ApplicabilityMarker.applicableIDs(in: response, form: form)
        var applicable = applicableBefore
        for question in questions {
            let outcome = take(fields, question: question, form: form, at: time, applies: applicable.contains(question.id))
            outcomes[question.id] = outcome
            // A taken answer can change what applies to the questions after it.
            if case .saved = outcome { applicable = ApplicabilityMarker.applicableIDs(in: response, form: form) }
        }
        applicableAfter = applicable
        let changes = ApplicabilityMarker.refresh(&response, form: form)
        if !changes.isEmpty { changed = true }
        notices = changes.noLongerApplicable.map(SaveWording.noLongerApplicable) + changes.applicableAgain.map(SaveWording.applicableAgain)
    }

    private mutating func take(_ fields: FieldValues, question: Question, form: Form, at time: Timestamp, applies: Bool) -> Outcome {
        let id = question.id
        guard applies else { return .notApplicable }
        let base = fields[AnswerFields.base(id)] ?? ""
        let posted = fields.filtered { AnswerFields.belongs($0, to: id) }
        let intent = AnswerIntake.read(posted, question: question)
        let current = response[id]
        if AnswerFields.fingerprint(posted, question: id) == base, !asksAction(intent, fields: posted, id: id, current: current) {
            return .untouched
        }
        if case .problem(let problem) = intent { return .refused(problem) }
        var next = current
        let outcome = Self.result(of: intent, on: &next, question: question, at: time)
        if AnswerFields.fingerprint(of: current, question: question) != base {
            // The page was made from another answer than the file holds now.
            if case .refused = outcome { return outcome }
            guard Self.sameState(next, current) else { return .conflict }
            return .unchanged
        }
        if case .saved = outcome {
            response[id] = next
            changed = true
        }
        return outcome
    }

    /// "Behåll förra årets svar" ticked on an answer still waiting for it is a change even
    /// when the fields show what the page showed.
    private func asksAction(_ intent: AnswerIntake.Intent, fields: FieldValues, id: String, current: AnswerEntry?) -> Bool {
        if case .value(_, keepLastYear: true) = intent, current?.prefilled == true { return true }
        return false
    }

    /// What an intent makes of an entry, as the terminal's session does it.
    static func result(of intent: AnswerIntake.Intent, on entry: inout AnswerEntry?, question: Question, at time: Timestamp) -> Outcome {
        switch intent {
        case .problem(let problem):
            return .refused(problem)
        case .nothing:
            guard let current = entry, current.value != nil || current.emptyConfirmed else { return .unchanged }
            switch question.requirement {
            case .required:
                return .refused(AnswerIntake.Problem(SaveWording.requiredEmpty, control: ControlID.main(question.id)))
            case .soft:
                return .refused(AnswerIntake.Problem("Skriv ett svar, eller kryssa i Lämna frågan tom.", control: ControlID.main(question.id)))
            case .optional:
                if current.emptyConfirmed, current.value == nil { return .unchanged }
                entry = AnswerEntry(emptyConfirmed: true, at: time)
                return .saved(SaveWording.leftEmpty)
            }
        case .leaveEmpty:
            if let current = entry, current.emptyConfirmed, current.value == nil, !current.prefilled { return .unchanged }
            entry = AnswerEntry(emptyConfirmed: true, at: time)
            return .saved(SaveWording.leftEmpty)
        case .value(let value, let keep):
            if var current = entry, current.prefilled, current.value == value {
                guard keep else { return .unchanged }
                current.prefilled = false
                current.at = time
                entry = current
                return .saved(SaveWording.keptLastYear)
            }
            if let current = entry, current.value == value, !current.prefilled, !current.emptyConfirmed {
                return .unchanged
            }
            entry = AnswerEntry(value: value, at: time)
            return .saved(SaveWording.saved)
        }
    }

    /// Two entries that show the same answer the same way (times and applicability aside).
    static func sameState(_ a: AnswerEntry?, _ b: AnswerEntry?) -> Bool {
        a?.value == b?.value && (a?.emptyConfirmed ?? false) == (b?.emptyConfirmed ?? false) && (a?.prefilled ?? false) == (b?.prefilled ?? false)
    }
}
