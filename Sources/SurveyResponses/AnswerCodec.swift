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
                reader.error("svaret på \(quoted: id) ska vara text, inte \(node.kindDescription)", at: node.location)
                return nil
            }
            if node.isNull { return .text("") }
            if let maxLength, text.count > maxLength {
                reader.error("svaret på \(quoted: id) är \(text.count) tecken långt; formuläret tillåter högst \(maxLength)", at: node.location)
                return nil
            }
            return .text(text)
        case .number(let spec):
            guard let number = node.double ?? node.scalar.flatMap(SwedishNumber.parse), number.isFinite, node.items == nil else {
                reader.error("svaret på \(quoted: id) ska vara ett tal, inte \(reader.describe(node))", at: node.location)
                return nil
            }
            if let problem = SwedishNumber.problem(with: number, spec: spec) {
                reader.error("svaret på \(quoted: id) \(problem)", at: node.location)
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
                    reader.warning("svarsalternativet \(quoted: choice) är valt två gånger i svaret på \(quoted: id)", at: item.location)
                }
            }
            if failed { return nil }
            if let maximum = spec.maximumSelected, chosen.count > maximum {
                reader.error("svaret på \(quoted: id) har \(chosen.count) svarsalternativ; frågan tillåter högst \(maximum)", at: node.location)
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
                reader.error("svaret på \(quoted: id) ska vara ja eller nej, inte \(reader.describe(node))", at: node.location)
                return nil
            }
        case .scale(let points):
            guard let value = node.int, points.contains(where: { $0.value == value }) else {
                let values = points.map { String($0.value) }.joined(separator: ", ")
                reader.error("svaret på \(quoted: id) ska vara ett av skalans värden \(values), inte \(reader.describe(node))", at: node.location)
                return nil
            }
            return .scale(value)
        case .status:
            let text = node.scalar ?? ""
            if let status = Status(rawValue: text) ?? Status.allCases.first(where: { $0.label == text.lowercased() }) {
                return .status(status)
            }
            reader.error("svaret på \(quoted: id) ska vara ej-paborjad, paborjad eller klar, inte \(reader.describe(node))", at: node.location)
            return nil
        case .termOrDate(let accept):
            guard let text = node.scalar, let value = TermOrDate(parsing: text) else {
                reader.error("svaret på \(quoted: id) ska vara en termin som 'vt 2013' eller ett datum som '2013-09-15', inte \(reader.describe(node))", at: node.location)
                return nil
            }
            if accept == .term && !value.isTerm || accept == .date && value.isTerm {
                reader.error("svaret på \(quoted: id) ska vara \(accept == .term ? "en termin som 'vt 2013'" : "ett datum som '2013-09-15'"), inte \(reader.describe(node))", at: node.location)
                return nil
            }
            return .termOrDate(value)
        case .countGrid(let spec):
            guard let pairs = node.pairs else {
                reader.error("svaret på \(quoted: id) ska vara ett tal per rad (radens id: tal), inte \(node.kindDescription)", at: node.location)
                return nil
            }
            var rows: [String: Int] = [:]
            var failed = false
            for pair in pairs {
                guard let rowID = knownID(pair.key, among: spec.rows, what: .row, question: id, reader: &reader) else {
                    failed = true
                    continue
                }
                guard let count = pair.value.int, (0...CountGridSpec.maximumCount).contains(count) else {
                    reader.error("raden \(quoted: rowID) i svaret på \(quoted: id) ska vara ett heltal från 0 till \(CountGridSpec.maximumCount), inte \(reader.describe(pair.value))", at: pair.value.location)
                    failed = true
                    continue
                }
                rows[rowID] = count
            }
            var totalValue: Int?
            if let total {
                if spec.totalLabel == nil {
                    reader.error("frågan \(quoted: id) har ingen total; ta bort 'total:'", at: total.location)
                    failed = true
                } else if let value = total.int, (0...CountGridSpec.maximumCount).contains(value) {
                    totalValue = value
                } else {
                    reader.error("totalen i svaret på \(quoted: id) ska vara ett heltal från 0 till \(CountGridSpec.maximumCount), inte \(reader.describe(total))", at: total.location)
                    failed = true
                }
            }
            return failed ? nil : .countGrid(rows, total: totalValue)
        case .checkGrid(let spec):
            guard let pairs = node.pairs else {
                reader.error("svaret på \(quoted: id) ska vara de ikryssade kolumnerna per rad (radens id: [kolumnernas id]), inte \(node.kindDescription)", at: node.location)
                return nil
            }
            var rows: [String: Set<String>] = [:]
            var failed = false
            for pair in pairs {
                guard let rowID = knownID(pair.key, among: spec.rows, what: .row, question: id, reader: &reader) else {
                    failed = true
                    continue
                }
                var checked = Set<String>()
                for item in pair.value.items ?? (pair.value.isNull ? [] : [pair.value]) {
                    guard let column = knownID(item, among: spec.columns, what: .column, question: id, reader: &reader) else {
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
            reader.error("svaret på \(quoted: question.id) ska vara ett svarsalternativs id, inte \(node.kindDescription)", at: node.location)
            return nil
        }
        let ids = spec.options.map(\.id)
        if ids.contains(text) { return text }
        if let byLabel = spec.options.first(where: { $0.label.lowercased() == text.lowercased() }) {
            reader.error("frågan \(quoted: question.id) har inget svarsalternativ \(quoted: text); svarsalternativ skrivs med sitt id: \(byLabel.id)", at: node.location)
            return nil
        }
        let hint = Suggestion.closest(to: text, in: ids).map(Suggestion.didYouMean) ?? "; svarsalternativen är \(ids.joined(separator: ", "))"
        reader.error("frågan \(quoted: question.id) har inget svarsalternativ \(quoted: text)\(hint)", at: node.location)
        return nil
    }

    private static func otherText(_ node: YAMLNode?, choiceIDs: [String], question: Question, reader: inout YAMLSchemaReader) -> String? {
        let text = node.flatMap { reader.text($0, key: "other") }
        if let node, text != nil, !choiceIDs.contains(ChoiceSpec.otherID) {
            reader.warning("'other' är ifyllt, men 'annat' är inte valt i svaret på \(quoted: question.id)", at: node.location)
        }
        return text
    }

    /// A row or a column of a grid, as messages name it.
    private enum GridPart {
        case row, column

        var singular: String { self == .row ? "rad" : "kolumn" }
        var pluralDefinite: String { self == .row ? "raderna" : "kolumnerna" }
    }

    private static func knownID(_ node: YAMLNode, among choices: [Choice], what: GridPart, question: String,
                                reader: inout YAMLSchemaReader) -> String? {
        let text = node.scalar ?? ""
        let ids = choices.map(\.id)
        if ids.contains(text) { return text }
        let hint = Suggestion.closest(to: text, in: ids).map(Suggestion.didYouMean) ?? "; \(what.pluralDefinite) är \(ids.joined(separator: ", "))"
        reader.error("frågan \(quoted: question) har ingen \(what.singular) \(quoted: text)\(hint)", at: node.location)
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
