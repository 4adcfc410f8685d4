public import SurveyYAML
import Foundation

/// A `when:` expression: whether a question or section is asked, given earlier answers.
///
/// Grammar and meaning are documented in docs/form-format.md. A comparison with an
/// unanswered question is false whatever its operator; `answered(ID)` tests for an answer.
public indirect enum Condition: Hashable, Sendable, CustomStringConvertible {
    case compare(Reference, Operator, Operand)
    case contains(Reference, Operand)
    case oneOf(Reference, [Operand])
    case answered(Reference)
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)

    public enum Operator: String, Hashable, Sendable, CaseIterable {
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="

        public var isOrdering: Bool { self != .equal && self != .notEqual }
    }

    /// A question named in a condition, where the name stands.
    public struct Reference: Hashable, Sendable {
        public var id: String
        public var location: SourceLocation

        public init(id: String, location: SourceLocation) {
            self.id = id
            self.location = location
        }
    }

    /// A value a condition compares with, where it stands.
    public struct Operand: Hashable, Sendable, CustomStringConvertible {
        public enum Value: Hashable, Sendable {
            case number(Double)
            /// A bare word: a choice id, `ja`/`nej`, a status id.
            case word(String)
            /// A quoted text.
            case text(String)
        }

        public var value: Value
        public var location: SourceLocation

        public init(_ value: Value, location: SourceLocation) {
            self.value = value
            self.location = location
        }

        public var description: String {
            switch value {
            case .number(let number): Self.format(number)
            case .word(let word): word
            case .text(let text): "'\(text.replacingOccurrences(of: "'", with: "''"))'"
            }
        }

        /// The operand as messages quote it: `'kanske'`, `'vt 2013'`, `3`.
        public var quoted: String {
            switch value {
            case .number(let number): Self.format(number)
            case .word(let word): QuotedText.quote(word)
            case .text(let text): QuotedText.quote(text)
            }
        }

        static func format(_ number: Double) -> String {
            number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        }

        /// The operand as text, for comparing with words and quoted texts alike.
        var textValue: String {
            switch value {
            case .number(let number): Self.format(number)
            case .word(let word): word
            case .text(let text): text
            }
        }
    }

    /// The terms (comparisons and `answered`), in order of appearance, with the question each names.
    ///
    /// Walks with a list rather than recursion, in time linear in the size of the condition.
    public var terms: [(term: Condition, reference: Reference)] {
        var found: [(term: Condition, reference: Reference)] = []
        var pending: [Condition] = [self]
        while let next = pending.popLast() {
            switch next {
            case .compare(let reference, _, _), .contains(let reference, _), .oneOf(let reference, _), .answered(let reference):
                found.append((next, reference))
            case .not(let inner):
                pending.append(inner)
            case .and(let left, let right), .or(let left, let right):
                pending.append(right)
                pending.append(left)
            }
        }
        return found
    }

    /// Every question the condition names, in order of appearance.
    public var references: [Reference] { terms.map(\.reference) }

    /// The same condition with every reference passed through `transform`.
    public func mapReferences(_ transform: (Reference) -> Reference) -> Condition {
        switch self {
        case let .compare(reference, op, operand): .compare(transform(reference), op, operand)
        case let .contains(reference, operand): .contains(transform(reference), operand)
        case let .oneOf(reference, operands): .oneOf(transform(reference), operands)
        case let .answered(reference): .answered(transform(reference))
        case let .not(inner): .not(inner.mapReferences(transform))
        case let .and(left, right): .and(left.mapReferences(transform), right.mapReferences(transform))
        case let .or(left, right): .or(left.mapReferences(transform), right.mapReferences(transform))
        }
    }

    public var description: String {
        switch self {
        case let .compare(reference, op, operand): "\(reference.id) \(op.rawValue) \(operand)"
        case let .contains(reference, operand): "\(reference.id) contains \(operand)"
        case let .oneOf(reference, operands): "\(reference.id) in [\(operands.map(\.description).joined(separator: ", "))]"
        case let .answered(reference): "answered(\(reference.id))"
        case let .not(inner): "not \(inner.parenthesizedUnlessLeaf)"
        case let .and(left, right): "\(left.parenthesizedIf { if case .or = $0 { true } else { false } }) and \(right.parenthesizedIf { if case .or = $0 { true } else { false } })"
        case let .or(left, right): "\(left) or \(right)"
        }
    }

    private var parenthesizedUnlessLeaf: String {
        switch self {
        case .and, .or: "(\(self))"
        default: description
        }
    }

    private func parenthesizedIf(_ predicate: (Condition) -> Bool) -> String {
        predicate(self) ? "(\(self))" : description
    }

    // MARK: Evaluation

    /// Whether the condition holds, given a look-up of current (applicable) answers by question id.
    public func holds(_ answer: (String) -> AnswerValue?) -> Bool {
        switch self {
        case let .compare(reference, op, operand):
            guard let value = answer(reference.id) else { return false }
            return Self.compare(value, op, operand)
        case let .contains(reference, operand):
            guard let value = answer(reference.id) else { return false }
            switch value {
            case .choices(let ids, _): return ids.contains(operand.textValue)
            case .checkGrid(let rows): return rows.values.contains { $0.contains(operand.textValue) }
            case .text(let text): return text.lowercased().contains(operand.textValue.lowercased())
            default: return Self.compare(value, .equal, operand)
            }
        case let .oneOf(reference, operands):
            guard let value = answer(reference.id) else { return false }
            return operands.contains { Self.compare(value, .equal, $0) }
        case let .answered(reference):
            guard let value = answer(reference.id) else { return false }
            return !value.isEmpty
        case let .not(inner):
            return !inner.holds(answer)
        case let .and(left, right):
            return left.holds(answer) && right.holds(answer)
        case let .or(left, right):
            return left.holds(answer) || right.holds(answer)
        }
    }

    private static func compare(_ value: AnswerValue, _ op: Operator, _ operand: Operand) -> Bool {
        switch value {
        case .number(let number):
            guard case .number(let other) = operand.value else { return false }
            return ordered(number, op, other)
        case .scale(let point):
            guard case .number(let other) = operand.value else { return false }
            return ordered(Double(point), op, other)
        case .yesNo(let yes):
            let word = operand.textValue
            guard word == "ja" || word == "nej" else { return false }
            return equality(yes == (word == "ja"), op)
        case .choice(let id, _):
            return equality(id == operand.textValue, op)
        case .choices(let ids, _):
            return equality(ids == [operand.textValue], op)
        case .status(let status):
            return equality(status.rawValue == operand.textValue, op)
        case .text(let text):
            return equality(text.trimmingWhitespace() == operand.textValue, op)
        case .termOrDate(let when):
            guard let other = TermOrDate(parsing: operand.textValue) else { return false }
            if op.isOrdering {
                switch op {
                case .less: return when < other
                case .lessOrEqual: return when <= other
                case .greater: return when > other
                default: return when >= other
                }
            }
            return equality(when == other, op)
        case .countGrid, .checkGrid:
            return false
        }
    }

    private static func equality(_ equal: Bool, _ op: Operator) -> Bool {
        switch op {
        case .equal: equal
        case .notEqual: !equal
        default: false
        }
    }

    private static func ordered(_ left: Double, _ op: Operator, _ right: Double) -> Bool {
        switch op {
        case .equal: left == right
        case .notEqual: left != right
        case .less: left < right
        case .lessOrEqual: left <= right
        case .greater: left > right
        case .greaterOrEqual: left >= right
        }
    }
}
