import SurveyYAML

/// Checks that a condition compares a question only with values that question can take.
enum ConditionValueCheck {
    /// Problems with one leaf comparison (`compare`, `contains`, `oneOf`, `answered`) against its target.
    static func problems(in leaf: Condition, target: Question) -> [Diagnostic] {
        let id = target.id
        switch leaf {
        case .answered:
            return []
        case let .compare(reference, op, operand):
            if op.isOrdering {
                switch target.kind {
                case .number, .scale, .termOrDate:
                    break
                default:
                    return [.error("\(quoted: op.rawValue) jämför tal, terminer och datum; \(quoted: id) är en fråga av typen \(quoted: target.kind.name)", at: reference.location)]
                }
            }
            if case .multipleChoice = target.kind {
                return [.error("\(quoted: op.rawValue) kan inte testa \(quoted: id), en fråga av typen 'multiple-choice'; skriv '\(id) contains SVARSALTERNATIV'", at: reference.location)]
            }
            return valueProblems(operand, target: target)
        case let .contains(reference, operand):
            switch target.kind {
            case .multipleChoice, .text, .shortText:
                return valueProblems(operand, target: target)
            case .checkGrid(let spec):
                return columnProblems(operand, spec: spec, id: id)
            default:
                return [.error("'contains' testar frågor av typerna multiple-choice, check-grid, text och short-text; \(quoted: id) är en fråga av typen \(quoted: target.kind.name); använd '=='", at: reference.location)]
            }
        case let .oneOf(_, operands):
            return operands.flatMap { valueProblems($0, target: target) }
        default:
            return []
        }
    }

    private static func valueProblems(_ operand: Condition.Operand, target: Question) -> [Diagnostic] {
        let id = target.id
        let at = operand.location
        switch target.kind {
        case .number(let spec):
            guard case .number(let value) = operand.value else {
                return [.error("\(quoted: id) besvaras med ett tal, inte \(operand.quoted)", at: at)]
            }
            if spec.integer, value != value.rounded() {
                return [.error("\(quoted: id) besvaras med heltal, inte \(operand.quoted)", at: at)]
            }
            if let minimum = spec.minimum, value < minimum {
                return [.error("\(quoted: id) kan inte vara \(operand.quoted); svaren är minst \(Condition.Operand.format(minimum))", at: at)]
            }
            if let maximum = spec.maximum, value > maximum {
                return [.error("\(quoted: id) kan inte vara \(operand.quoted); svaren är högst \(Condition.Operand.format(maximum))", at: at)]
            }
            return []
        case .scale(let points):
            let values = points.map(\.value)
            guard case .number(let value) = operand.value else {
                return [.error("\(quoted: id) är en skala; jämför med ett av skalans värden \(list(values.map(String.init))), inte \(operand.quoted)", at: at)]
            }
            guard let first = values.first, let last = values.last else { return [] }
            if Double(first) > value || value > Double(last) {
                return [.error("\(quoted: id) är en skala från \(first) till \(last); den kan inte vara \(operand.quoted)", at: at)]
            }
            return []
        case .yesNo:
            if case .word(let word) = operand.value, word == "ja" || word == "nej" { return [] }
            return [.error("\(quoted: id) är en fråga av typen 'yes-no'; jämför med ja eller nej, inte \(operand.quoted)", at: at)]
        case .singleChoice(let spec), .multipleChoice(let spec):
            let ids = spec.options.map(\.id)
            if ids.contains(operand.textValue) { return [] }
            if let byLabel = spec.options.first(where: { $0.label == operand.textValue }) {
                return [.error("\(quoted: id) har inget svarsalternativ \(operand.quoted); svarsalternativ jämförs med sitt id: \(byLabel.id)", at: at)]
            }
            let hint = Suggestion.closest(to: operand.textValue, in: ids).map(Suggestion.didYouMean)
                ?? "; svarsalternativen är \(list(ids))"
            return [.error("\(quoted: id) har inget svarsalternativ \(operand.quoted)\(hint)", at: at)]
        case .status:
            if Status(rawValue: operand.textValue) != nil { return [] }
            return [.error("\(quoted: id) är en fråga av typen 'status'; värdena är ej-paborjad, paborjad och klar, inte \(operand.quoted)", at: at)]
        case .termOrDate(let accept):
            guard let value = TermOrDate(parsing: operand.textValue) else {
                return [.error("\(quoted: id) besvaras med en termin eller ett datum, som 'vt 2013' eller '2013-09-15', inte \(operand.quoted)", at: at)]
            }
            if accept == .term, !value.isTerm {
                return [.error("\(quoted: id) besvaras bara med terminer (som 'vt 2013'), inte \(operand.quoted)", at: at)]
            }
            if accept == .date, value.isTerm {
                return [.error("\(quoted: id) besvaras bara med datum (som '2013-09-15'), inte \(operand.quoted)", at: at)]
            }
            return []
        case .text, .shortText:
            return []
        case .countGrid:
            return [.error("en fråga av typen 'count-grid', som \(quoted: id), kan bara testas med answered(\(id))", at: at)]
        case .checkGrid(let spec):
            return columnProblems(operand, spec: spec, id: id)
        }
    }

    private static func columnProblems(_ operand: Condition.Operand, spec: CheckGridSpec, id: String) -> [Diagnostic] {
        let ids = spec.columns.map(\.id)
        if ids.contains(operand.textValue) { return [] }
        return [.error("\(quoted: id) har ingen kolumn \(operand.quoted); kolumnerna är \(list(ids))", at: operand.location)]
    }

    private static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return "inga"
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " och " + items.last!
        }
    }
}
