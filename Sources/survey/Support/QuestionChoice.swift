import ArgumentParser
import SurveyCommandSupport
import SurveyForm
import SurveyYAML

/// The question a command was asked for, by id, as `survey code` and `survey review` find it.
enum QuestionChoice {
    /// The form's question `id`; otherwise "Formuläret har ingen fråga 'x'; menade du 'y'?" on
    /// stderr and exit 64, the usage error it always was, without the usage text, which would not help.
    static func question(_ id: String, in form: Form) throws -> Question {
        guard let found = form.question(withID: id) else {
            StandardError.write("Formuläret har ingen fråga \(quoted: id)\(Suggestion.hint(for: id, in: form.questions.map(\.id))).\n")
            throw ExitCode(64)
        }
        return found
    }
}
