public import SurveyForm
public import SurveyResponses

/// Keeps the `not-applicable` marks of a response in step with the form's conditions.
///
/// Answers are never deleted: an answer whose question no longer applies is marked, and
/// unmarked again when a later change makes the question apply once more.
public enum ApplicabilityMarker {
    public struct Changes: Hashable, Sendable {
        /// Questions whose kept answers stopped counting, in form order.
        public var noLongerApplicable: [String] = []
        /// Questions whose kept answers count again, in form order.
        public var applicableAgain: [String] = []

        public var isEmpty: Bool { noLongerApplicable.isEmpty && applicableAgain.isEmpty }
    }

    /// The questions that apply, given every answer in the response (marked ones included:
    /// the form only lets an answer count when its own question applies).
    public static func applicableIDs(in response: Response, form: Form) -> Set<String> {
        var values: [String: AnswerValue] = [:]
        for (id, entry) in response.entries {
            if let value = entry.value { values[id] = value }
        }
        return form.applicableQuestionIDs(answers: values)
    }

    @discardableResult
    public static func refresh(_ response: inout Response, form: Form) -> Changes {
        let applicable = applicableIDs(in: response, form: form)
        var changes = Changes()
        for question in form.questions {
            guard var entry = response[question.id] else { continue }
            let shouldBeMarked = !applicable.contains(question.id)
            guard entry.notApplicable != shouldBeMarked else { continue }
            entry.notApplicable = shouldBeMarked
            response[question.id] = entry
            if shouldBeMarked {
                changes.noLongerApplicable.append(question.id)
            } else {
                changes.applicableAgain.append(question.id)
            }
        }
        return changes
    }
}
