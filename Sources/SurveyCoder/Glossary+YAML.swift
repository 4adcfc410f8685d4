public import SurveyYAML

extension Glossary {
    static let entryKeys = ["term", "variants"]

    /// Reads a glossary file (`glossary:` and a list of `term:` / `variants:`), reporting every
    /// problem with its line and column.
    public static func read(_ source: SourceText) throws(FileDiagnostics) -> Glossary {
        let document: YAMLNode?
        do { document = try YAMLParser.parse(source) } catch { throw FileDiagnostics([error]) }
        guard let root = document else {
            throw FileDiagnostics([.error("the glossary is empty", at: SourceLocation(path: source.path, line: 1, column: 1))])
        }
        var reader = YAMLSchemaReader()
        let glossary = decode(root, reader: &reader)
        if reader.errorCount > 0 { throw FileDiagnostics(reader.diagnostics) }
        return glossary
    }

    /// Reads a glossary file.
    public static func load(path: String) throws(FileDiagnostics) -> Glossary {
        let source: SourceText
        do { source = try SourceText.load(path: path) } catch { throw FileDiagnostics([error]) }
        return try read(source)
    }

    /// True when a YAML document's top level is a glossary (its first key is `glossary`).
    public static func isGlossary(_ root: YAMLNode) -> Bool {
        root.pairs?.first?.key.scalar == "glossary"
    }

    static func decode(_ root: YAMLNode, reader: inout YAMLSchemaReader) -> Glossary {
        guard let fields = reader.fields(of: root, subject: "the glossary", allowed: ["glossary"], required: ["glossary"]) else {
            return Glossary()
        }
        var entries: [Entry] = []
        var firstPlace: [String: (term: String, location: SourceLocation)] = [:]
        for item in reader.list(fields, "glossary") ?? [] {
            let subject = item["term"]?.scalar.map { "term '\($0)'" } ?? "a glossary entry"
            guard let entryFields = reader.fields(of: item, subject: subject, allowed: entryKeys, required: entryKeys),
                  let term = reader.text(entryFields, "term", required: true) else { continue }
            guard let variantNodes = reader.list(entryFields, "variants") else { continue }
            if variantNodes.isEmpty, let node = entryFields["variants"] {
                reader.error("term '\(term)' has no variants; list the other ways answers write it", at: node.location)
            }
            var variants: [String] = []
            for node in variantNodes {
                guard let variant = node.scalar, !node.isNull else {
                    reader.error("a variant of '\(term)' must be a word, not a list or mapping", at: node.location)
                    continue
                }
                let trimmed = variant.trimmingWhiteSpace()
                if trimmed.isEmpty {
                    reader.error("a variant of '\(term)' is empty", at: node.location)
                    continue
                }
                if trimmed.contains(where: { !($0.isLetter || $0.isNumber) }) {
                    reader.error("variant '\(trimmed)' of '\(term)' must be one word of letters and digits; write each word as a variant of its own", at: node.location)
                    continue
                }
                if Glossary.matchKey(trimmed) == Glossary.matchKey(term) {
                    reader.error("variant '\(trimmed)' is the term '\(term)' itself", at: node.location)
                    continue
                }
                let key = Glossary.matchKey(trimmed)
                if let first = firstPlace[key] {
                    reader.error("variant '\(trimmed)' is listed twice (for '\(first.term)' and '\(term)')", at: node.location,
                                 notes: [.note("first listed here", at: first.location)])
                    continue
                }
                firstPlace[key] = (term, node.location)
                variants.append(trimmed)
            }
            entries.append(Entry(term: term, variants: variants, location: item.location))
        }
        return Glossary(entries: entries)
    }
}
