public import SurveyYAML

extension Glossary {
    static let entryKeys = ["term", "variants"]

    /// Reads a glossary file (`glossary:` and a list of `term:` / `variants:`), reporting every
    /// problem with its line and column.
    public static func read(_ source: SourceText) throws(FileDiagnostics) -> Glossary {
        let document: YAMLNode?
        do { document = try YAMLParser.parse(source) } catch { throw FileDiagnostics([error]) }
        guard let root = document else {
            throw FileDiagnostics([.error("ordlistan är tom", at: SourceLocation(path: source.path, line: 1, column: 1))])
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
        guard let fields = reader.fields(of: root, subject: "ordlistan", allowed: ["glossary"], required: ["glossary"]) else {
            return Glossary()
        }
        var entries: [Entry] = []
        var firstPlace: [String: (term: String, location: SourceLocation)] = [:]
        // Every variant kept and every term, in the file's order, to find a variant that is another entry's term.
        var variantPlaces: [(key: String, variant: String, term: String, location: SourceLocation)] = []
        var termPlaces: [String: (term: String, location: SourceLocation)] = [:]
        for item in reader.list(fields, "glossary") ?? [] {
            let subject = item["term"]?.scalar.map { "termen '\($0)'" } ?? "en post i ordlistan"
            guard let entryFields = reader.fields(of: item, subject: subject, allowed: entryKeys, required: entryKeys),
                  let term = reader.text(entryFields, "term", required: true) else { continue }
            if termPlaces[Glossary.matchKey(term)] == nil {
                termPlaces[Glossary.matchKey(term)] = (term, entryFields["term"]?.location ?? item.location)
            }
            guard let variantNodes = reader.list(entryFields, "variants") else { continue }
            if variantNodes.isEmpty, let node = entryFields["variants"] {
                reader.error("termen '\(term)' har inga varianter; skriv de andra sätt som svaren skriver den på", at: node.location)
            }
            var variants: [String] = []
            for node in variantNodes {
                guard let variant = node.scalar, !node.isNull else {
                    reader.error("en variant av '\(term)' ska vara ett ord, inte en lista eller mappning", at: node.location)
                    continue
                }
                let trimmed = variant.trimmingWhiteSpace()
                if trimmed.isEmpty {
                    reader.error("en variant av '\(term)' är tom", at: node.location)
                    continue
                }
                let part = Glossary.compoundPart(trimmed)
                let letters = part?.letters ?? trimmed
                if !Glossary.isOneWord(letters) {
                    let problem = letters.contains("-")
                        ? "varianten '\(trimmed)' av '\(term)' är en ordled med bindestreck i ena änden ('matte-' först i ordet, '-matte' sist), inte i båda eller mitt i"
                        : "varianten '\(trimmed)' av '\(term)' ska vara ett ord av bokstäver och siffror; skriv varje ord som en egen variant"
                    reader.error(problem, at: node.location)
                    continue
                }
                if part != nil {
                    if letters.filter(\.isLetter).count < Glossary.minimumPartLetters {
                        reader.error("ordleden '\(trimmed)' av '\(term)' är för kort; en ordled behöver minst \(Glossary.minimumPartLetters) bokstäver", at: node.location)
                        continue
                    }
                    if !Glossary.isOneWord(term) {
                        reader.error("ordleden '\(trimmed)' kan inte läsas som '\(term)', som inte är ett enda ord; en ordled byts mot ett ord i det sammansatta ordet", at: node.location)
                        continue
                    }
                }
                if Glossary.matchKey(trimmed) == Glossary.matchKey(term) {
                    reader.error("varianten '\(trimmed)' är termen '\(term)' själv", at: node.location)
                    continue
                }
                let key = Glossary.matchKey(trimmed)
                if let first = firstPlace[key] {
                    reader.error("varianten '\(trimmed)' står två gånger (för '\(first.term)' och '\(term)')", at: node.location,
                                 notes: [.firstHere(at: first.location)])
                    continue
                }
                firstPlace[key] = (term, node.location)
                variantPlaces.append((key, trimmed, term, node.location))
                variants.append(trimmed)
            }
            entries.append(Entry(term: term, variants: variants, location: item.location))
        }
        // A variant that is another entry's term would be read as that term, which is itself
        // read as this one, or not, depending on the order words are replaced: say it once, in
        // one entry.
        for place in variantPlaces {
            guard let other = termPlaces[place.key], Glossary.matchKey(other.term) != Glossary.matchKey(place.term) else { continue }
            reader.error("varianten '\(place.variant)' av '\(place.term)' är också en term i ordlistan; slå ihop posterna '\(place.term)' och '\(other.term)' till en",
                         at: place.location, notes: [.note("termen '\(other.term)' står här", at: other.location)])
        }
        return Glossary(entries: entries)
    }
}
