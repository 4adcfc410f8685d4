public import SurveyForm
public import SurveyResponses

extension ResponseSet {
    /// The free-text answers to a question that count: readable files, the question applies,
    /// the answer says something. Empty answers are "not answered" and left out.
    public func answers(to question: Question, in form: Form) -> [Answer] {
        guard let index = form.questionIndex[question.id] else { return [] }
        var answers: [Answer] = []
        for item in items {
            guard let response = item.result.response, case .text(let text)? = response.countedValue(of: question.id),
                  response.applicability(in: form)[index] else { continue }
            answers.append(Answer(respondent: item.location.respondent, text: text))
        }
        return answers
    }
}
