import SurveyForm

/// What came of asking one question.
enum QuestionResult: Hashable, Sendable {
    case answer(AnswerValue)
    /// Enter on a question that has an answer: keep it (and confirm it, if it was last year's).
    case keep
    /// A soft-required question left empty, confirmed.
    case empty
    /// `:skip` on an optional question.
    case skip
    case back(discarded: Bool)
    case goto(Question, discarded: Bool)
    case quit(discarded: Bool)
    case endOfInput(discarded: Bool)
    /// Ctrl-C, a hang-up or `kill`.
    case interrupted(discarded: Bool)
}
