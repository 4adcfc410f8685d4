/// Reads YAML nodes against an expected shape, collecting a diagnostic for every deviation.
///
/// Readers of forms, registers, response files and codebooks walk their node trees with it,
/// so every semantic error keeps the position of the node it is about, and reading goes on
/// after an error: a form author sees every mistake in one pass.
public struct YAMLSchemaReader: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func error(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        diagnostics.append(.error(message, at: location, notes: notes))
    }

    public mutating func warning(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        diagnostics.append(.warning(message, at: location, notes: notes))
    }

    /// The keys of one mapping, checked against what is allowed and required.
    public struct Fields: Sendable {
        public let node: YAMLNode
        /// What the mapping is, for messages: "question 'organiserat'", "section".
        public let subject: String
        private let values: [String: YAMLNode]
        private let keyLocations: [String: SourceLocation]
        public let orderedKeys: [String]

        init(node: YAMLNode, subject: String, values: [String: YAMLNode], keyLocations: [String: SourceLocation], orderedKeys: [String]) {
            self.node = node
            self.subject = subject
            self.values = values
            self.keyLocations = keyLocations
            self.orderedKeys = orderedKeys
        }

        public subscript(key: String) -> YAMLNode? { values[key] }

        public func keyLocation(_ key: String) -> SourceLocation? { keyLocations[key] }

        public func has(_ key: String) -> Bool { values[key] != nil }
    }

    /// Checks that `node` is a mapping with string keys, no duplicates, no unknown keys and
    /// every required key; returns its fields, or nil when it is not a mapping at all.
    ///
    /// `misplaced` maps keys that exist elsewhere but not here to the message that says so
    /// (e.g. a kind-specific key on the wrong kind).
    public mutating func fields(
        of node: YAMLNode, subject: String, allowed: [String], required: [String] = [],
        misplaced: [String: String] = [:]
    ) -> Fields? {
        guard let pairs = node.pairs else {
            error("expected a mapping for \(subject), found \(node.kindDescription)", at: node.location)
            return nil
        }
        var values: [String: YAMLNode] = [:]
        var keyLocations: [String: SourceLocation] = [:]
        var ordered: [String] = []
        for pair in pairs {
            guard let key = pair.key.scalar, pair.key.pairs == nil else {
                error("a key in \(subject) must be text, found \(pair.key.kindDescription)", at: pair.key.location)
                continue
            }
            if let first = keyLocations[key] {
                error("duplicate key '\(key)' in \(subject)", at: pair.key.location,
                      notes: [.note("'\(key)' first given here", at: first)])
                continue
            }
            keyLocations[key] = pair.key.location
            if !allowed.contains(key) {
                if let message = misplaced[key] {
                    error(message, at: pair.key.location)
                } else if let suggestion = Suggestion.closest(to: key, in: allowed + misplaced.keys) {
                    error("unknown key '\(key)' in \(subject); did you mean '\(suggestion)'?", at: pair.key.location)
                } else {
                    error("unknown key '\(key)' in \(subject); expected one of: \(allowed.joined(separator: ", "))", at: pair.key.location)
                }
                continue
            }
            values[key] = pair.value
            ordered.append(key)
        }
        for key in required where values[key] == nil && keyLocations[key] == nil {
            error("\(subject) is missing required key '\(key)'", at: node.location)
        }
        return Fields(node: node, subject: subject, values: values, keyLocations: keyLocations, orderedKeys: ordered)
    }

    /// A text value; numbers and booleans are taken as written. Nil (and an error when
    /// `required`) when the key is absent or empty.
    public mutating func text(_ fields: Fields, _ key: String, required: Bool = false) -> String? {
        guard let node = fields[key] else { return nil }
        return text(node, key: key, required: required)
    }

    public mutating func text(_ node: YAMLNode, key: String, required: Bool = false) -> String? {
        guard let value = node.scalar else {
            error("'\(key)' must be text, not \(node.kindDescription)", at: node.location)
            return nil
        }
        if node.isNull || value.allSatisfy(\.isWhitespace) {
            if required { error("'\(key)' is empty", at: node.location) }
            return nil
        }
        return value
    }

    public mutating func bool(_ fields: Fields, _ key: String) -> Bool? {
        guard let node = fields[key] else { return nil }
        if let value = node.bool { return value }
        error("'\(key)' must be true or false, not \(describe(node))", at: node.location)
        return nil
    }

    public mutating func int(_ fields: Fields, _ key: String, minimum: Int? = nil) -> Int? {
        guard let node = fields[key] else { return nil }
        return int(node, key: key, minimum: minimum)
    }

    public mutating func int(_ node: YAMLNode, key: String, minimum: Int? = nil) -> Int? {
        guard let value = node.int else {
            error("'\(key)' must be a whole number, not \(describe(node))", at: node.location)
            return nil
        }
        if let minimum, value < minimum {
            error("'\(key)' must be at least \(minimum), not \(value)", at: node.location)
            return nil
        }
        return value
    }

    public mutating func number(_ fields: Fields, _ key: String) -> Double? {
        guard let node = fields[key] else { return nil }
        guard let value = node.double, value.isFinite else {
            error("'\(key)' must be a number, not \(describe(node))", at: node.location)
            return nil
        }
        return value
    }

    public mutating func list(_ fields: Fields, _ key: String) -> [YAMLNode]? {
        guard let node = fields[key] else { return nil }
        guard let items = node.items else {
            error("'\(key)' must be a list, not \(describe(node))", at: node.location)
            return nil
        }
        return items
    }

    /// How a node reads in a message: `'maybe'` for short text, otherwise its kind.
    public func describe(_ node: YAMLNode) -> String {
        if let text = node.scalar, !node.isNull, text.count <= 40, !text.contains("\n") {
            return "'\(text)'"
        }
        return node.kindDescription
    }
}
