public import SurveyForm
import SurveyResponses
import SurveyRunner

/// What the fields of one question, as posted, ask for: read with the runner's own parsers,
/// so a browser takes exactly the answers the terminal takes, with the same Swedish messages.
public enum AnswerIntake {
    public enum Intent: Hashable, Sendable {
        /// No answer in the fields.
        case nothing
        /// An answer; `keepLastYear` when "Behåll förra årets svar" was ticked too.
        case value(AnswerValue, keepLastYear: Bool)
        /// "Lämna frågan tom", for a question that may be left empty.
        case leaveEmpty
        /// The fields cannot be taken; the message says why, `control` names the field to fix.
        case problem(Problem)
    }

    public struct Problem: Error, Hashable, Sendable {
        public var message: String
        /// The id of the control the message is about (`f-ID`, `f-ID-rad-ROW` …).
        public var control: String
        /// A number above the question's plausible maximum: "Ja, talet stämmer" takes it.
        public var asksConfirmation: Bool

        public init(_ message: String, control: String, asksConfirmation: Bool = false) {
            self.message = message
            self.control = control
            self.asksConfirmation = asksConfirmation
        }
    }

    /// Reads a question's fields.
    public static func read(_ fields: FieldValues, question: Question) -> Intent {
        let id = question.id
        let control = ControlID.main(id)
        let wantsEmpty = fields[AnswerFields.leaveEmpty(id)] != nil
        let keep = fields[AnswerFields.keepLastYear(id)] != nil
        let value: AnswerValue?
        switch readValue(fields, question: question) {
        case .failure(let problem): return .problem(problem)
        case .success(let read): value = read
        }
        if wantsEmpty {
            guard value == nil else {
                return .problem(Problem("Du har både svarat och valt att lämna frågan tom; välj det ena.", control: control))
            }
            guard question.requirement != .required else {
                return .problem(Problem(SaveWording.requiredEmpty, control: control))
            }
            return .leaveEmpty
        }
        guard let value else { return .nothing }
        return .value(value, keepLastYear: keep)
    }

    private static func readValue(_ fields: FieldValues, question: Question) -> Result<AnswerValue?, Problem> {
        let id = question.id
        let control = ControlID.main(id)
        let raw = fields[AnswerFields.main(id)].map(AnswerFields.normalized) ?? ""
        let line = raw.trimmingWhitespace()
        func parsed(_ result: Result<AnswerValue, InputProblem>, control: String = control) -> Result<AnswerValue?, Problem> {
            switch result {
            case .success(let value): .success(value)
            case .failure(let problem): .failure(Problem(problem.message, control: control))
            }
        }
        switch question.kind {
        case .text(let maxLength):
            guard !line.isEmpty else { return .success(nil) }
            return parsed(AnswerParser.parseText(raw, maxLength: maxLength))
        case .shortText(let maxLength):
            guard !line.isEmpty else { return .success(nil) }
            return parsed(AnswerParser.parseShortText(line, maxLength: maxLength))
        case .number(let spec):
            guard !line.isEmpty else { return .success(nil) }
            let result = AnswerParser.parseNumber(line, spec: spec)
            if case .success(.number(let number)) = result, fields[AnswerFields.confirmNumber(id)] == nil,
               let doubt = AnswerParser.implausibility(of: number, spec: spec) {
                return .failure(Problem(doubt + " Stämmer det?", control: control, asksConfirmation: true))
            }
            return parsed(result)
        case .termOrDate(let accept):
            guard !line.isEmpty else { return .success(nil) }
            return parsed(AnswerParser.parseTermOrDate(line, accept: accept))
        case .yesNo:
            guard !line.isEmpty else { return .success(nil) }
            return parsed(AnswerParser.parseYesNo(line))
        case .scale(let points):
            guard !line.isEmpty else { return .success(nil) }
            guard let point = points.first(where: { String($0.value) == line }) else {
                return .failure(Problem("Välj ett av skalans steg.", control: control))
            }
            return .success(.scale(point.value))
        case .status:
            guard !line.isEmpty else { return .success(nil) }
            guard let status = Status(rawValue: line) else {
                return .failure(Problem("Välj ett av de tre stegen.", control: control))
            }
            return .success(.status(status))
        case .singleChoice(let spec), .multipleChoice(let spec):
            let ids = fields.all(AnswerFields.main(id)).filter { !$0.isEmpty }
            let other = fields[AnswerFields.other(id)].map(AnswerFields.normalized)
            let hasOther = !(other ?? "").trimmingWhitespace().isEmpty
            guard !ids.isEmpty || hasOther else { return .success(nil) }
            var multiple = false
            if case .multipleChoice = question.kind { multiple = true }
            let problemControl = hasOther && !ids.contains(ChoiceSpec.otherID) || ids.contains(ChoiceSpec.otherID) && !hasOther
                ? ControlID.other(id) : control
            return parsed(AnswerParser.choiceAnswer(ids: ids, other: other, spec: spec, multiple: multiple), control: problemControl)
        case .countGrid(let spec):
            return readCountGrid(fields, id: id, spec: spec)
        case .checkGrid(let spec):
            return readCheckGrid(fields, id: id, spec: spec)
        }
    }

