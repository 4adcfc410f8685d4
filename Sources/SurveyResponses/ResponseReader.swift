public import SurveyForm
public import SurveyYAML

/// What reading a response file gave: the response (best effort) and every finding.
public struct ResponseLoadResult: Sendable {
    public var response: Response?
    public var diagnostics: [Diagnostic]
    public var source: SourceText?

    public var hasErrors: Bool { diagnostics.containsErrors }
}

/// Reads response files (docs/response-format.md) against their form.
///
/// A file edited by hand gets the same `file:line:column` diagnostics as a form. Entries the
/// form does not know, or that do not read, are kept as written so a later save loses nothing.
public enum ResponseReader {
    static let topKeys = ["form", "version", "respondent", "round", "created", "updated", "submitted", "answers"]
    static let entryKeys = ["answer", "other", "total", "empty", "at", "not-applicable", "prefilled"]

    /// Whether an entry to a question of this kind may have the key: `other` belongs to choice
    /// answers and `total` to count grids only, so a hand edit that `survey fill` would drop on
    /// its next save is an error instead.
    static func entryTakes(_ key: String, kind: QuestionKind) -> Bool {
        switch (key, kind) {
        case ("other", .singleChoice), ("other", .multipleChoice), ("total", .countGrid): true
        case ("other", _), ("total", _): false
        default: entryKeys.contains(key)
        }
    }

    /// The keys an entry may have, and why `other` or `total` may not, for `YAMLSchemaReader.fields`.
    private static func entryKeys(for question: Question) -> (allowed: [String], misplaced: [String: String]) {
        var allowed: [String] = []
        var misplaced: [String: String] = [:]
        for key in entryKeys {
            if entryTakes(key, kind: question.kind) {
                allowed.append(key)
            } else {
                let owners = key == "other" ? "single- and multiple-choice answers" : "count-grid answers"
                misplaced[key] = "'\(key)' does not belong in the answer to \(quoted: question.id), a \(question.kind.name) question; only \(owners) have it"
            }
        }
        return (allowed, misplaced)
    }

    public static func load(path: String, form: Form) -> ResponseLoadResult {
        do {
            return read(try SourceText.load(path: path), form: form)
        } catch {
            return ResponseLoadResult(response: nil, diagnostics: [error], source: nil)
        }
    }

    public static func read(_ source: SourceText, form: Form) -> ResponseLoadResult {
        if let response = ResponseFastReader.read(source, form: form) {
            return ResponseLoadResult(response: response, diagnostics: [], source: source)
        }
        return readTree(source, form: form)
    }

