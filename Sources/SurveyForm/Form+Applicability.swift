extension Form {
    /// Whether each question (by its position in `questions`) applies, given the answers:
    /// its own and its section's conditions hold.
    ///
    /// Evaluated in asking order, so a condition only sees answers to questions that are
    /// themselves applicable: an answer kept for a question that no longer applies counts
    /// as no answer.
    public func applicability(answers: [String: AnswerValue]) -> [Bool] {
        applicability { answers[$0] }
    }

    /// The same, with answers looked up by question id as the conditions need them.
    public func applicability(answer: (String) -> AnswerValue?) -> [Bool] {
        var applies = [Bool](repeating: false, count: questions.count)
        let lookup = { (id: String) -> AnswerValue? in
            guard let index = questionIndex[id], applies[index] else { return nil }
            return answer(id)
        }
        var index = 0
        for section in sections {
            let sectionHolds = section.condition?.holds(lookup) ?? true
            for question in section.questions {
                if sectionHolds, question.condition?.holds(lookup) ?? true {
                    applies[index] = true
                }
                index += 1
            }
        }
        return applies
    }

    /// The ids of the questions that apply, given the answers; see `applicability(answers:)`.
    public func applicableQuestionIDs(answers: [String: AnswerValue]) -> Set<String> {
        let applies = applicability(answers: answers)
        return Set(questions.indices.filter { applies[$0] }.map { questions[$0].id })
    }
}
