public import SurveyForm
public import SurveyResponses
import SurveyText

/// What the respondent reads first: the form, who is answering, where answers go, and how far they have come.
public struct OpeningText: Sendable {
    public let form: Form
    public let response: Response
    public let start: FillStart
    public let prefill: PrefillSummary?
    public let fileDescription: String
    public let styling: Styling

    public init(form: Form, response: Response, start: FillStart, prefill: PrefillSummary?,
                fileDescription: String, styling: Styling = .plain) {
        self.form = form
        self.response = response
        self.start = start
        self.prefill = prefill
        self.fileDescription = fileDescription
        self.styling = styling
    }

    public var text: String {
        var out = styling.strong(form.title) + " (version \(form.version))\n"
        let round = response.round.isEmpty ? "" : ", omgång \(response.round)"
        // Names and the path come from the command line and the file: shown, never sent raw.
        out += TextSafety.displayable("Svarande: \(response.respondent)\(round). Svaren sparas i \(fileDescription).\n")
        switch start {
        case .new:
            if let description = form.description { out += "\n" + description.trimmingWhitespace() + "\n" }
        case .resumed:
            out += "\n" + resumeSummary
        }
        if let prefill { out += "\n" + prefill.text }
        out += "\nVarje svar sparas så fort du har lämnat det. Skriv :help för hjälp och kommandon.\n"
        return out
    }

    /// How many questions are answered and which are missing, for a respondent coming back.
    public var resumeSummary: String {
        let navigator = FillNavigator(form: form, response: response)
        let total = navigator.order.count
        let settled = navigator.settledCount
        let missing = navigator.missing
        var out = "Välkommen tillbaka. Du har besvarat \(settled) av \(total) frågor"
        if missing.isEmpty {
            out += "; inget som krävs saknas.\n"
        } else {
            let shown = missing.prefix(5).map(\.id)
            let rest = missing.count - shown.count
            let list = shown.joined(separator: ", ") + (rest > 0 ? " och \(rest) till" : "")
            out += "; \(missing.count) saknas: \(list).\n"
        }
        if let first = navigator.firstUnsettled() {
            out += "Vi fortsätter med fråga \(navigator.number(of: first.id) ?? 0), \(first.id).\n"
        }
        return out
    }
}