    private static func readCountGrid(_ fields: FieldValues, id: String, spec: CountGridSpec) -> Result<AnswerValue?, Problem> {
        let typed = spec.rows.map { (fields[AnswerFields.row(id, $0.id)] ?? "").trimmingWhitespace() }
        let typedTotal = (fields[AnswerFields.total(id)] ?? "").trimmingWhitespace()
        guard typed.contains(where: { !$0.isEmpty }) || !typedTotal.isEmpty else { return .success(nil) }
        var values: [String: Int] = [:]
        for (row, text) in zip(spec.rows, typed) {
            let control = ControlID.row(id, row.id)
            guard !text.isEmpty else { return .failure(Problem(AnswerParser.countMissing, control: control)) }
            switch AnswerParser.parseCount(text) {
            case .success(let count): values[row.id] = count
            case .failure(let problem): return .failure(Problem(problem.message, control: control))
            }
        }
        guard spec.totalLabel != nil else { return .success(.countGrid(values, total: nil)) }
        let sum = values.values.reduce(0, +)
        let control = ControlID.total(id)
        guard !typedTotal.isEmpty else { return .failure(Problem(AnswerParser.totalMissing(sum: sum), control: control)) }
        switch AnswerParser.parseCount(typedTotal) {
        case .failure(let problem):
            return .failure(Problem(problem.message, control: control))
        case .success(let total):
            guard total == sum else {
                return .failure(Problem(AnswerParser.totalMismatch(sum: sum, total: total) + " Rätta totalen eller raderna.", control: control))
            }
            return .success(.countGrid(values, total: total))
        }
    }

    private static func readCheckGrid(_ fields: FieldValues, id: String, spec: CheckGridSpec) -> Result<AnswerValue?, Problem> {
        var rows: [String: Set<String>] = [:]
        let known = Set(spec.columns.map(\.id))
        for row in spec.rows {
            let checked = Set(fields.all(AnswerFields.row(id, row.id)).filter { !$0.isEmpty })
            guard checked.isSubset(of: known) else {
                return .failure(Problem("Kryssa bara i frågans kolumner.", control: ControlID.row(id, row.id)))
            }
            if !checked.isEmpty { rows[row.id] = checked }
        }
        let none = fields[AnswerFields.noChecks(id)] != nil
        if none {
            guard rows.isEmpty else {
                return .failure(Problem("Du har både kryssat i rutor och valt Inga kryss; välj det ena.", control: ControlID.noChecks(id)))
            }
            return .success(.checkGrid([:]))
        }
        return .success(rows.isEmpty ? nil : .checkGrid(rows))
    }
}

/// The ids of a question's controls on the page, for labels, errors and links to them.
public enum ControlID {
    public static func main(_ id: String) -> String { "f-" + id }
    public static func option(_ id: String, _ option: String) -> String { "f-" + id + "-" + option }
    public static func other(_ id: String) -> String { "f-" + id + "-annat-text" }
    public static func row(_ id: String, _ row: String) -> String { "f-" + id + "-rad-" + row }
    public static func cell(_ id: String, _ row: String, _ column: String) -> String { "f-" + id + "-rad-" + row + "-" + column }
    public static func total(_ id: String) -> String { "f-" + id + "-totalt" }
    public static func noChecks(_ id: String) -> String { "f-" + id + "-inga" }
    public static func leaveEmpty(_ id: String) -> String { "f-" + id + "-tom" }
    public static func keepLastYear(_ id: String) -> String { "f-" + id + "-behall" }
    public static func confirmNumber(_ id: String) -> String { "f-" + id + "-stammer" }
    public static func error(_ id: String) -> String { "fel-" + id }
    public static func help(_ id: String) -> String { "hjalp-" + id }
    public static func hint(_ id: String) -> String { "hur-" + id }
    public static func block(_ id: String) -> String { "fraga-" + id }
}
