public import SurveyForm

/// `:help`: the question's help, how to answer its kind, and the commands.
public struct HelpText: Sendable {
    public let presenter: QuestionPresenter

    public init(presenter: QuestionPresenter) {
        self.presenter = presenter
    }

    public static let commands = """
    Kommandon (skrivs i stället för ett svar; det svenska namnet inom parentes går lika bra):
      :back      (:tillbaka)  tillbaka till föregående fråga
      :skip      (:hoppa)     hoppa över frågan (frivilliga frågor; en del frågor kan lämnas tomma om du bekräftar det)
      :goto ID   (:gå ID)     gå till en fråga, med id eller nummer (till exempel :goto mal-antal eller :goto 12)
      :review    (:översikt)  översikt över alla frågor: besvarad, saknas eller ej aktuell
      :edit      (:redigera)  skriv svaret i en textredigerare (textfrågor)
      :help      (:hjälp)     den här hjälpen
      :quit      (:avsluta)   avsluta; alla svar du har lämnat är redan sparade

    """

    public func text(for question: Question?) -> String {
        var out = "\n"
        if let question {
            out += "Hjälp till fråga \(question.id):\n"
            if let origin = question.splitFrom { out += "  Delfråga av: \(origin)\n" }
            if let help = question.help { out += presenter.indented(help, by: "  ") }
            out += presenter.indented(presenter.hint(for: question.kind), by: "  ")
            out += "\n"
        }
        return out + Self.commands
    }
}
