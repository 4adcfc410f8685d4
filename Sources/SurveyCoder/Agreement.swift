/// How far two codings of the same answers agree, as content analysis reports it.
///
/// Units are statements (matched by respondent and text) or answers (a respondent's
/// categories being those of all its statements); units only one coding has are counted
/// apart and left out. A unit's value is its set of categories, the empty set standing for
/// "Övrigt". Reported:
///
/// - per category, treating "in the category or not" as a yes/no code: the share of units
///   where both agree, Cohen's kappa and Krippendorff's alpha (nominal, two coders);
/// - overall: the share of units with identical sets; Cohen's kappa and nominal alpha with
///   each distinct set as one value (for single-label codings: the usual kappa and alpha);
///   and Krippendorff's alpha with the MASI distance between sets (Passonneau 2006), which
///   gives partial credit for overlapping sets, for the multi-label case.
public struct Agreement: Hashable, Sendable {
    public enum Unit: String, Hashable, Sendable {
        case statements
        case answers
    }

    public struct CategoryAgreement: Hashable, Sendable {
        public var id: String
        /// Units the first coding puts in the category, the second, and both.
        public var first: Int
        public var second: Int
        public var both: Int
        /// Share of units where the two agree on membership.
        public var observed: Double
        public var kappa: Double?
        public var alpha: Double?
    }

    public var unit: Unit
    /// Units both codings have.
    public var units: Int
    public var onlyInFirst: Int
    public var onlyInSecond: Int
    /// Share of units given the same set of categories.
    public var exactAgreement: Double
    public var kappa: Double?
    public var alphaNominal: Double?
    public var alphaMASI: Double?
    /// Every category either coding uses, in the first coding's order of appearance, then the second's.
    public var categories: [CategoryAgreement]

    public init(_ first: Coding, _ second: Coding, unit: Unit = .statements) {
        self.unit = unit
        let a = Self.values(of: first, unit: unit)
        let b = Self.values(of: second, unit: unit)
        let bValues = Dictionary(b.map { ($0.key, $0.categories) }, uniquingKeysWith: { first, _ in first })
        let aKeys = Set(a.map(\.key))
        var pairs: [(Set<String>, Set<String>)] = []
        for item in a {
            if let other = bValues[item.key] { pairs.append((item.categories, other)) }
        }
        units = pairs.count
        onlyInFirst = a.count - pairs.count
        onlyInSecond = b.filter { !aKeys.contains($0.key) }.count
        exactAgreement = pairs.isEmpty ? 0 : Double(pairs.filter { $0.0 == $0.1 }.count) / Double(pairs.count)
        kappa = CohenKappa.kappa(pairs)
        alphaNominal = KrippendorffAlpha.alpha(pairs.map { [$0.0, $0.1] }, distance: KrippendorffAlpha.nominal)
        alphaMASI = KrippendorffAlpha.alpha(pairs.map { [$0.0, $0.1] }, distance: KrippendorffAlpha.masi)

        var order: [String] = []
        var seen = Set<String>()
        for statement in first.statements + second.statements {
            for id in statement.categories where seen.insert(id).inserted { order.append(id) }
        }
        categories = order.map { id in
            let binary = pairs.map { ($0.0.contains(id), $0.1.contains(id)) }
            let agreeing = binary.filter { $0.0 == $0.1 }.count
            return CategoryAgreement(
                id: id,
                first: binary.filter(\.0).count,
                second: binary.filter(\.1).count,
                both: binary.filter { $0.0 && $0.1 }.count,
                observed: binary.isEmpty ? 0 : Double(agreeing) / Double(binary.count),
                kappa: CohenKappa.kappa(binary),
                alpha: KrippendorffAlpha.alpha(binary.map { [$0.0, $0.1] }, distance: KrippendorffAlpha.nominal)
            )
        }
    }

    /// Each unit's key and category set, in coding order; a repeated key keeps its first statement.
    static func values(of coding: Coding, unit: Unit) -> [(key: StatementKey, categories: Set<String>)] {
        var result: [(key: StatementKey, categories: Set<String>)] = []
        var position: [StatementKey: Int] = [:]
        for statement in coding.statements {
            let key = unit == .statements ? statement.key : StatementKey(respondent: statement.respondent, text: "")
            if let index = position[key] {
                if unit == .answers { result[index].categories.formUnion(statement.categories) }
                continue
            }
            position[key] = result.count
            result.append((key, Set(statement.categories)))
        }
        return result
    }
}
