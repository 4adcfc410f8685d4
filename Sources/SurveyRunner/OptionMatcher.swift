import Foundation
public import SurveyForm

/// Finds the option a respondent means: by its number, its id, its label, or the unique start of its label.
///
/// Matching ignores case; when nothing matches exactly it also ignores accents, so `forvaltning`
/// finds "Förvaltning". An exact match wins over a prefix, so "Lärare" is not ambiguous with "Lärarna".
public struct OptionMatcher: Sendable {
    public struct Option: Hashable, Sendable {
        /// What the respondent types to choose it by number (1, 2, 3 … or a scale point's value).
        public var number: Int
        public var id: String
        public var label: String

        public init(number: Int, id: String, label: String) {
            self.number = number
            self.id = id
            self.label = label
        }
    }

    public var options: [Option]

    public init(options: [Option]) {
        self.options = options
    }

    /// Options numbered 1, 2, 3 … in order.
    public init(choices: [Choice]) {
        self.options = choices.enumerated().map { Option(number: $0.offset + 1, id: $0.element.id, label: $0.element.label) }
    }

    /// The range of numbers as the respondent sees it: "1–5".
    public var numberRange: String {
        guard let first = options.first?.number, let last = options.last?.number else { return "" }
        return first == last ? "\(first)" : "\(first)–\(last)"
    }

    /// What a token names: one option, several (an abbreviation that fits more than one), or none.
    public enum Candidates: Hashable, Sendable {
        case one(Option)
        case several([Option])
        case none
    }

    public func match(_ token: String) -> Result<Option, InputProblem> {
        let typed = token.trimmingWhitespace()
        switch candidates(typed) {
        case .one(let option):
            return .success(option)
        case .several(let found):
            let labels = found.map(\.label).joined(separator: ", ")
            return .failure(InputProblem("\"\(typed)\" passar flera alternativ (\(labels)); skriv mer av namnet eller numret."))
        case .none:
            if !typed.isEmpty, typed.allSatisfy({ $0.isASCII && $0.isNumber }) {
                return .failure(InputProblem("Det finns inget alternativ \(typed); välj \(numberRange)."))
            }
            return .failure(InputProblem("\"\(typed)\" passar inget alternativ; svara med numret (\(numberRange)) eller namnet."))
        }
    }

    /// The options a token can mean, by the rules above; the first rule that finds any decides.
    public func candidates(_ token: String) -> Candidates {
        let typed = token.trimmingWhitespace()
        if !typed.isEmpty, typed.allSatisfy({ $0.isASCII && $0.isNumber }) {
            if let number = Int(typed), let option = options.first(where: { $0.number == number }) { return .one(option) }
            return .none
        }
        let lowered = typed.lowercased()
        let folded = Self.fold(typed)
        let stages: [(Option) -> Bool] = [
            { $0.label.lowercased() == lowered || $0.id == lowered },
            { Self.fold($0.label) == folded },
            { $0.label.lowercased().hasPrefix(lowered) },
            { Self.fold($0.label).hasPrefix(folded) },
        ]
        for stage in stages {
            let found = options.filter(stage)
            if found.count == 1, let option = found.first { return .one(option) }
            if found.count > 1 { return .several(found) }
        }
        return .none
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
