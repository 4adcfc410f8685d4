import SurveyYAML

/// Reads typed values out of YAML mappings, collecting an error with its position for
/// every key that is missing, unknown or of the wrong kind, instead of stopping at the first.
struct YAMLMappingReader {
    var diagnostics: [Diagnostic] = []

    mutating func error(_ message: String, at node: YAMLNode) {
        diagnostics.append(.error(message, at: node.location))
    }

    /// The pairs of a mapping, after checking every key is one of `allowed`.
    mutating func pairs(of node: YAMLNode, what: String, allowed: [String]) -> [String: YAMLNode]? {
        guard let pairs = node.pairs else {
            error("expected \(what) as a mapping, found \(node.kindDescription)", at: node)
            return nil
        }
        var values: [String: YAMLNode] = [:]
        for pair in pairs {
            guard let key = pair.key.scalar else {
                error("a key must be text", at: pair.key)
                continue
            }
            guard allowed.contains(key) else {
                var message = "unknown key '\(key)' in \(what)"
                if let close = Suggestion.closest(to: key, in: allowed) { message += "; did you mean '\(close)'?" }
                error(message, at: pair.key)
                continue
            }
            if values[key] != nil {
                error("'\(key)' is given twice in \(what)", at: pair.key)
                continue
            }
            values[key] = pair.value
        }
        return values
    }

    mutating func requiredString(_ key: String, in values: [String: YAMLNode], of parent: YAMLNode, what: String) -> String? {
        guard let node = values[key] else {
            error("\(what) has no '\(key)'", at: parent)
            return nil
        }
        return string(node, key: key)
    }

    mutating func string(_ node: YAMLNode, key: String) -> String? {
        guard let text = node.scalar, !node.isNull else {
            error("'\(key)' must be text, found \(node.kindDescription)", at: node)
            return nil
        }
        return text
    }

    mutating func optionalString(_ key: String, in values: [String: YAMLNode]) -> String? {
        guard let node = values[key], !node.isNull else { return nil }
        return string(node, key: key)
    }

    mutating func stringList(_ key: String, in values: [String: YAMLNode]) -> [String] {
        guard let node = values[key] else { return [] }
        if node.isNull { return [] }
        guard let items = node.items else {
            error("'\(key)' must be a list, found \(node.kindDescription)", at: node)
            return []
        }
        return items.compactMap { string($0, key: key) }
    }

    mutating func bool(_ key: String, in values: [String: YAMLNode]) -> Bool? {
        guard let node = values[key] else { return nil }
        guard let value = node.bool else {
            error("'\(key)' must be true or false, found \(node.kindDescription)", at: node)
            return nil
        }
        return value
    }

    mutating func int(_ key: String, in values: [String: YAMLNode]) -> Int? {
        guard let node = values[key] else { return nil }
        guard let value = node.int else {
            error("'\(key)' must be a whole number, found \(node.kindDescription)", at: node)
            return nil
        }
        return value
    }

    mutating func double(_ key: String, in values: [String: YAMLNode]) -> Double? {
        guard let node = values[key] else { return nil }
        guard let value = node.double, value.isFinite else {
            error("'\(key)' must be a number, found \(node.kindDescription)", at: node)
            return nil
        }
        return value
    }

    func finish() throws(FileDiagnostics) {
        if diagnostics.containsErrors { throw FileDiagnostics(diagnostics) }
    }
}
