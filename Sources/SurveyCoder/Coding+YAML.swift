public import SurveyYAML
import Foundation

extension Coding {
    static let keys = ["question", "form", "statements"]
    static let statementKeys = ["respondent", "text", "categories", "score", "review", "decided"]

    /// Limits for coding files, which grow with the answers (one statement is about a dozen nodes).
    public static let limits = YAMLLimits(maximumBytes: 512 * 1_048_576, maximumDepth: 16, maximumNodes: 40_000_000)

    /// Reads a coding, reporting every problem with its line and column.
    ///
    /// With `categories` (the codebook's ids), a statement naming an unknown category is an error.
    public static func read(_ source: SourceText, categories: Set<String>? = nil) throws(FileDiagnostics) -> Coding {
        let document: YAMLNode?
        do { document = try YAMLParser.parse(source, limits: limits) } catch { throw FileDiagnostics([error]) }
        guard let root = document else {
            throw FileDiagnostics([.error("kodningen är tom", at: SourceLocation(path: source.path, line: 1, column: 1))])
        }
        var reader = YAMLSchemaReader()
        let coding = decode(root, categories: categories, reader: &reader)
        if reader.errorCount > 0 { throw FileDiagnostics(reader.diagnostics) }
        return coding ?? Coding(question: "")
    }

    /// Reads a coding file.
    public static func load(path: String, categories: Set<String>? = nil) throws(FileDiagnostics) -> Coding {
        let source: SourceText
        do { source = try SourceText.load(path: path, maximumBytes: limits.maximumBytes) } catch { throw FileDiagnostics([error]) }
        return try read(source, categories: categories)
    }

    static func decode(_ root: YAMLNode, categories known: Set<String>?, reader: inout YAMLSchemaReader) -> Coding? {
        guard let fields = reader.fields(of: root, subject: "kodningen", allowed: keys, required: ["question"]) else { return nil }
        let question = reader.text(fields, "question", required: true) ?? ""
        let form = reader.text(fields, "form")
        var statements: [CodedStatement] = []
        if let list = fields["statements"], !list.isNull {
            let items = reader.list(fields, "statements") ?? []
            statements.reserveCapacity(items.count)
            for item in items {
                if let statement = decodeStatement(item, categories: known, reader: &reader) { statements.append(statement) }
            }
        }
        return Coding(question: question, form: form, statements: statements)
    }

    static func decodeStatement(_ node: YAMLNode, categories known: Set<String>?, reader: inout YAMLSchemaReader) -> CodedStatement? {
        guard let fields = reader.fields(of: node, subject: "ett påstående", allowed: statementKeys, required: ["respondent", "text"]) else { return nil }
        let respondent = reader.text(fields, "respondent", required: true)
        let text = reader.text(fields, "text", required: true)
        let categories = reader.texts(fields, "categories")
        if let known, let items = fields["categories"]?.items {
            for item in items {
                guard let id = item.scalar, !known.contains(id) else { continue }
                let message = "okänd kategori '\(id)'" + Suggestion.hint(for: id, in: known.sorted())
                reader.error(message, at: item.location)
            }
        }
        var score = reader.number(fields, "score")
        if let value = score, !(0...1).contains(value), let scoreNode = fields["score"] {
            reader.error("'score' ska vara mellan 0 och 1", at: scoreNode.location)
            score = nil
        }
        var decidedByStaff = false
        if let decided = fields["decided"] {
            if decided.scalar == "staff" {
                decidedByStaff = true
            } else {
                reader.error("'decided' kan bara vara 'staff'", at: decided.location)
            }
        }
        let needsReview = reader.bool(fields, "review")
        guard let respondent, let text else { return nil }
        return CodedStatement(respondent: respondent, text: text, categories: categories, score: score, decidedByStaff: decidedByStaff,
                              needsReview: needsReview)
    }

    /// The coding as YAML in the documented layout; scores with two decimals.
    public func yaml() throws(Diagnostic) -> String {
        try YAMLEmitter.emit(node)
    }

    var node: YAMLNode {
        var pairs: [(String, YAMLNode)] = [("question", .string(question))]
        if let form { pairs.append(("form", .string(form))) }
        pairs.append(("statements", .sequence(statements.map(\.node))))
        return .mapping(pairs)
    }
}

extension CodedStatement {
    var node: YAMLNode {
        var pairs: [(String, YAMLNode)] = [
            ("respondent", .string(respondent)),
            ("text", .string(text)),
            ("categories", .sequence(categories.map { .string($0) })),
        ]
        if let score { pairs.append(("score", .plain(Self.format(score: score)))) }
        if let needsReview, !decidedByStaff { pairs.append(("review", .plain(needsReview ? "true" : "false"))) }
        if decidedByStaff { pairs.append(("decided", .plain("staff"))) }
        return .mapping(pairs)
    }

    /// A score as written to files: two decimals, within 0–1 ("0.81", "1.00").
    static func format(score: Double) -> String {
        let hundredths = Int((min(1, max(0, score)) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
