public import SurveyForm
import SurveyResponses
import SurveyText

/// Turns what a respondent typed into an answer of the question's kind, or says in Swedish what is expected.
///
/// Pure functions, one per kind; the session decides about empty input and commands before
/// calling them, so every function here gets a non-empty line.
public enum AnswerParser {
    /// An answer typed on one line; for the kinds asked on one line (not text and not the grids).
    public static func parseLine(_ line: String, for kind: QuestionKind) -> Result<AnswerValue, InputProblem> {
        switch kind {
        case .text(let maxLength):
            return parseText(line, maxLength: maxLength)
        case .shortText(let maxLength):
            return parseShortText(line, maxLength: maxLength)
        case .number(let spec):
            return parseNumber(line, spec: spec)
        case .singleChoice(let spec):
            return parseSingleChoice(line, spec: spec)
        case .multipleChoice(let spec):
            return parseMultipleChoice(line, spec: spec)
        case .yesNo:
            return parseYesNo(line)
        case .scale(let points):
            return parseScale(line, points: points)
        case .status:
            return parseStatus(line)
        case .termOrDate(let accept):
            return parseTermOrDate(line, accept: accept)
        case .countGrid, .checkGrid:
            return .failure(InputProblem("Den här frågan besvaras rad för rad."))
        }
    }

    /// Free text of one or more lines; surrounding blank lines are dropped.
    public static func parseText(_ text: String, maxLength: Int?) -> Result<AnswerValue, InputProblem> {
        let trimmed = text.trimmingWhitespace()
        if let problem = lengthProblem(trimmed) { return .failure(problem) }
        if trimmed.isEmpty { return .failure(InputProblem("Svaret är tomt.")) }
        if let problem = controlCharacterProblem(trimmed) { return .failure(problem) }
        if let maxLength, trimmed.count > maxLength {
            return .failure(InputProblem("Svaret är \(trimmed.count) tecken långt; högst \(maxLength) får plats. Korta det och skriv det igen."))
        }
        return .success(.text(trimmed))
    }

    public static func parseShortText(_ line: String, maxLength: Int) -> Result<AnswerValue, InputProblem> {
        if line.contains("\n") { return .failure(InputProblem("Svaret ska stå på en rad.")) }
        return parseText(line, maxLength: maxLength)
    }

    public static func parseNumber(_ line: String, spec: NumberSpec) -> Result<AnswerValue, InputProblem> {
        if let problem = lengthProblem(line) { return .failure(problem) }
        let example = spec.integer ? "Skriv ett heltal, till exempel 12." : "Skriv ett tal, till exempel 12 eller 10,7."
        guard let number = SwedishNumber.parse(line), number.isFinite else {
            return .failure(InputProblem("\"\(line.trimmingWhitespace())\" är inget tal. \(example)"))
        }
        if AnswerLimits.isTooLarge(number) {
            return .failure(InputProblem("Talet är för stort; ett svar får ha högst \(AnswerLimits.numberDigits) siffror före decimalkommat."))
        }
        if spec.integer, number != number.rounded() {
            return .failure(InputProblem("Svaret ska vara ett heltal, utan decimaler."))
        }
        if let minimum = spec.minimum, number < minimum {
            return .failure(InputProblem("Talet ska vara minst \(AnswerValue.swedishNumber(minimum))."))
        }
        if let maximum = spec.maximum, number > maximum {
            return .failure(InputProblem("Talet ska vara högst \(AnswerValue.swedishNumber(maximum))."))
        }
        return .success(.number(number))
    }

    /// Why a number that is within bounds still looks wrong, when it is above the question's
    /// plausible maximum ("1200 är mer än väntat här (oftast högst 50)."); the runner then asks
    /// "Stämmer det?" and takes the number if the respondent says yes.
    public static func implausibility(of number: Double, spec: NumberSpec) -> String? {
        guard let plausible = spec.plausibleMaximum, number > plausible else { return nil }
        let unit = spec.unit.map { " \($0)" } ?? ""
        return "\(AnswerValue.swedishNumber(number))\(unit) är mer än väntat här (oftast högst \(AnswerValue.swedishNumber(plausible)))."
    }

