/// Reads YAML nodes against an expected shape, collecting a diagnostic for every deviation.
///
/// Readers of forms, registers, response files and codebooks walk their node trees with it,
/// so every semantic error keeps the position of the node it is about, and reading goes on
/// after an error: a form author sees every mistake in one pass.
public struct YAMLSchemaReader: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []
    /// How many of the diagnostics are errors, kept as they come so readers can ask cheaply
    /// whether reading one part added any.
    public private(set) var errorCount = 0

    public init() {}

    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
        if diagnostic.isError { errorCount += 1 }
    }

    public mutating func error(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        report(.error(message, at: location, notes: notes))
    }

    public mutating func warning(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        report(.warning(message, at: location, notes: notes))
    }

    /// The keys of one mapping, checked against what is allowed and required.
    ///
    /// Kept as short arrays searched in order: mappings in forms and response files have a
    /// handful of keys, where a linear search beats hashing.
    public struct Fields: Sendable {
        public let node: YAMLNode
        private let describeSubject: @Sendable () -> String

        /// What the mapping is, for messages, in Swedish and definite where it is named:
        /// "frågan 'organiserat'", "formuläret", "ett avsnitt".
        public var subject: String { describeSubject() }
        /// The accepted keys in file order, with their values.
        public let orderedKeys: [String]
        private let values: [YAMLNode]
        private let seenKeys: [String]
        private let seenKeyLocations: [SourceLocation]

        init(node: YAMLNode, subject: @escaping @Sendable () -> String, keys: [String], values: [YAMLNode], seenKeys: [String], seenKeyLocations: [SourceLocation]) {
            self.node = node
            self.describeSubject = subject
            self.orderedKeys = keys
            self.values = values
            self.seenKeys = seenKeys
            self.seenKeyLocations = seenKeyLocations
        }

        public subscript(key: String) -> YAMLNode? {
            orderedKeys.firstIndex(of: key).map { values[$0] }
        }

        /// Where a key was written, even one that was refused.
        public func keyLocation(_ key: String) -> SourceLocation? {
            seenKeys.firstIndex(of: key).map { seenKeyLocations[$0] }
        }

        public func has(_ key: String) -> Bool { orderedKeys.contains(key) }
    }

    /// Checks that `node` is a mapping with string keys, no duplicates, no unknown keys and
    /// every required key; returns its fields, or nil when it is not a mapping at all.
    ///
    /// `misplaced` maps keys that exist elsewhere but not here to the message that says so
    /// (e.g. a kind-specific key on the wrong kind).
    /// `subject` says what the mapping is, in Swedish, as messages use it ("okänd nyckel 'x' i
    /// frågan 'q1'", "formuläret saknar den obligatoriska nyckeln 'title'"): lower-case, definite
    /// when named ("frågan 'q1'", "registret"), otherwise indefinite ("ett avsnitt").
    /// It is only worked out when a message needs it: reading 10,000 clean files builds none.
    public mutating func fields(
        of node: YAMLNode, subject describeSubject: @escaping @autoclosure @Sendable () -> String, allowed: [String], required: [String] = [],
        misplaced: [String: String] = [:]
    ) -> Fields? {
        var cachedSubject: String?
        func subjectText() -> String {
            if let cachedSubject { return cachedSubject }
            let text = describeSubject()
            cachedSubject = text
            return text
        }
        guard let pairs = node.pairs else {
            error("\(subjectText()) ska vara en mappning, inte \(node.kindDescription)", at: node.location)
            return nil
        }
        var keys: [String] = []
        var values: [YAMLNode] = []
        var seenKeys: [String] = []
        var seenKeyLocations: [SourceLocation] = []
        // A hostile mapping can hold thousands of keys: past a handful, look them up by hash.
        var seenIndex: [String: Int]? = pairs.count > 16 ? [:] : nil
        var suggestions: Suggestion.Matcher?
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let key = pair.key.scalar, pair.key.pairs == nil else {
                error("en nyckel i \(subjectText()) ska vara text, inte \(pair.key.kindDescription)", at: pair.key.location)
                continue
            }
            if let index = seenIndex.map({ $0[key] }) ?? seenKeys.firstIndex(of: key) {
                error("nyckeln \(quoted: key) står två gånger i \(subjectText())", at: pair.key.location,
                      notes: [.firstHere(at: seenKeyLocations[index])])
                continue
            }
            seenIndex?[key] = seenKeys.count
            seenKeys.append(key)
            seenKeyLocations.append(pair.key.location)
            if !allowed.contains(key) {
                if let message = misplaced[key] {
                    error(message, at: pair.key.location)
                } else if let suggestion = { () -> String? in
                    if suggestions == nil { suggestions = Suggestion.Matcher(allowed + misplaced.keys) }
                    return suggestions?.closest(to: key)
                }() {
                    error("okänd nyckel \(quoted: key) i \(subjectText())\(Suggestion.didYouMean(suggestion))", at: pair.key.location)
                } else {
                    error("okänd nyckel \(quoted: key) i \(subjectText()); tillåtna nycklar: \(allowed.joined(separator: ", "))", at: pair.key.location)
                }
                continue
            }
            keys.append(key)
            values.append(pair.value)
        }
        for key in required where !seenKeys.contains(key) {
            error(Self.missingKeyMessage(key, subject: subjectText()), at: node.location)
        }
        return Fields(node: node, subject: describeSubject, keys: keys, values: values, seenKeys: seenKeys, seenKeyLocations: seenKeyLocations)
    }

    /// Reports that the mapping of `fields` lacks `key`, for keys required only in some cases
    /// (a choice question's 'choices'), in the words `fields(of:…)` uses for required keys.
    public mutating func missingKey(_ key: String, in fields: Fields) {
        error(Self.missingKeyMessage(key, subject: fields.subject), at: fields.node.location)
    }

    static func missingKeyMessage(_ key: String, subject: String) -> String {
        "\(subject) saknar den obligatoriska nyckeln \(quoted: key)"
    }

    /// A text value; numbers and booleans are taken as written. Nil (and an error when
    /// `required`) when the key is absent or empty.
    public mutating func text(_ fields: Fields, _ key: String, required: Bool = false) -> String? {
        guard let node = fields[key] else { return nil }
        return text(node, key: key, required: required)
    }

    public mutating func text(_ node: YAMLNode, key: String, required: Bool = false) -> String? {
        guard let value = node.scalar else {
            error("'\(key)' ska vara text, inte \(node.kindDescription)", at: node.location)
            return nil
        }
        if node.isNull || value.allSatisfy(\.isWhitespace) {
            if required { error("'\(key)' saknar värde", at: node.location) }
            return nil
        }
        return value
    }

    public mutating func bool(_ fields: Fields, _ key: String) -> Bool? {
        guard let node = fields[key] else { return nil }
        if let value = node.bool { return value }
        error("'\(key)' ska vara true eller false, inte \(describe(node))", at: node.location)
        return nil
    }

    public mutating func int(_ fields: Fields, _ key: String, minimum: Int? = nil) -> Int? {
        guard let node = fields[key] else { return nil }
        return int(node, key: key, minimum: minimum)
    }

    public mutating func int(_ node: YAMLNode, key: String, minimum: Int? = nil) -> Int? {
        guard let value = node.int else {
            error("'\(key)' ska vara ett heltal, inte \(describe(node))", at: node.location)
            return nil
        }
        if let minimum, value < minimum {
            error("'\(key)' ska vara minst \(minimum), inte \(value)", at: node.location)
            return nil
        }
        return value
    }

    public mutating func number(_ fields: Fields, _ key: String) -> Double? {
        guard let node = fields[key] else { return nil }
        guard let value = node.double, value.isFinite else {
            error("'\(key)' ska vara ett tal, inte \(describe(node))", at: node.location)
            return nil
        }
        return value
    }

    public mutating func list(_ fields: Fields, _ key: String) -> [YAMLNode]? {
        guard let node = fields[key] else { return nil }
        guard let items = node.items else {
            error("'\(key)' ska vara en lista, inte \(describe(node))", at: node.location)
            return nil
        }
        return items
    }

    /// A list of texts; absent or empty means none.
    public mutating func texts(_ fields: Fields, _ key: String) -> [String] {
        guard let node = fields[key], !node.isNull else { return [] }
        guard let items = node.items else {
            error("'\(key)' ska vara en lista, inte \(describe(node))", at: node.location)
            return []
        }
        return items.compactMap { item in
            guard item.scalar != nil, item.pairs == nil else {
                error("'\(key)' ska vara en lista med texter, inte med \(item.kindDescription)", at: item.location)
                return nil
            }
            return item.isNull ? nil : item.scalar
        }
    }

    /// How a node reads in a message: `'maybe'` for short text, otherwise its kind.
    public func describe(_ node: YAMLNode) -> String {
        if let text = node.scalar, !node.isNull, text.utf8.count <= 160, text.count <= 40, !text.contains("\n") {
            return "'\(text)'"
        }
        return node.kindDescription
    }
}
