public import SurveyYAML

extension Codebook {
    static let keys = ["question", "form", "table", "categories"]
    static let categoryKeys = ["id", "label", "description", "terms", "examples", "final"]

    /// Reads a codebook, reporting every problem with its line and column.
    public static func read(_ source: SourceText) throws(FileDiagnostics) -> Codebook {
        let document: YAMLNode?
        do { document = try YAMLParser.parse(source) } catch { throw FileDiagnostics([error]) }
        guard let root = document else {
            throw FileDiagnostics([.error("kodboken är tom", at: SourceLocation(path: source.path, line: 1, column: 1))])
        }
        var reader = YAMLSchemaReader()
        let codebook = decode(root, reader: &reader)
        if reader.errorCount > 0 { throw FileDiagnostics(reader.diagnostics) }
        return codebook ?? Codebook(question: "")
    }

    /// Reads a codebook file.
    public static func load(path: String) throws(FileDiagnostics) -> Codebook {
        let source: SourceText
        do { source = try SourceText.load(path: path) } catch { throw FileDiagnostics([error]) }
        return try read(source)
    }

    static func decode(_ root: YAMLNode, reader: inout YAMLSchemaReader) -> Codebook? {
        guard let fields = reader.fields(of: root, subject: "kodboken", allowed: keys, required: ["question"]) else { return nil }
        let question = reader.text(fields, "question", required: true) ?? ""
        let form = reader.text(fields, "form")
        var table: TableReference?
        if let tableNode = fields["table"], !tableNode.isNull,
           let tableFields = reader.fields(of: tableNode, subject: "'table'", allowed: ["number", "title"]) {
            table = TableReference(number: reader.int(tableFields, "number"), title: reader.text(tableFields, "title"))
        }
        var categories: [Category] = []
        var firstPlace: [String: YAMLNode] = [:]
        if let list = fields["categories"], !list.isNull {
            for item in reader.list(fields, "categories") ?? [] {
                guard let category = decodeCategory(item, reader: &reader) else { continue }
                if let first = firstPlace[category.id] {
                    reader.error("två kategorier har id:t '\(category.id)'", at: item.location,
                                 notes: [.firstHere(at: first.location)])
                    continue
                }
                firstPlace[category.id] = item
                categories.append(category)
            }
        }
        return Codebook(question: question, form: form, table: table, categories: categories)
    }

    static func decodeCategory(_ node: YAMLNode, reader: inout YAMLSchemaReader) -> Category? {
        let subject = node["id"]?.scalar.map { "kategorin '\($0)'" } ?? "en kategori"
        guard let fields = reader.fields(of: node, subject: subject, allowed: categoryKeys, required: ["id", "label"]),
              let id = reader.text(fields, "id", required: true) else { return nil }
        if !CategoryID.isValid(id), let idNode = fields["id"] {
            reader.error("kategorins id '\(id)' ska skrivas med gemena bokstäver, siffror och enkla bindestreck (till exempel '\(CategoryID.slug(id))')", at: idNode.location)
        }
        return Category(id: id, label: reader.text(fields, "label", required: true) ?? id,
                        description: reader.text(fields, "description"),
                        terms: reader.texts(fields, "terms"),
                        examples: reader.texts(fields, "examples"),
                        isFinal: reader.bool(fields, "final") ?? false)
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
