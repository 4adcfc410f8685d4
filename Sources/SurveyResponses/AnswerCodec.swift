import Foundation
public import SurveyForm
public import SurveyYAML

/// Reads and writes one answer in a response file, in the shape its question's kind asks for.
public enum AnswerCodec {
    /// Reads an entry's `answer` (with `other` and `total`), reporting what does not fit the question.
    public static func decode(answer node: YAMLNode, other: YAMLNode?, total: YAMLNode?, question: Question,
                              reader: inout YAMLSchemaReader) -> AnswerValue? {
        let id = question.id
        switch question.kind {
        case .text(let maxLength), .shortText(let maxLength as Int?):
            guard let text = node.scalar, node.pairs == nil, node.items == nil else {
                reader.error("\(quoted: id) takes text, not \(node.kindDescription)", at: node.location)
                return nil
            }
            if node.isNull { return .text("") }
            if let maxLength, text.count > maxLength {
                reader.error("the answer to \(quoted: id) is \(text.count) characters; the form allows \(maxLength)", at: node.location)
                return nil
            }
            return .text(text)
        case .number(let spec):
            guard let number = node.double ?? node.scalar.flatMap(SwedishNumber.parse), number.isFinite, node.items == nil else {
                reader.error("\(quoted: id) takes a number, not \(reader.describe(node))", at: node.location)
                return nil
            }
            if let problem = SwedishNumber.problem(with: number, spec: spec) {
                reader.error("\(quoted: id) \(problem)", at: node.location)
                return nil
            }
            return .number(number)
        case .singleChoice(let spec):
            guard let choice = choiceID(node, spec: spec, question: question, reader: &reader) else { return nil }
            let otherText = otherText(other, choiceIDs: [choice], question: question, reader: &reader)
            return .choice(choice, other: otherText)
        case .multipleChoice(let spec):
            let nodes = node.items ?? [node]
            var chosen = Set<String>()
            var failed = false
            for item in nodes where !item.isNull {
                guard let choice = choiceID(item, spec: spec, question: question, reader: &reader) else {
                    failed = true
                    continue
                }
                if !chosen.insert(choice).inserted {
                    reader.warning("\(quoted: choice) is chosen twice in \(quoted: id)", at: item.location)
                }
            }
            if failed { return nil }
            if let maximum = spec.maximumSelected, chosen.count > maximum {
                reader.error("\(quoted: id) allows at most \(maximum) choices, found \(chosen.count)", at: node.location)
                return nil
            }
            let ordered = spec.options.map(\.id).filter { chosen.contains($0) }
            let otherText = otherText(other, choiceIDs: ordered, question: question, reader: &reader)
            return .choices(ordered, other: otherText)
        case .yesNo:
            if let flag = node.bool { return .yesNo(flag) }
            switch node.scalar?.lowercased() {
            case "ja": return .yesNo(true)
            case "nej": return .yesNo(false)
            default:
                reader.error("\(quoted: id) is answered ja or nej, not \(reader.describe(node))", at: node.location)
                return nil
            }
        case .scale(let points):
            guard let value = node.int, points.contains(where: { $0.value == value }) else {
                let values = points.map { String($0.value) }.joined(separator: ", ")
                reader.error("\(quoted: id) is a scale with the values \(values), not \(reader.describe(node))", at: node.location)
                return nil
            }
            return .scale(value)
        case .status:
            let text = node.scalar ?? ""
            if let status = Status(rawValue: text) ?? Status.allCases.first(where: { $0.label == text.lowercased() }) {
                return .status(status)
            }
            reader.error("\(quoted: id) is ej-paborjad, paborjad or klar, not \(reader.describe(node))", at: node.location)
            return nil
        case .termOrDate(let accept):
            guard let text = node.scalar, let value = TermOrDate(parsing: text) else {
                reader.error("\(quoted: id) takes a term such as 'vt 2013' or a date such as '2013-09-15', not \(reader.describe(node))", at: node.location)
                return nil
            }
            if accept == .term && !value.isTerm || accept == .date && value.isTerm {
                reader.error("\(quoted: id) takes \(accept == .term ? "a term such as 'vt 2013'" : "a date such as '2013-09-15'"), not \(reader.describe(node))", at: node.location)
                return nil
            }
            return .termOrDate(value)
        case .countGrid(let spec):
            guard let pairs = node.pairs else {
                reader.error("\(quoted: id) takes a number per row (row id: number), not \(node.kindDescription)", at: node.location)
                return nil
            }
            var rows: [String: Int] = [:]
            var failed = false
            for pair in pairs {
                guard let rowID = knownID(pair.key, among: spec.rows, what: "row", question: id, reader: &reader) else {
                    failed = true
                    continue
                }
                guard let count = pair.value.int, (0...CountGridSpec.maximumCount).contains(count) else {
                    reader.error("row \(quoted: rowID) of \(quoted: id) takes a whole number from 0 to \(CountGridSpec.maximumCount), not \(reader.describe(pair.value))", at: pair.value.location)
                    failed = true
                    continue
                }
                rows[rowID] = count
            }
            var totalValue: Int?
            if let total {
                if spec.totalLabel == nil {
                    reader.error("\(quoted: id) asks for no total; remove 'total:'", at: total.location)
                    failed = true
                } else if let value = total.int, (0...CountGridSpec.maximumCount).contains(value) {
                    totalValue = value
                } else {
                    reader.error("the total of \(quoted: id) must be a whole number from 0 to \(CountGridSpec.maximumCount), not \(reader.describe(total))", at: total.location)
                    failed = true
                }
            }
            return failed ? nil : .countGrid(rows, total: totalValue)
        case .checkGrid(let spec):
            guard let pairs = node.pairs else {
                reader.error("\(quoted: id) takes the checked columns per row (row id: [column ids]), not \(node.kindDescription)", at: node.location)
                return nil
            }
            var rows: [String: Set<String>] = [:]
            var failed = false
            for pair in pairs {
                guard let rowID = knownID(pair.key, among: spec.rows, what: "row", question: id, reader: &reader) else {
                    failed = true
                    continue
                }
                var checked = Set<String>()
                for item in pair.value.items ?? (pair.value.isNull ? [] : [pair.value]) {
                    guard let column = knownID(item, among: spec.columns, what: "column", question: id, reader: &reader) else {
                        failed = true
                        continue
                    }
                    checked.insert(column)
                }
                if !checked.isEmpty { rows[rowID] = checked }
            }
            return failed ? nil : .checkGrid(rows)
        }
    }