    public static func parseYesNo(_ line: String) -> Result<AnswerValue, InputProblem> {
        if let problem = lengthProblem(line) { return .failure(problem) }
        return switch line.trimmingWhitespace().lowercased() {
        case "j", "ja": .success(.yesNo(true))
        case "n", "nej": .success(.yesNo(false))
        default: .failure(InputProblem("Svara ja eller nej (j/n)."))
        }
    }

    public static func parseScale(_ line: String, points: [ScalePoint]) -> Result<AnswerValue, InputProblem> {
        if let problem = lengthProblem(line) { return .failure(problem) }
        let matcher = OptionMatcher(options: points.map { .init(number: $0.value, id: String($0.value), label: $0.label) })
        switch matcher.match(line) {
        case .success(let option): return .success(.scale(option.number))
        case .failure(let problem): return .failure(problem)
        }
    }

    /// The three steps of a `status` question, numbered 1–3 as the respondent sees them.
    public static let statusMatcher = OptionMatcher(options: Status.allCases.enumerated().map {
        .init(number: $0.offset + 1, id: $0.element.rawValue, label: $0.element.label)
    })

    public static func parseStatus(_ line: String) -> Result<AnswerValue, InputProblem> {
        if let problem = lengthProblem(line) { return .failure(problem) }
        switch statusMatcher.match(line) {
        case .success(let option):
            guard let status = Status(rawValue: option.id) else { return .failure(InputProblem("Svara 1, 2 eller 3.")) }
            return .success(.status(status))
        case .failure(let problem):
            return .failure(problem)
        }
    }

    public static func parseTermOrDate(_ line: String, accept: TermOrDate.Accept) -> Result<AnswerValue, InputProblem> {
        if let problem = lengthProblem(line) { return .failure(problem) }
        let expected = switch accept {
        case .term: "Skriv en termin, till exempel vt 2013 eller ht 2012."
        case .date: "Skriv ett datum, till exempel 2013-09-15."
        case .both: "Skriv en termin (till exempel vt 2013) eller ett datum (till exempel 2013-09-15)."
        }
        guard let value = TermOrDate(parsing: line) else {
            return .failure(InputProblem("\"\(line.trimmingWhitespace())\" är varken en termin eller ett datum. \(expected)"))
        }
        if accept == .term, !value.isTerm {
            return .failure(InputProblem("Frågan gäller en termin, inte ett datum. \(expected)"))
        }
        if accept == .date, value.isTerm {
            return .failure(InputProblem("Frågan gäller ett datum, inte en termin. \(expected)"))
        }
        return .success(.termOrDate(value))
    }

    /// An answer longer than any answer may be (`AnswerLimits`), refused before it is looked at.
    ///
    /// Every public parser here calls it first, so no path (terminal or browser) saves an answer
    /// that is too long, and no message echoes one.
    public static func lengthProblem(_ text: String) -> InputProblem? {
        guard AnswerLimits.exceeds(text) else { return nil }
        return InputProblem("Svaret är för långt (\(AnswerLimits.grouped(text.count)) tecken); ett svar får vara högst \(AnswerLimits.maximumCharactersInSwedish) tecken. Korta det och skriv det igen.")
    }

    /// Why a typed text is refused for the characters in it, if it is: the characters
    /// `TextSafety` calls unsafe. Escape sequences from arrow keys and the like would end up in
    /// the file unseen; bidirectional controls would turn what a reader sees around.
    /// Every runner (terminal or browser) refuses with this one rule and these words.
    public static func controlCharacterProblem(_ text: String) -> InputProblem? {
        guard let found = TextSafety.firstUnsafe(in: text) else { return nil }
        if TextSafety.isBidirectionalControl(found) {
            return InputProblem("Svaret innehåller ett osynligt tecken som vänder textens riktning (\(TextSafety.codePoint(found))); skriv det igen utan det.")
        }
        return InputProblem("Svaret innehåller styrtecken (till exempel från piltangenterna); skriv det igen.")
    }
}
