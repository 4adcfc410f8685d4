public import SurveyYAML

extension Codebook {
    static let keys = ["question", "form", "table", "categories"]
    static let categoryKeys = ["id", "label", "description", "terms", "examples", "final"]

    /// Reads a codebook, reporting every problem with its line and column.
    public static func read(_ source: SourceText) throws(FileDiagnostics) -> Codebook {
        let document: YAMLNode?
        do { document = try YAMLParser.parse(source) } catch { throw FileDiagnostics([error]) }
        guard let root = document else {
            throw FileDiagnostics([.error("the codebook is empty", at: SourceLocation(path: source.path, line: 1, column: 1))])
        }
        var reader = YAMLMappingReader()
        let codebook = decode(root, reader: &reader)
        try reader.finish()
        return codebook ?? Codebook(question: "")
    }

    /// Reads a codebook file.
    public static func load(path: String) throws(FileDiagnostics) -> Codebook {
        let source: SourceText
        do { source = try SourceText.load(path: path) } catch { throw FileDiagnostics([error]) }
        return try read(source)
    }

    static func decode(_ root: YAMLNode, reader: inout YAMLMappingReader) -> Codebook? {
        guard let values = reader.pairs(of: root, what: "the codebook", allowed: keys) else { return nil }
        let question = reader.requiredString("question", in: values, of: root, what: "the codebook") ?? ""
        let form = reader.optionalString("form", in: values)
        var table: TableReference?
        if let tableNode = values["table"], !tableNode.isNull,
           let tableValues = reader.pairs(of: tableNode, what: "'table'", allowed: ["number", "title"]) {
            table = TableReference(number: reader.int("number", in: tableValues), title: reader.optionalString("title", in: tableValues))
        }
        var categories: [Category] = []
        var firstPlace: [String: YAMLNode] = [:]
        if let list = values["categories"], !list.isNull {
            if let items = list.items {
                for item in items {
                    guard let category = decodeCategory(item, reader: &reader) else { continue }
                    if let first = firstPlace[category.id] {
                        reader.diagnostics.append(.error("category id '\(category.id)' is used twice", at: item.location,
                                                         notes: [.note("first used here", at: first.location)]))
                        continue
                    }
                    firstPlace[category.id] = item
                    categories.append(category)
                }
            } else {
                reader.error("'categories' must be a list, found \(list.kindDescription)", at: list)
            }
        }
        return Codebook(question: question, form: form, table: table, categories: categories)
    }

    static func decodeCategory(_ node: YAMLNode, reader: inout YAMLMappingReader) -> Category? {
        guard let values = reader.pairs(of: node, what: "a category", allowed: categoryKeys) else { return nil }
        guard let id = reader.requiredString("id", in: values, of: node, what: "a category") else { return nil }
        if !CategoryID.isValid(id), let idNode = values["id"] {
            reader.error("category id '\(id)' must be kebab-case: lower-case letters, digits and single hyphens (e.g. '\(CategoryID.slug(id))')", at: idNode)
        }
        let label = reader.requiredString("label", in: values, of: node, what: "category '\(id)'") ?? id
        return Category(id: id, label: label,
                        description: reader.optionalString("description", in: values),
                        terms: reader.stringList("terms", in: values),
                        examples: reader.stringList("examples", in: values),
                        isFinal: reader.bool("final", in: values) ?? false)
    }

    /// The codebook as YAML in the documented layout.
    public func yaml() throws(Diagnostic) -> String {
        try YAMLEmitter.emit(node)
    }

    var node: YAMLNode {
        var pairs: [(String, YAMLNode)] = [("question", .string(question))]
        if let form { pairs.append(("form", .string(form))) }
        if let table {
            var tablePairs: [(String, YAMLNode)] = []
            if let number = table.number { tablePairs.append(("number", .plain(String(number)))) }
            if let title = table.title { tablePairs.append(("title", .string(title))) }
            pairs.append(("table", .mapping(tablePairs)))
        }
        pairs.append(("categories", .sequence(categories.map(\.node))))
        return .mapping(pairs)
    }
}

extension Codebook.Category {
    var node: YAMLNode {
        var pairs: [(String, YAMLNode)] = [("id", .string(id)), ("label", .string(label))]
        if let description { pairs.append(("description", .string(description))) }
        pairs.append(("terms", .sequence(terms.map { .string($0) })))
        pairs.append(("examples", .sequence(examples.map { .string($0) })))
        pairs.append(("final", .plain(isFinal ? "true" : "false")))
        return .mapping(pairs)
    }
}