    private static func choiceID(_ node: YAMLNode, spec: ChoiceSpec, question: Question, reader: inout YAMLSchemaReader) -> String? {
        guard let text = node.scalar, node.pairs == nil else {
            reader.error("\(quoted: question.id) takes a choice id, not \(node.kindDescription)", at: node.location)
            return nil
        }
        let ids = spec.options.map(\.id)
        if ids.contains(text) { return text }
        if let byLabel = spec.options.first(where: { $0.label.lowercased() == text.lowercased() }) {
            reader.error("\(quoted: question.id) has no choice \(quoted: text); choices are written by id: \(byLabel.id)", at: node.location)
            return nil
        }
        let hint = Suggestion.closest(to: text, in: ids).map { "; did you mean \(quoted: $0)?" } ?? "; its choices are \(ids.joined(separator: ", "))"
        reader.error("\(quoted: question.id) has no choice \(quoted: text)\(hint)", at: node.location)
        return nil
    }

    private static func otherText(_ node: YAMLNode?, choiceIDs: [String], question: Question, reader: inout YAMLSchemaReader) -> String? {
        let text = node.flatMap { reader.text($0, key: "other") }
        if let node, text != nil, !choiceIDs.contains(ChoiceSpec.otherID) {
            reader.warning("'other' is given but \(quoted: question.id) does not have 'annat' chosen", at: node.location)
        }
        return text
    }

    private static func knownID(_ node: YAMLNode, among choices: [Choice], what: String, question: String,
                                reader: inout YAMLSchemaReader) -> String? {
        let text = node.scalar ?? ""
        let ids = choices.map(\.id)
        if ids.contains(text) { return text }
        let hint = Suggestion.closest(to: text, in: ids).map { "; did you mean \(quoted: $0)?" } ?? "; its \(what)s are \(ids.joined(separator: ", "))"
        reader.error("\(quoted: question) has no \(what) \(quoted: text)\(hint)", at: node.location)
        return nil
    }

    /// The `answer`, `other` and `total` keys that write a value back.
    public static func encode(_ value: AnswerValue, question: Question?) -> [(String, YAMLNode)] {
        switch value {
        case .text(let text):
            return [("answer", .string(text))]
        case .number(let number):
            return [("answer", .plain(SwedishNumber.yaml(number)))]
        case let .choice(id, other):
            return [("answer", .string(id))] + (other.map { [("other", .string($0))] } ?? [])
        case let .choices(ids, other):
            return [("answer", .sequence(ids.map(YAMLNode.string)))] + (other.map { [("other", .string($0))] } ?? [])
        case .yesNo(let yes):
            return [("answer", .string(yes ? "ja" : "nej"))]
        case .scale(let point):
            return [("answer", .plain(String(point)))]
        case .status(let status):
            return [("answer", .string(status.rawValue))]
        case .termOrDate(let when):
            return [("answer", .string(when.description))]
        case let .countGrid(rows, total):
            let order = question.flatMap { if case .countGrid(let spec) = $0.kind { spec.rows.map(\.id) } else { nil } } ?? rows.keys.sorted()
            let pairs = order.compactMap { id in rows[id].map { (id, YAMLNode.plain(String($0))) } }
            return [("answer", .mapping(pairs))] + (total.map { [("total", .plain(String($0)))] } ?? [])
        case .checkGrid(let rows):
            var rowOrder = rows.keys.sorted()
            var columnOrder: [String]?
            if case .checkGrid(let spec)? = question?.kind {
                rowOrder = spec.rows.map(\.id).filter { rows[$0] != nil }
                columnOrder = spec.columns.map(\.id)
            }
            let pairs = rowOrder.compactMap { id -> (String, YAMLNode)? in
                guard let checked = rows[id] else { return nil }
                let columns = columnOrder.map { $0.filter(checked.contains) } ?? checked.sorted()
                return (id, .sequence(columns.map(YAMLNode.string)))
            }
            return [("answer", .mapping(pairs))]
        }
    }
}
