import Foundation

extension AnswerValue {
    /// The answer as a Swedish reader sees it: labels, not ids; decimal commas.
    public func displayText(for question: Question) -> String {
        switch self {
        case .text(let text):
            return text
        case .number(let number):
            let unit: String? = if case .number(let spec) = question.kind { spec.unit } else { nil }
            return Self.swedishNumber(number) + (unit.map { " \($0)" } ?? "")
        case let .choice(id, other):
            let label = question.kind.choices?.label(of: id) ?? id
            if id == ChoiceSpec.otherID, let other { return "\(label): \(other)" }
            return label
        case let .choices(ids, other):
            if ids.isEmpty { return "(inget valt)" }
            return ids.map { id in
                let label = question.kind.choices?.label(of: id) ?? id
                if id == ChoiceSpec.otherID, let other { return "\(label): \(other)" }
                return label
            }.joined(separator: "; ")
        case .yesNo(let yes):
            return yes ? "ja" : "nej"
        case .scale(let value):
            if case .scale(let points) = question.kind, let point = points.first(where: { $0.value == value }) {
                return "\(value) \(point.label)"
            }
            return String(value)
        case .status(let status):
            return status.label
        case .termOrDate(let when):
            return when.description
        case let .countGrid(rows, total):
            guard case .countGrid(let spec) = question.kind else { return "" }
            var parts = spec.rows.compactMap { row in rows[row.id].map { "\(row.label) \($0)" } }
            if let total { parts.append("\(spec.totalLabel ?? "Totalt") \(total)") }
            return parts.joined(separator: ", ")
        case .checkGrid(let rows):
            guard case .checkGrid(let spec) = question.kind else { return "" }
            let parts = spec.rows.compactMap { row -> String? in
                guard let checked = rows[row.id], !checked.isEmpty else { return nil }
                let columns = spec.columns.filter { checked.contains($0.id) }.map(\.label)
                return "\(row.label): \(columns.joined(separator: ", "))"
            }
            return parts.isEmpty ? "(inget ikryssat)" : parts.joined(separator: "; ")
        }
    }

    /// `10,7`, `3`, `-2,5`: whole numbers without decimals, otherwise a decimal comma.
    public static func swedishNumber(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        var text = String(number)
        if text.contains("e") { return text }
        text = text.replacingOccurrences(of: ".", with: ",")
        return text
    }
}
