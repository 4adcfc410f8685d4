import Foundation

/// How the categories of two codings of one question are paired before they are compared:
/// by id first, then, for the categories left, by label.
///
/// Two codings of the same answers often name the same category differently: the coder's
/// `matematiklyftet` and a category staff made in review under another id, both labelled
/// "Matematiklyftet". Paired by label, they count as one category.
public struct CategoryMatching: Hashable, Sendable {
    /// One category of the first coding and the second's category paired with it.
    public struct Pair: Hashable, Sendable {
        public enum Basis: String, Hashable, Sendable {
            case id
            case label
        }

        public var first: String
        public var second: String
        public var label: String
        public var basis: Basis
    }

    /// Paired categories, in the first coding's order.
    public var pairs: [Pair]
    /// Categories only one coding has.
    public var onlyInFirst: [String]
    public var onlyInSecond: [String]

    /// Pairs the categories the two codings use (with the codebooks' labels, when known).
    public init(first: Coding, firstLabels: [String: String], second: Coding, secondLabels: [String: String]) {
        let firstIDs = Self.ids(in: first)
        let secondIDs = Self.ids(in: second)
        let secondSet = Set(secondIDs)
        var pairs: [Pair] = []
        var pairedSecond = Set<String>()
        var unpairedFirst: [String] = []
        for id in firstIDs {
            if secondSet.contains(id) {
                pairs.append(Pair(first: id, second: id, label: firstLabels[id] ?? secondLabels[id] ?? id, basis: .id))
                pairedSecond.insert(id)
            } else {
                unpairedFirst.append(id)
            }
        }
        var onlyInFirst: [String] = []
        for id in unpairedFirst {
            let label = firstLabels[id] ?? id
            let key = Self.key(label)
            if let match = secondIDs.first(where: { !pairedSecond.contains($0) && !firstIDs.contains($0) && Self.key(secondLabels[$0] ?? $0) == key }) {
                pairs.append(Pair(first: id, second: match, label: label, basis: .label))
                pairedSecond.insert(match)
            } else {
                onlyInFirst.append(id)
            }
        }
        let order = Dictionary(firstIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        self.pairs = pairs.sorted { (order[$0.first] ?? 0) < (order[$1.first] ?? 0) }
        self.onlyInFirst = onlyInFirst
        self.onlyInSecond = secondIDs.filter { !pairedSecond.contains($0) }
    }

    /// The second coding with each category paired by label renamed to the first's id, so the
    /// two can be compared category by category.
    public func translating(_ second: Coding) -> Coding {
        let renames = Dictionary(pairs.filter { $0.basis == .label }.map { ($0.second, $0.first) }, uniquingKeysWith: { a, _ in a })
        guard !renames.isEmpty else { return second }
        var result = second
        for index in result.statements.indices {
            result.statements[index].categories = result.statements[index].categories.map { renames[$0] ?? $0 }
        }
        return result
    }

    /// What was paired how, in Swedish, for the top of the agreement report.
    public var description: String {
        let byID = pairs.filter { $0.basis == .id }
        let byLabel = pairs.filter { $0.basis == .label }
        var lines = ["Kategorier parade på id: \(byID.count); på etikett: \(byLabel.count)."]
        for pair in byLabel {
            lines.append("  \"\(pair.label)\": \(pair.first) i A, \(pair.second) i B")
        }
        if !onlyInFirst.isEmpty { lines.append("Bara i A: \(onlyInFirst.joined(separator: ", ")).") }
        if !onlyInSecond.isEmpty { lines.append("Bara i B: \(onlyInSecond.joined(separator: ", ")).") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Category ids in the order the coding first uses them.
    private static func ids(in coding: Coding) -> [String] {
        var seen = Set<String>()
        var order: [String] = []
        for statement in coding.statements {
            for id in statement.categories where seen.insert(id).inserted { order.append(id) }
        }
        return order
    }

    /// Labels compare without regard to case, accents written apart, or spacing.
    private static func key(_ label: String) -> String {
        label.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
