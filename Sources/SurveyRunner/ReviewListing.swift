public import SurveyForm
public import SurveyResponses

/// `:review`: every question of the form with besvarad, saknas or ej aktuell.
public struct ReviewListing: Sendable {
    public let form: Form
    public let response: Response
    public let styling: Styling

    public init(form: Form, response: Response, styling: Styling = .plain) {
        self.form = form
        self.response = response
        self.styling = styling
    }

    public var text: String {
        let navigator = FillNavigator(form: form, response: response)
        var out = "\n" + styling.strong("Översikt") + ": \(navigator.settledCount) av \(navigator.order.count) aktuella frågor besvarade"
        out += navigator.missing.isEmpty ? "; inget som krävs saknas.\n" : ", \(navigator.missing.count) saknas.\n"
        var sectionID: String?
        for question in form.questions {
            if question.sectionID != sectionID, let section = form.section(of: question) {
                sectionID = question.sectionID
                out += section.title + "\n"
            }
            let (status, note) = state(of: question, navigator: navigator)
            let padded = status + String(repeating: " ", count: max(0, 11 - status.count))
            out += "  \(padded)\(question.id): \(question.qualifiedText)\(note.map { " – \($0)" } ?? "")\n"
        }
        return out
    }

    private func state(of question: Question, navigator: FillNavigator) -> (String, String?) {
        let entry = response[question.id]
        guard navigator.applicable.contains(question.id) else {
            return ("ej aktuell", entry?.value != nil ? "svaret finns kvar men räknas inte" : nil)
        }
        if let entry, entry.isSettled { return ("besvarad", entry.value == nil ? "lämnad tom" : nil) }
        if entry?.prefilled == true { return ("saknas", "förra årets svar, inte bekräftat") }
        switch question.requirement {
        case .optional: return ("saknas", "frivillig")
        case .soft: return ("saknas", "kan lämnas tom")
        case .required: return ("saknas", nil)
        }
    }
}
