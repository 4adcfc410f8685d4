extension Form {
    /// The questions whose conditions (their own and their section's) hold, given the answers.
    ///
    /// Evaluated in asking order, so a condition only sees answers to questions that are
    /// themselves applicable: an answer kept for a question that no longer applies counts
    /// as no answer.
    public func applicableQuestionIDs(answers: [String: AnswerValue]) -> Set<String> {
        var applicable = Set<String>()
        let lookup = { (id: String) -> AnswerValue? in applicable.contains(id) ? answers[id] : nil }
        for section in sections {
            if let condition = section.condition, !condition.holds(lookup) { continue }
            for question in section.questions {
                if let condition = question.condition, !condition.holds(lookup) { continue }
                applicable.insert(question.id)
            }
        }
        return applicable
    }
}