    /// Reads through the node tree, with every diagnostic; what `read` falls back on.
    static func readTree(_ source: SourceText, form: Form) -> ResponseLoadResult {
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(source)
        } catch {
            return ResponseLoadResult(response: nil, diagnostics: [error], source: source)
        }
        guard let root else {
            let location = SourceLocation(path: source.path, line: 1, column: 1)
            return ResponseLoadResult(response: nil, diagnostics: [.error("the file is empty; expected answers", at: location)], source: source)
        }
        var reader = YAMLSchemaReader()
        let response = read(root, form: form, reader: &reader)
        return ResponseLoadResult(response: response, diagnostics: reader.diagnostics.sortedByLocation(), source: source)
    }

    private static func read(_ root: YAMLNode, form: Form, reader: inout YAMLSchemaReader) -> Response? {
        guard let fields = reader.fields(of: root, subject: "the response file", allowed: topKeys,
                                         required: ["form", "version", "respondent", "answers"]) else { return nil }
        let formID = reader.text(fields, "form", required: true) ?? ""
        if let node = fields["form"], !formID.isEmpty, formID != form.id {
            reader.error("these answers are to form \(quoted: formID), not \(quoted: form.id)", at: node.location)
            return nil
        }
        let version = reader.text(fields, "version", required: true) ?? ""
        let versionDiffers = !version.isEmpty && version != form.version
        if let node = fields["version"], versionDiffers {
            reader.warning("these answers were given to version \(version) of the form; this is version \(form.version)", at: node.location)
        }
        var response = Response(
            formID: formID, formVersion: version,
            respondent: reader.text(fields, "respondent", required: true) ?? "",
            round: reader.text(fields, "round") ?? "",
            created: timestamp(fields, "created", reader: &reader),
            updated: timestamp(fields, "updated", reader: &reader),
            submitted: timestamp(fields, "submitted", reader: &reader)
        )
        guard let answers = fields["answers"] else { return response }
        if answers.isNull { return response }
        guard let pairs = answers.pairs else {
            reader.error("'answers' must be a mapping from question id to answer, not \(answers.kindDescription)", at: answers.location)
            return response
        }
        var seen: [String: SourceLocation] = [:]
        for pair in pairs {
            guard let id = pair.key.scalar else {
                reader.error("a question id must be text, not \(pair.key.kindDescription)", at: pair.key.location)
                continue
            }
            if let first = seen[id] {
                reader.error("duplicate answer to \(quoted: id)", at: pair.key.location, notes: [.note("first answer here", at: first)])
                continue
            }
            seen[id] = pair.key.location
            guard let index = form.questionIndex[id] else {
                let hint = Suggestion.closest(to: id, in: form.questions.lazy.map(\.id)).map { "; did you mean \(quoted: $0)?" } ?? ""
                reader.warning("question \(quoted: id) is not in version \(form.version) of form \(quoted: form.id); its answer is kept\(hint)", at: pair.key.location)
                response[id] = AnswerEntry(at: pair.value["at"]?.scalar.flatMap(Timestamp.init), raw: pair.value)
                continue
            }
            response[id] = entry(pair.value, question: form.questions[index], reader: &reader)
        }
        return response
    }

    private static func entry(_ node: YAMLNode, question: Question, reader: inout YAMLSchemaReader) -> AnswerEntry {
        let id = question.id
        let keys = entryKeys(for: question)
        guard let fields = reader.fields(of: node, subject: "the answer to \(quoted: id)", allowed: keys.allowed, misplaced: keys.misplaced) else {
            return AnswerEntry(raw: node)
        }
        var entry = AnswerEntry(at: timestamp(fields, "at", reader: &reader))
        let errorsBefore = reader.errorCount
        if let empty = fields["empty"] {
            if empty.scalar == "confirmed" {
                entry.emptyConfirmed = true
                if question.requirement == .required {
                    reader.warning("\(quoted: question.id) is required; 'empty: confirmed' does not excuse it", at: empty.location)
                }
            } else {
                reader.error("'empty' can only be 'confirmed', not \(reader.describe(empty))", at: empty.location)
            }
        }
        entry.notApplicable = reader.bool(fields, "not-applicable") ?? false
        entry.prefilled = reader.bool(fields, "prefilled") ?? false
        if let answer = fields["answer"] {
            entry.value = AnswerCodec.decode(answer: answer, other: fields["other"], total: fields["total"],
                                             question: question, reader: &reader)
            if entry.emptyConfirmed, let empty = fields["empty"], entry.value?.isEmpty == false {
                reader.warning("\(quoted: question.id) has both an answer and 'empty: confirmed'; the answer counts", at: empty.location)
                entry.emptyConfirmed = false
            }
        } else if !entry.emptyConfirmed {
            reader.warning("the entry for \(quoted: question.id) has no answer", at: node.location)
        }
        if reader.errorCount > errorsBefore {
            // Keep what was written, so saving the file again loses nothing.
            entry.value = nil
            entry.raw = node
        }
        return entry
    }

    private static func timestamp(_ fields: YAMLSchemaReader.Fields, _ key: String, reader: inout YAMLSchemaReader) -> Timestamp? {
        guard let node = fields[key], let text = node.scalar, !node.isNull else { return nil }
        guard let value = Timestamp(text) else {
            reader.error("\(quoted: key) must be a date and time such as 2014-01-10T09:02:11+01:00, not \(reader.describe(node))", at: node.location)
            return nil
        }
        return value
    }
}
