public import SurveyForm

extension AnswerParser {
    /// One option, by number or label; the "other" option as `Annat: text` (or `5: text`).
    public static func parseSingleChoice(_ line: String, spec: ChoiceSpec) -> Result<AnswerValue, InputProblem> {
        switch parseChoiceList(line, spec: spec) {
        case .failure(let problem):
            return .failure(problem)
        case .success(let (ids, other)):
            return choiceAnswer(ids: ids, other: other, spec: spec, multiple: false)
        }
    }

    /// Options separated by commas ("1,3", "rektorer, förvaltning"), the "other" option last with its text.
    public static func parseMultipleChoice(_ line: String, spec: ChoiceSpec) -> Result<AnswerValue, InputProblem> {
        switch parseChoiceList(line, spec: spec) {
        case .failure(let problem):
            return .failure(problem)
        case .success(let (ids, other)):
            return choiceAnswer(ids: ids, other: other, spec: spec, multiple: true)
        }
    }

    /// The rules of a choice answer, however it was given (typed at the terminal, ticked in a
    /// browser): known options only, one for a single choice, the question's minimum and
    /// maximum for a multiple choice, and a text with "Annat, nämligen …" and only with it,
    /// checked like any typed answer. The answer lists the options in the form's order.
    public static func choiceAnswer(ids: [String], other: String?, spec: ChoiceSpec, multiple: Bool) -> Result<AnswerValue, InputProblem> {
        let options = spec.options
        let chosen = Set(ids)
        guard chosen.allSatisfy({ id in options.contains { $0.id == id } }) else {
            return .failure(InputProblem("Välj bland frågans alternativ."))
        }
        let ordered = options.map(\.id).filter { chosen.contains($0) }
        let otherLabel = spec.otherLabel ?? ChoiceSpec.defaultOtherLabel
        var otherText: String?
        if let other, !other.trimmingWhitespace().isEmpty {
            let trimmed = other.trimmingWhitespace()
            guard chosen.contains(ChoiceSpec.otherID) else {
                return .failure(InputProblem("Texten hör till alternativet ”\(otherLabel)”; välj det också, eller ta bort texten."))
            }
            if let problem = lengthProblem(trimmed) ?? controlCharacterProblem(trimmed) { return .failure(problem) }
            otherText = trimmed
        }
        if chosen.contains(ChoiceSpec.otherID), otherText == nil {
            return .failure(InputProblem("Skriv vad du menar med ”\(otherLabel)”."))
        }
        guard multiple else {
            guard ordered.count == 1, let id = ordered.first else {
                return .failure(InputProblem(ordered.isEmpty ? "Välj ett alternativ." : "Välj bara ett alternativ."))
            }
            return .success(.choice(id, other: otherText))
        }
        if let minimum = spec.minimumSelected, ordered.count < minimum {
            return .failure(InputProblem("Välj minst \(minimum) alternativ."))
        }
        if let maximum = spec.maximumSelected, ordered.count > maximum {
            return .failure(InputProblem("Välj högst \(maximum) alternativ."))
        }
        return .success(.choices(ordered, other: otherText))
    }

    /// The chosen ids as typed, and the text of the "other" option; `choiceAnswer` orders and checks them.
    static func parseChoiceList(_ line: String, spec: ChoiceSpec) -> Result<([String], String?), InputProblem> {
        if let problem = lengthProblem(line) { return .failure(problem) }
        let matcher = OptionMatcher(choices: spec.options)
        let trimmed = line.trimmingWhitespace()
        // A whole line that names one option wins, so a label holding a comma still works.
        if !trimmed.contains(":"), case .success(let option) = matcher.match(trimmed) {
            if option.id == ChoiceSpec.otherID {
                let example = trimmed.allSatisfy(\.isNumber) ? "\(option.number):" : "Annat:"
                return .failure(InputProblem("Skriv vad du menar efter kolon, till exempel \(example) Ledningsgruppen."))
            }
            return .success(([option.id], nil))
        }
        var listPart = Substring(trimmed)
        var other: String?
        if let colon = trimmed.firstIndex(of: ":") {
            let before = trimmed[..<colon]
            let tokenStart = before.lastIndex(of: ",").map { before.index(after: $0) } ?? before.startIndex
            let token = String(before[tokenStart...])
            let otherOption = matcher.options.first { $0.id == ChoiceSpec.otherID }
            guard let otherOption else {
                return .failure(InputProblem("Frågan har inget alternativ Annat; svara med numren eller namnen, åtskilda med komma."))
            }
            let isOther = token.trimmingWhitespace().lowercased() == "annat"
                || (try? matcher.match(token).get())?.id == otherOption.id
            guard isOther else {
                return .failure(InputProblem("Bara alternativet \(otherOption.label) tar en text efter kolon, till exempel \(otherOption.number): Ledningsgruppen."))
            }
            let text = String(trimmed[trimmed.index(after: colon)...]).trimmingWhitespace()
            guard !text.isEmpty else {
                return .failure(InputProblem("Skriv vad du menar efter kolon, till exempel Annat: Ledningsgruppen."))
            }
            if let problem = controlCharacterProblem(text) { return .failure(problem) }
            other = text
            listPart = before[..<tokenStart]
        }
        var ids: [String] = other == nil ? [] : [ChoiceSpec.otherID]
        for token in tokens(listPart) {
            switch matcher.match(token) {
            case .failure(let problem):
                return .failure(problem)
            case .success(let option):
                if option.id == ChoiceSpec.otherID, other == nil {
                    return .failure(InputProblem("Skriv vad du menar efter kolon, till exempel \(option.number): Ledningsgruppen."))
                }
                ids.append(option.id)
            }
        }
        if ids.isEmpty {
            return .failure(InputProblem("Välj ett alternativ med nummer (\(matcher.numberRange)) eller namn."))
        }
        return .success((ids, other))
    }

    /// Comma-separated tokens; numbers may also be separated by spaces ("1 3").
    static func tokens(_ text: Substring) -> [String] {
        text.split(separator: ",").flatMap { part -> [String] in
            let trimmed = String(part).trimmingWhitespace()
            let words = trimmed.split(separator: " ")
            if words.count > 1, words.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
                return words.map(String.init)
            }
            return trimmed.isEmpty ? [] : [trimmed]
        }
    }
}
