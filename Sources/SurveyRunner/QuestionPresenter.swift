public import SurveyForm
public import SurveyResponses
import SurveyText

/// How a question looks at the terminal: headings, wording, help, options, how to answer.
public struct QuestionPresenter: Sendable {
    public let form: Form
    public let styling: Styling

    public init(form: Form, styling: Styling = .plain) {
        self.form = form
        self.styling = styling
    }

    /// Section, block and item headings for a question, for the parts that differ from where the respondent was.
    public func headings(for question: Question, after previous: HeadingContext?) -> String {
        let context = HeadingContext(question)
        var out = ""
        let section = form.section(of: question)
        if previous?.sectionID != context.sectionID, let section {
            out += "\n" + styling.strong("== \(section.title) ==") + "\n"
            if let help = section.help { out += indented(help, by: "") }
        }
        if let repetition = question.repetition {
            let blockChanged = previous?.sectionID != context.sectionID || previous?.blockID != context.blockID
            if blockChanged, let title = repetition.blockTitle, title != section?.title {
                out += "\n" + styling.strong("-- \(title) --") + "\n"
            }
            if blockChanged || previous?.itemID != context.itemID {
                let heading = repetition.itemGroup.map { "\($0): \(repetition.itemLabel)" } ?? repetition.itemLabel
                out += "\n" + styling.strong("--- \(heading) ---") + "\n"
                if let help = repetition.itemHelp { out += indented(help, by: "") }
            }
        }
        return out
    }

    /// The question with its number, wording, origin, help, options and how to answer it.
    public func block(for question: Question, number: Int, of total: Int, entry: AnswerEntry?) -> String {
        var out = "\n"
        let note = switch question.requirement {
        case .required: ""
        case .optional: " – frivillig"
        case .soft: " – kan lämnas tom"
        }
        out += styling.dim("Fråga \(number) av \(total) [\(question.id)]\(note)") + "\n"
        out += styling.strong(question.text) + "\n"
        if let origin = question.splitFrom { out += "  Delfråga av: \(origin)\n" }
        if let help = question.help { out += indented(help, by: "  ") }
        out += optionList(for: question.kind)
        out += hint(for: question.kind)
        if let entry { out += current(entry, question: question) }
        return out
    }

    /// The question's wording alone, to ask it again after a message.
    public func reminder(for question: Question) -> String {
        styling.strong(question.text) + "\n"
    }

    /// The numbered options of a choice, scale or status question.
    public func optionList(for kind: QuestionKind) -> String {
        let lines: [String] = switch kind {
        case .singleChoice(let spec), .multipleChoice(let spec):
            spec.options.enumerated().map { "  \($0.offset + 1). \($0.element.label)" }
        case .scale(let points):
            points.map { "  \($0.value). \($0.label)" }
        case .status:
            AnswerParser.statusMatcher.options.map { "  \($0.number). \($0.label)" }
        default:
            []
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// How to answer a kind, in one or two lines.
    public func hint(for kind: QuestionKind) -> String {
        let text: String
        switch kind {
        case .text(let maxLength):
            text = "Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare."
                + (maxLength.map { " Högst \($0) tecken." } ?? "")
        case .shortText(let maxLength):
            text = "Svara på en rad (högst \(maxLength) tecken)."
        case .number(let spec):
            var words = spec.integer ? "Svara med ett heltal" : "Svara med ett tal"
            if let unit = spec.unit { words += " (\(unit))" }
            switch (spec.minimum, spec.maximum) {
            case let (minimum?, maximum?): words += ", \(AnswerValue.swedishNumber(minimum))–\(AnswerValue.swedishNumber(maximum))"
            case let (minimum?, nil): words += ", minst \(AnswerValue.swedishNumber(minimum))"
            case let (nil, maximum?): words += ", högst \(AnswerValue.swedishNumber(maximum))"
            case (nil, nil): break
            }
            text = words + (spec.integer ? "." : ", till exempel 10,7.")
        case .singleChoice(let spec):
            text = "Svara med numret eller namnet på ett alternativ." + otherHint(spec)
        case .multipleChoice(let spec):
            var words = "Välj ett eller flera alternativ med nummer eller namn, åtskilda med komma (till exempel 1,3)."
            switch (spec.minimumSelected, spec.maximumSelected) {
            case let (minimum?, maximum?): words += " Välj \(minimum)–\(maximum)."
            case let (minimum?, nil): words += " Välj minst \(minimum)."
            case let (nil, maximum?): words += " Välj högst \(maximum)."
            case (nil, nil): break
            }
            text = words + otherHint(spec)
        case .yesNo:
            text = "Svara ja eller nej (j/n)."
        case .scale(let points):
            let range = OptionMatcher(options: points.map { .init(number: $0.value, id: "", label: $0.label) }).numberRange
            text = "Svara med en siffra (\(range)) eller med orden."
        case .status:
            text = "Svara med en siffra (1–3) eller med orden."
        case .termOrDate(let accept):
            text = switch accept {
            case .term: "Svara med en termin, till exempel vt 2013 eller ht 2012."
            case .date: "Svara med ett datum, till exempel 2013-09-15."
            case .both: "Svara med en termin (till exempel vt 2013) eller ett datum (till exempel 2013-09-15)."
            }
        case .countGrid(let spec):
            text = "Skriv antalet\(spec.unit.map { " (\($0))" } ?? "") för varje rad, 0 om ingen."
                + (spec.totalLabel.map { " Till sist \($0.lowercased()), som ska stämma med summan." } ?? "")
        case .checkGrid(let spec):
            let columns = spec.columns.enumerated().map { "\($0.offset + 1) \($0.element.label)" }.joined(separator: ", ")
            text = "Kolumner: \(columns).\nSkriv för varje rad vilka kolumner som gäller, med nummer eller namn (till exempel 1,3); tom rad = inga."
        }
        return text + "\n"
    }

    private func otherHint(_ spec: ChoiceSpec) -> String {
        guard let label = spec.otherLabel else { return "" }
        return " För \"\(label)\" skriv \(spec.options.count): och din text."
    }

    /// The answer the question has now, and how to keep it.
    public func current(_ entry: AnswerEntry, question: Question) -> String {
        let title = entry.prefilled ? "Förra årets svar" : "Nuvarande svar"
        var out: String
        if let value = entry.value {
            // From the response file, which may have been edited by hand: never shown raw.
            let shown = TextSafety.displayable(value.displayText(for: question).trimmingWhitespace())
            out = shown.contains("\n") ? "\(title):\n" + indented(shown, by: "  ") : "\(title): \(shown)\n"
        } else if entry.emptyConfirmed {
            out = "\(title): (lämnad tom)\n"
        } else {
            return ""
        }
        switch question.kind {
        case .countGrid, .checkGrid:
            out += entry.value != nil
                ? "Tryck Enter på varje rad för att behålla värdet inom hakparentes.\n"
                : "Skriv :skip för att fortsätta lämna den tom, eller fyll i raderna.\n"
        default:
            out += entry.prefilled
                ? "Tryck Enter för att behålla förra årets svar, eller skriv ett nytt.\n"
                : "Tryck Enter för att behålla svaret, eller skriv ett nytt.\n"
        }
        return out
    }

    /// The answer for a row prompt in brackets, when there is one to keep.
    public func bracketed(_ value: String?) -> String {
        value.map { " [\($0)]" } ?? ""
    }

    func indented(_ text: String, by prefix: String) -> String {
        text.trimmingWhitespace().split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "\n" : prefix + $0 + "\n" }.joined()
    }
}
