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
                let owners = key == "other" ? "svar på frågor av typen 'single-choice' och 'multiple-choice'" : "svar på frågor av typen 'count-grid'"
                misplaced[key] = "'\(key)' hör inte hemma i svaret på \(quoted: question.id), en fråga av typen '\(question.kind.name)'; bara \(owners) har '\(key)'"
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
            return ResponseLoadResult(response: nil, diagnostics: [.error("filen är tom; den ska innehålla svar", at: location)], source: source)
        }
        var reader = YAMLSchemaReader()
        let response = read(root, form: form, reader: &reader)
        return ResponseLoadResult(response: response, diagnostics: reader.diagnostics.sortedByLocation(), source: source)
    }

    private static func read(_ root: YAMLNode, form: Form, reader: inout YAMLSchemaReader) -> Response? {
        guard let fields = reader.fields(of: root, subject: "svarsfilen", allowed: topKeys,
                                         required: ["form", "version", "respondent", "answers"]) else { return nil }
        let formID = reader.text(fields, "form", required: true) ?? ""
        if let node = fields["form"], !formID.isEmpty, formID != form.id {
            reader.error("svaren gäller formuläret \(quoted: formID), inte \(quoted: form.id)", at: node.location)
            return nil
        }
        let version = reader.text(fields, "version", required: true) ?? ""
        let versionDiffers = !version.isEmpty && version != form.version
        if let node = fields["version"], versionDiffers {
            reader.warning("svaren gavs till version \(version) av formuläret; det här är version \(form.version)", at: node.location)
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
            reader.error("'answers' ska vara en mappning från frågornas id till svaren, inte \(answers.kindDescription)", at: answers.location)
            return response
        }
        var seen: [String: SourceLocation] = [:]
        for pair in pairs {
            guard let id = pair.key.scalar else {
                reader.error("en frågas id ska vara text, inte \(pair.key.kindDescription)", at: pair.key.location)
                continue
            }
            if let first = seen[id] {
                reader.error("svaret på \(quoted: id) finns redan", at: pair.key.location, notes: [.note("först här", at: first)])
                continue
            }
            seen[id] = pair.key.location
            guard let index = form.questionIndex[id] else {
                let hint = Suggestion.hint(for: id, in: form.questions.lazy.map(\.id))
                reader.warning("frågan \(quoted: id) finns inte i version \(form.version) av formuläret \(quoted: form.id); svaret behålls\(hint)", at: pair.key.location)
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
        guard let fields = reader.fields(of: node, subject: "svaret på \(quoted: id)", allowed: keys.allowed, misplaced: keys.misplaced) else {
            return AnswerEntry(raw: node)
        }
        var entry = AnswerEntry(at: timestamp(fields, "at", reader: &reader))
        let errorsBefore = reader.errorCount
        if let empty = fields["empty"] {
            if empty.scalar == "confirmed" {
                entry.emptyConfirmed = true
                if question.requirement == .required {
                    reader.warning("frågan \(quoted: question.id) är obligatorisk; 'empty: confirmed' räcker inte", at: empty.location)
                }
            } else {
                reader.error("'empty' kan bara vara 'confirmed', inte \(reader.describe(empty))", at: empty.location)
            }
        }
        entry.notApplicable = reader.bool(fields, "not-applicable") ?? false
        entry.prefilled = reader.bool(fields, "prefilled") ?? false
        if let answer = fields["answer"] {
            entry.value = AnswerCodec.decode(answer: answer, other: fields["other"], total: fields["total"],
                                             question: question, reader: &reader)
            if entry.emptyConfirmed, let empty = fields["empty"], entry.value?.isEmpty == false {
                reader.warning("frågan \(quoted: question.id) har både ett svar och 'empty: confirmed'; svaret gäller", at: empty.location)
                entry.emptyConfirmed = false
            }
        } else if !entry.emptyConfirmed {
            reader.warning("posten för \(quoted: question.id) har inget svar ('answer' saknas)", at: node.location)
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
            reader.error("\(quoted: key) ska vara en tidpunkt som 2014-01-10T09:02:11+01:00, inte \(reader.describe(node))", at: node.location)
            return nil
        }
        return value
    }
}
