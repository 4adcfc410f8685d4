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
                    return [.error("\(quoted: op.rawValue) compares numbers, terms and dates; \(quoted: id) is a \(target.kind.name) question", at: reference.location)]
                }
            }
            if case .multipleChoice = target.kind {
                return [.error("\(quoted: op.rawValue) cannot test the multiple-choice question \(quoted: id); write '\(id) contains CHOICE'", at: reference.location)]
            }
            return valueProblems(operand, target: target)
        case let .contains(reference, operand):
            switch target.kind {
            case .multipleChoice, .text, .shortText:
                return valueProblems(operand, target: target)
            case .checkGrid(let spec):
                return columnProblems(operand, spec: spec, id: id)
            default:
                return [.error("'contains' tests multiple-choice, check-grid and text questions; \(quoted: id) is a \(target.kind.name) question; use '=='", at: reference.location)]
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
                return [.error("\(quoted: id) takes a number; it cannot be \(operand.quoted)", at: at)]
            }
            if spec.integer, value != value.rounded() {
                return [.error("\(quoted: id) takes whole numbers; it cannot be \(operand.quoted)", at: at)]
            }
            if let minimum = spec.minimum, value < minimum {
                return [.error("\(quoted: id) cannot be \(operand.quoted); its answers are at least \(Condition.Operand.format(minimum))", at: at)]
            }
            if let maximum = spec.maximum, value > maximum {
                return [.error("\(quoted: id) cannot be \(operand.quoted); its answers are at most \(Condition.Operand.format(maximum))", at: at)]
            }
            return []
        case .scale(let points):
            let values = points.map(\.value)
            guard case .number(let value) = operand.value else {
                return [.error("\(quoted: id) is a scale; compare it with one of its values \(list(values.map(String.init))), not \(operand.quoted)", at: at)]
            }
            guard let first = values.first, let last = values.last else { return [] }
            if Double(first) > value || value > Double(last) {
                return [.error("\(quoted: id) is a scale from \(first) to \(last); it cannot be \(operand.quoted)", at: at)]
            }
            return []
        case .yesNo:
            if case .word(let word) = operand.value, word == "ja" || word == "nej" { return [] }
            return [.error("\(quoted: id) is a yes-no question; compare it with ja or nej, not \(operand.quoted)", at: at)]
        case .singleChoice(let spec), .multipleChoice(let spec):
            let ids = spec.options.map(\.id)
            if ids.contains(operand.textValue) { return [] }
            if let byLabel = spec.options.first(where: { $0.label == operand.textValue }) {
                return [.error("\(quoted: id) has no choice \(operand.quoted); choices are compared by id: \(byLabel.id)", at: at)]
            }
            let hint = Suggestion.closest(to: operand.textValue, in: ids).map { "; did you mean \(quoted: $0)?" }
                ?? "; its choices are \(list(ids))"
            return [.error("\(quoted: id) has no choice \(operand.quoted)\(hint)", at: at)]
        case .status:
            if Status(rawValue: operand.textValue) != nil { return [] }
            return [.error("\(quoted: id) is a status question; its values are ej-paborjad, paborjad and klar, not \(operand.quoted)", at: at)]
        case .termOrDate(let accept):
            guard let value = TermOrDate(parsing: operand.textValue) else {
                return [.error("\(quoted: id) takes a term or a date such as 'vt 2013' or '2013-09-15', not \(operand.quoted)", at: at)]
            }
            if accept == .term, !value.isTerm {
                return [.error("\(quoted: id) takes terms only (such as 'vt 2013'), not \(operand.quoted)", at: at)]
            }
            if accept == .date, value.isTerm {
                return [.error("\(quoted: id) takes dates only (such as '2013-09-15'), not \(operand.quoted)", at: at)]
            }
            return []
        case .text, .shortText:
            return []
        case .countGrid:
            return [.error("a count-grid question such as \(quoted: id) can only be tested with answered(\(id))", at: at)]
        case .checkGrid(let spec):
            return columnProblems(operand, spec: spec, id: id)
        }
    }

    private static func columnProblems(_ operand: Condition.Operand, spec: CheckGridSpec, id: String) -> [Diagnostic] {
        let ids = spec.columns.map(\.id)
        if ids.contains(operand.textValue) { return [] }
        return [.error("\(quoted: id) has no column \(operand.quoted); its columns are \(list(ids))", at: operand.location)]
    }

    private static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return "none"
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
