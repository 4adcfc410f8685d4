public import SurveyYAML
import Foundation

/// What loading a form file gave: the form (best effort when there are errors) and every finding.
public struct FormLoadResult: Sendable {
    public var form: Form?
    public var diagnostics: [Diagnostic]
    public var source: SourceText?
    /// Whether the file is a register of participants rather than a form (top-level `register:`
    /// without `form:`); `survey lint` then reads it with `RegisterLoader`.
    public var isRegister = false

    /// The form, when it loaded without errors.
    public var validForm: Form? { diagnostics.containsErrors ? nil : form }
}

/// Reads a form file into a `Form`, reporting every error with its position.
///
/// Walks the YAML node tree itself (no Codable) so each finding points at the node it is
/// about. Reading goes on after an error so one pass reports them all.
public struct FormLoader {
    public static func load(path: String) -> FormLoadResult {
        let source: SourceText
        do {
            source = try SourceText.load(path: path)
        } catch {
            return FormLoadResult(form: nil, diagnostics: [error], source: nil)
        }
        return load(source: source)
    }

    public static func load(source: SourceText) -> FormLoadResult {
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(source)
        } catch {
            return FormLoadResult(form: nil, diagnostics: [error], source: source)
        }
        guard let root else {
            let location = SourceLocation(path: source.path, line: 1, column: 1)
            return FormLoadResult(form: nil, diagnostics: [.error("filen är tom; här väntades ett formulär", at: location)], source: source)
        }
        var loader = FormLoader()
        let form = loader.readForm(root)
        return FormLoadResult(form: form, diagnostics: loader.reader.diagnostics.uniqued(), source: source,
                              isRegister: Self.isRegister(root))
    }

    private var reader = YAMLSchemaReader()
    /// Questions (derived ids included) whose kind could not be read: they exist, but cannot be checked against.
    private var unreadableQuestionIDs = Set<String>()

    /// A register of participants: top-level `register:` and no `form:`.
    static func isRegister(_ root: YAMLNode) -> Bool {
        root["register"] != nil && root["form"] == nil
    }

    // MARK: - Keys

    static let formKeys = ["form", "title", "version", "language", "program", "period", "edition", "description",
                           "respondent", "section-numbers", "sections"]
    static let sectionKeys = ["id", "title", "help", "when", "questions"]
    static let repeatKeys = ["repeat", "title", "help", "over", "questions"]
    static let itemKeys = ["id", "label", "group", "help", "tables"]
    static let questionKeys = ["id", "text", "kind", "help", "required", "when", "from", "table"]
    static let tableKeys = ["number", "title", "coding", "publish"]
    static let choiceKeys = ["id", "label"]
    static let pointKeys = ["value", "label"]

    static let kindKeys: [String: [String]] = [
        "text": ["max-length"],
        "short-text": ["max-length"],
        "number": ["integer", "min", "max", "plausible-max", "unit"],
        "single-choice": ["choices", "other"],
        "multiple-choice": ["choices", "other", "min-selected", "max-selected"],
        "yes-no": [],
        "scale": ["points"],
        "status": [],
        "term-or-date": ["accept"],
        "count-grid": ["rows", "total", "unit"],
        "check-grid": ["rows", "columns"],
    ]

    static var allKindKeys: [String] {
        Array(Set(kindKeys.values.flatMap { $0 })).sorted()
    }

    // MARK: - Form

    private mutating func readForm(_ root: YAMLNode) -> Form? {
        guard root.pairs != nil else {
            reader.error("ett formulär ska vara en mappning med nycklarna form, title, version, language och sections, inte \(root.kindDescription)", at: root.location)
            return nil
        }
        if Self.isRegister(root) {
            reader.error("det här är ett register över deltagare, inte ett formulär", at: root.location)
            return nil
        }
        guard let fields = reader.fields(of: root, subject: "formuläret", allowed: Self.formKeys,
                                         required: ["form", "title", "version", "language", "sections"]) else { return nil }
        let id = readID(fields, "form") ?? ""
        let title = reader.text(fields, "title", required: true) ?? ""
        let version = reader.text(fields, "version", required: true) ?? ""
        let language = reader.text(fields, "language", required: true) ?? "sv"
        if let node = fields["language"], language != "sv" {
            reader.error("språket \(quoted: language) stöds inte; formulär skrivs på svenska (sv)", at: node.location)
        }
        var drafts: [SectionDraft] = []
        if let items = reader.list(fields, "sections") {
            if items.isEmpty, let node = fields["sections"] {
                reader.error("listan 'sections' är tom; ett formulär behöver minst ett avsnitt", at: node.location)
            }
            for item in items {
                if let draft = readSection(item) { drafts.append(draft) }
            }
        }
        let sections = assemble(drafts)
        return Form(
            id: id, title: title, version: version, language: language,
            program: reader.text(fields, "program"), period: reader.text(fields, "period"),
            edition: reader.text(fields, "edition"), description: reader.text(fields, "description"),
            respondentNoun: fields["respondent"].flatMap { RespondentNoun.read($0, reader: &reader) },
            firstSectionNumber: readSectionNumbers(fields), sections: sections, location: root.location
        )
    }

    /// `section-numbers:` — false for none, true or a number for the first section's; 1 when absent.
    private mutating func readSectionNumbers(_ fields: YAMLSchemaReader.Fields) -> Int? {
        guard let node = fields["section-numbers"] else { return 1 }
        if let flag = node.bool { return flag ? 1 : nil }
        if let number = node.int, number >= 0 { return number }
        reader.error("'section-numbers' ska vara false, true eller numret på det första avsnittet (0 eller mer), inte \(reader.describe(node))", at: node.location)
        return 1
    }

    private mutating func readID(_ fields: YAMLSchemaReader.Fields, _ key: String) -> String? {
        guard let node = fields[key] else { return nil }
        guard let id = reader.text(node, key: key, required: true) else { return nil }
        if !Identifier.isKebabCase(id) {
            reader.error(Identifier.invalidMessage(id), at: node.location)
        }
        return id
    }

    // MARK: - Sections and blocks

    private struct SectionDraft {
        var id: String
        var title: String
        var help: String?
        var condition: ParsedCondition?
        var entries: [Entry]
        var location: SourceLocation
    }

    private enum Entry {
        case question(QuestionDraft)
        case block(BlockDraft)
    }

    private struct BlockDraft {
        var id: String
        var title: String?
        var help: String?
        var items: [ItemDraft]
        var questions: [QuestionDraft]
        var location: SourceLocation
        var idLocation: SourceLocation
    }

    private struct ItemDraft {
        var id: String
        var label: String
        var group: String?
        var help: String?
        var tables: [String: TableSpec]
        var tableKeyLocations: [String: SourceLocation]
        var location: SourceLocation
    }

    private struct QuestionDraft {
        var id: String
        var idLocation: SourceLocation
        var text: String
        var textLocation: SourceLocation
        var help: String?
        var kind: QuestionKind?
        var requirement: Requirement
        var condition: ParsedCondition?
        var splitFrom: String?
        var table: TableSpec?
        var location: SourceLocation
    }

    private struct ParsedCondition {
        var condition: Condition
        var location: SourceLocation
    }

    private mutating func readSection(_ node: YAMLNode) -> SectionDraft? {
        let subject = node["id"]?.scalar.map { "avsnittet \(quoted: $0)" } ?? "ett avsnitt"
        guard let fields = reader.fields(of: node, subject: subject, allowed: Self.sectionKeys,
                                         required: ["id", "title", "questions"]) else { return nil }
        let id = readID(fields, "id") ?? ""
        let title = reader.text(fields, "title", required: true) ?? ""
        var entries: [Entry] = []
        if let items = reader.list(fields, "questions") {
            if items.isEmpty, let list = fields["questions"] {
                reader.error("listan 'questions' är tom; ett avsnitt behöver minst en fråga", at: list.location)
            }
            for item in items {
                if item["repeat"] != nil {
                    if let block = readBlock(item) { entries.append(.block(block)) }
                } else if let question = readQuestion(item, inBlock: false) {
                    entries.append(.question(question))
                }
            }
        }
        return SectionDraft(
            id: id, title: title, help: reader.text(fields, "help"),
            condition: readCondition(fields), entries: entries, location: node.location
        )
    }

    private mutating func readBlock(_ node: YAMLNode) -> BlockDraft? {
        let subject = node["repeat"]?.scalar.map { "det upprepade blocket \(quoted: $0)" } ?? "ett upprepat block"
        guard let fields = reader.fields(of: node, subject: subject, allowed: Self.repeatKeys,
                                         required: ["repeat", "over", "questions"]) else { return nil }
        let id = readID(fields, "repeat") ?? ""
        var items: [ItemDraft] = []
        var seenItems: [String: SourceLocation] = [:]
        if let list = reader.list(fields, "over") {
            if list.isEmpty, let node = fields["over"] {
                reader.error("listan 'over' är tom; ett upprepat block behöver minst en post", at: node.location)
            }
            for itemNode in list {
                guard let item = readItem(itemNode) else { continue }
                if let first = seenItems[item.id] {
                    reader.error("id:t \(quoted: item.id) finns redan i det upprepade blocket \(quoted: id)", at: item.location,
                                 notes: [.firstHere(at: first)])
                } else {
                    seenItems[item.id] = item.location
                    items.append(item)
                }
            }
        }
        var questions: [QuestionDraft] = []
        if let list = reader.list(fields, "questions") {
            if list.isEmpty, let node = fields["questions"] {
                reader.error("listan 'questions' är tom; ett upprepat block behöver minst en fråga", at: node.location)
            }
            for questionNode in list {
                if questionNode["repeat"] != nil {
                    reader.error("ett upprepat block kan inte innehålla ett annat upprepat block", at: questionNode.location)
                    continue
                }
                if let question = readQuestion(questionNode, inBlock: true) { questions.append(question) }
            }
        }
        // Per-item tables must name template questions.
        let templateIDs = questions.map(\.id)
        for item in items {
            for (key, location) in item.tableKeyLocations.sorted(by: { $0.value < $1.value }) where !templateIDs.contains(key) {
                reader.error("'tables' nämner \(quoted: key), som inte är en fråga i blocket \(quoted: id)\(Suggestion.hint(for: key, in: templateIDs))",
                             at: location)
            }
        }
        return BlockDraft(id: id, title: reader.text(fields, "title"), help: reader.text(fields, "help"),
                          items: items, questions: questions, location: node.location,
                          idLocation: fields["repeat"]?.location ?? node.location)
    }

    private mutating func readItem(_ node: YAMLNode) -> ItemDraft? {
        let subject = node["id"]?.scalar.map { "posten \(quoted: $0)" } ?? "en post"
        guard let fields = reader.fields(of: node, subject: subject, allowed: Self.itemKeys, required: ["id", "label"]) else { return nil }
        let id = readID(fields, "id") ?? ""
        var tables: [String: TableSpec] = [:]
        var keyLocations: [String: SourceLocation] = [:]
        if let tablesNode = fields["tables"] {
            if let pairs = tablesNode.pairs {
                for pair in pairs {
                    guard let key = pair.key.scalar else { continue }
                    keyLocations[key] = pair.key.location
                    if let table = readTable(pair.value, kind: nil) { tables[key] = table }
                }
            } else {
                reader.error("'tables' ska vara en mappning från fråge-id till tabell, inte \(tablesNode.kindDescription)", at: tablesNode.location)
            }
        }
        return ItemDraft(id: id, label: reader.text(fields, "label", required: true) ?? id,
                         group: reader.text(fields, "group"), help: reader.text(fields, "help"),
                         tables: tables, tableKeyLocations: keyLocations, location: node.location)
    }

    // MARK: - Questions

    private mutating func readQuestion(_ node: YAMLNode, inBlock: Bool) -> QuestionDraft? {
        let subject = node["id"]?.scalar.map { "frågan \(quoted: $0)" } ?? "en fråga"
        let kindName = node["kind"]?.scalar
        let kindSpecific = kindName.flatMap { Self.kindKeys[$0] }
        var allowed = Self.questionKeys
        var misplaced: [String: String] = [:]
        if let kindName, let kindSpecific {
            allowed += kindSpecific
            for key in Self.allKindKeys where !kindSpecific.contains(key) {
                misplaced[key] = "nyckeln \(quoted: key) gäller inte frågetypen \(quoted: kindName)"
            }
        } else {
            // Kind missing or unknown: accept every kind's keys rather than pile up noise.
            allowed += Self.allKindKeys
        }
        guard let fields = reader.fields(of: node, subject: subject, allowed: allowed,
                                         required: ["id", "text", "kind"], misplaced: misplaced) else { return nil }
        let id = readID(fields, "id") ?? ""
        let text = reader.text(fields, "text", required: true) ?? ""
        let kind = readKind(fields)
        var table: TableSpec?
        if let tableNode = fields["table"] {
            table = readTable(tableNode, kind: kind)
            if inBlock, let number = table?.number {
                reader.error("en numrerad tabell i ett upprepat block skulle upprepas för varje post; ange Tabell \(number) per post under 'tables:'", at: tableNode.location)
            }
        }
        return QuestionDraft(
            id: id, idLocation: fields["id"]?.location ?? node.location,
            text: text, textLocation: fields["text"]?.location ?? node.location,
            help: reader.text(fields, "help"), kind: kind, requirement: readRequirement(fields),
            condition: readCondition(fields), splitFrom: reader.text(fields, "from"),
            table: table, location: node.location
        )
    }

    private mutating func readRequirement(_ fields: YAMLSchemaReader.Fields) -> Requirement {
        guard let node = fields["required"] else { return .required }
        if let value = node.bool { return value ? .required : .optional }
        if node.scalar == "soft" { return .soft }
        reader.error("'required' ska vara true, false eller soft, inte \(reader.describe(node))", at: node.location)
        return .required
    }

    private mutating func readKind(_ fields: YAMLSchemaReader.Fields) -> QuestionKind? {
        guard let node = fields["kind"], let name = reader.text(node, key: "kind", required: true) else { return nil }
        switch name {
        case "text":
            return .text(maxLength: readMaxLength(fields))
        case "short-text":
            return .shortText(maxLength: readMaxLength(fields) ?? 200)
        case "number":
            let spec = NumberSpec(
                integer: reader.bool(fields, "integer") ?? false,
                minimum: reader.number(fields, "min"), maximum: reader.number(fields, "max"),
                plausibleMaximum: reader.number(fields, "plausible-max"), unit: reader.text(fields, "unit")
            )
            for key in ["min", "max", "plausible-max"] {
                if let node = fields[key], let value = node.double, value.isFinite, AnswerLimits.isTooLarge(value) {
                    reader.error("\(quoted: key) har fler än \(AnswerLimits.numberDigits) siffror före decimaltecknet; inget svar får vara så stort", at: node.location)
                }
            }
            if let minimum = spec.minimum, let maximum = spec.maximum, minimum > maximum, let node = fields["max"] {
                reader.error("'max' (\(Condition.Operand.format(maximum))) är mindre än 'min' (\(Condition.Operand.format(minimum)))", at: node.location)
            }
            if let plausible = spec.plausibleMaximum, let node = fields["plausible-max"] {
                if let maximum = spec.maximum, plausible >= maximum {
                    reader.error("'plausible-max' (\(Condition.Operand.format(plausible))) ska vara lägre än 'max' (\(Condition.Operand.format(maximum))); svar över 'max' avvisas ändå", at: node.location)
                } else if let minimum = spec.minimum, plausible < minimum {
                    reader.error("'plausible-max' (\(Condition.Operand.format(plausible))) är mindre än 'min' (\(Condition.Operand.format(minimum)))", at: node.location)
                }
            }
            return .number(spec)
        case "single-choice", "multiple-choice":
            let multiple = name == "multiple-choice"
            let otherLabel = readOther(fields)
            var choices: [Choice] = []
            if let list = reader.list(fields, "choices") {
                choices = readChoices(list, what: .choice, listNode: fields["choices"]!, reservedOther: otherLabel != nil)
            } else if !fields.has("choices") {
                // The missing key was reported by the mapping check only for required keys.
                reader.missingKey("choices", in: fields)
            }
            let minimum = multiple ? reader.int(fields, "min-selected", minimum: 0) : nil
            let maximum = multiple ? reader.int(fields, "max-selected", minimum: 1) : nil
            let optionCount = choices.count + (otherLabel == nil ? 0 : 1)
            if let minimum, let maximum, minimum > maximum, let node = fields["max-selected"] {
                reader.error("'max-selected' (\(maximum)) är mindre än 'min-selected' (\(minimum))", at: node.location)
            } else if let minimum, minimum > optionCount, optionCount > 0, let node = fields["min-selected"] {
                reader.error("'min-selected' är \(minimum), men frågan har bara \(optionCount) svarsalternativ", at: node.location)
            }
            let spec = ChoiceSpec(choices: choices, otherLabel: otherLabel, minimumSelected: minimum, maximumSelected: maximum)
            return multiple ? .multipleChoice(spec) : .singleChoice(spec)
        case "yes-no":
            return .yesNo
        case "scale":
            guard let list = reader.list(fields, "points") else {
                if !fields.has("points") {
                    reader.missingKey("points", in: fields)
                }
                return .scale([])
            }
            return .scale(readPoints(list, listNode: fields["points"]!))
        case "status":
            return .status
        case "term-or-date":
            guard let node = fields["accept"] else { return .termOrDate(.both) }
            if let word = node.scalar, let accept = TermOrDate.Accept(rawValue: word) { return .termOrDate(accept) }
            reader.error("'accept' ska vara term, date eller both, inte \(reader.describe(node))", at: node.location)
            return .termOrDate(.both)
        case "count-grid":
            var rows: [Choice] = []
            if let list = reader.list(fields, "rows") {
                rows = readChoices(list, what: .row, listNode: fields["rows"]!, reservedOther: false)
            } else if !fields.has("rows") {
                reader.missingKey("rows", in: fields)
            }
            var totalLabel: String?
            if let node = fields["total"] {
                if let flag = node.bool {
                    totalLabel = flag ? "Totalt" : nil
                } else {
                    totalLabel = reader.text(node, key: "total", required: true)
                }
            }
            return .countGrid(CountGridSpec(rows: rows, totalLabel: totalLabel, unit: reader.text(fields, "unit")))
        case "check-grid":
            var rows: [Choice] = []
            var columns: [Choice] = []
            for key in ["rows", "columns"] {
                if let list = reader.list(fields, key) {
                    let read = readChoices(list, what: key == "rows" ? .row : .column, listNode: fields[key]!, reservedOther: false)
                    if key == "rows" { rows = read } else { columns = read }
                } else if !fields.has(key) {
                    reader.missingKey(key, in: fields)
                }
            }
            return .checkGrid(CheckGridSpec(rows: rows, columns: columns))
        default:
            let hint = Suggestion.closest(to: name, in: QuestionKind.allNames).map(Suggestion.didYouMean)
                ?? "; typerna är \(QuestionKind.allNames.joined(separator: ", "))"
            reader.error("okänd frågetyp \(quoted: name)\(hint)", at: node.location)
            return nil
        }
    }

    /// `max-length`, which no answer can exceed beyond `AnswerLimits.maximumCharacters` anyway.
    private mutating func readMaxLength(_ fields: YAMLSchemaReader.Fields) -> Int? {
        guard let length = reader.int(fields, "max-length", minimum: 1) else { return nil }
        if length > AnswerLimits.maximumCharacters, let node = fields["max-length"] {
            reader.error("'max-length' är \(length), men inget svar kan vara längre än \(AnswerLimits.maximumCharactersInSwedish) tecken", at: node.location)
            return AnswerLimits.maximumCharacters
        }
        return length
    }

    private mutating func readOther(_ fields: YAMLSchemaReader.Fields) -> String? {
        guard let node = fields["other"] else { return nil }
        if let flag = node.bool { return flag ? ChoiceSpec.defaultOtherLabel : nil }
        return reader.text(node, key: "other", required: true)
    }

    /// What `readChoices` reads, with the Swedish words its messages use.
    private enum ChoiceListKind {
        case choice, row, column

        /// The key of the list, and the key a label alone stands for in messages about it.
        var key: String { switch self { case .choice: "choices"; case .row: "rows"; case .column: "columns" } }
        var singularKey: String { switch self { case .choice: "choice"; case .row: "row"; case .column: "column" } }
        /// Indefinite ("ett svarsalternativ"), definite ("svarsalternativet") and definite plural.
        var indefinite: String { switch self { case .choice: "ett svarsalternativ"; case .row: "en rad"; case .column: "en kolumn" } }
        var definite: String { switch self { case .choice: "svarsalternativet"; case .row: "raden"; case .column: "kolumnen" } }
        var definitePlural: String { switch self { case .choice: "svarsalternativen"; case .row: "raderna"; case .column: "kolumnerna" } }
        /// Why the list may not be empty.
        var emptyReason: String {
            switch self {
            case .choice: "en fråga av typen single-choice eller multiple-choice behöver minst ett svarsalternativ"
            case .row: "en fråga av typen count-grid eller check-grid behöver minst en rad"
            case .column: "en fråga av typen check-grid behöver minst en kolumn"
            }
        }
    }

    /// Reads choices, rows or columns: labels, or `{id, label}` mappings; ids unique.
    private mutating func readChoices(_ list: [YAMLNode], what: ChoiceListKind, listNode: YAMLNode, reservedOther: Bool) -> [Choice] {
        if list.isEmpty {
            reader.error("listan \(quoted: what.key) är tom; \(what.emptyReason)", at: listNode.location)
            return []
        }
        var choices: [Choice] = []
        var seen: [String: SourceLocation] = [:]
        for item in list {
            var choice: Choice?
            if item.pairs != nil {
                guard let fields = reader.fields(of: item, subject: what.indefinite, allowed: Self.choiceKeys, required: ["label"]) else { continue }
                guard let label = reader.text(fields, "label", required: true) else { continue }
                let id = fields.has("id") ? (readID(fields, "id") ?? "") : Identifier.slug(label)
                choice = Choice(id: id, label: label, location: item.location)
            } else if let label = reader.text(item, key: what.singularKey, required: true) {
                let id = Identifier.slug(label)
                if id.isEmpty {
                    reader.error("kan inte göra ett id av \(what.definite) \(quoted: label); skriv det som {id: …, label: …}", at: item.location)
                    continue
                }
                choice = Choice(id: id, label: label, location: item.location)
            }
            guard let choice else { continue }
            if let first = seen[choice.id] {
                reader.error("id:t \(quoted: choice.id) finns redan bland \(what.definitePlural)", at: item.location,
                             notes: [.firstHere(at: first)])
                continue
            }
            if reservedOther, choice.id == ChoiceSpec.otherID {
                reader.error("id:t 'annat' är reserverat för svarsalternativet som 'other:' lägger till; ta bort det här svarsalternativet eller 'other:'", at: item.location)
                continue
            }
            seen[choice.id] = item.location
            choices.append(choice)
        }
        return choices
    }

    private mutating func readPoints(_ list: [YAMLNode], listNode: YAMLNode) -> [ScalePoint] {
        var points: [ScalePoint] = []
        for (index, item) in list.enumerated() {
            if item.pairs != nil {
                guard let fields = reader.fields(of: item, subject: "ett skalsteg", allowed: Self.pointKeys, required: ["value", "label"]),
                      let value = reader.int(fields, "value"), let label = reader.text(fields, "label", required: true) else { continue }
                if !ScalePoint.valueRange.contains(value) {
                    reader.error("skalans värden ska vara från \(ScalePoint.valueRange.lowerBound) till \(ScalePoint.valueRange.upperBound), inte \(value)",
                                 at: fields["value"]?.location ?? item.location)
                    continue
                }
                if let last = points.last, value <= last.value {
                    reader.error("skalans värden ska öka; \(value) kommer efter \(last.value)", at: fields["value"]?.location ?? item.location)
                    continue
                }
                points.append(ScalePoint(value: value, label: label))
            } else if let label = reader.text(item, key: "point", required: true) {
                points.append(ScalePoint(value: index + 1, label: label))
            }
        }
        if list.count < 2 {
            reader.error("en skala behöver minst två skalsteg; här finns \(list.count)", at: listNode.location)
        }
        return points
    }

    private mutating func readTable(_ node: YAMLNode, kind: QuestionKind?) -> TableSpec? {
        guard let fields = reader.fields(of: node, subject: "en tabell", allowed: Self.tableKeys, required: ["title"]) else { return nil }
        // `number: false` publishes the table without a number on purpose.
        let unnumbered = fields["number"]?.bool == false
        let number = unnumbered ? nil : reader.int(fields, "number", minimum: 1)
        let title = reader.text(fields, "title", required: true) ?? ""
        let publish = reader.bool(fields, "publish") ?? true
        if !publish, let numberNode = fields["number"], number != nil || unnumbered {
            reader.error("en tabell med 'publish: false' skrivs inte ut och får därför inget nummer", at: numberNode.location)
        }
        var coding = TableSpec.Coding.multiple
        if let codingNode = fields["coding"] {
            if let word = codingNode.scalar, let value = TableSpec.Coding(rawValue: word) {
                coding = value
            } else {
                reader.error("'coding' ska vara multiple eller single, inte \(reader.describe(codingNode))", at: codingNode.location)
            }
            switch kind {
            case .text?, .shortText?, nil: break
            case let other?:
                reader.error("'coding' gäller bara textfrågor; tabellen för en fråga av typen \(quoted: other.name) räknas, den kodas inte", at: codingNode.location)
            }
        }
        return TableSpec(number: publish ? number : nil, title: title, coding: coding, publish: publish, unnumbered: unnumbered,
                         location: node.location)
    }

    private mutating func readCondition(_ fields: YAMLSchemaReader.Fields) -> ParsedCondition? {
        guard let node = fields["when"], let source = reader.text(node, key: "when", required: true) else { return nil }
        let locate = Self.locator(for: node)
        do {
            return ParsedCondition(condition: try ConditionParser.parse(source, locate: locate), location: node.location)
        } catch {
            reader.report(error)
            return nil
        }
    }

    /// Maps a character offset in a scalar's text to its file position, exact for one-line scalars.
    static func locator(for node: YAMLNode) -> (Int) -> SourceLocation {
        let base = node.location
        let text = node.scalar ?? ""
        let shift: Int
        switch node.scalarStyle {
        case .plain?: shift = 0
        case .singleQuoted?, .doubleQuoted?: shift = 1
        default: return { _ in base }
        }
        if text.contains("\n") { return { _ in base } }
        return { offset in
            SourceLocation(path: base.path, line: base.line, column: base.column + shift + offset)
        }
    }

    // MARK: - Assembly: expand blocks, resolve conditions, check ids and tables

    private mutating func assemble(_ drafts: [SectionDraft]) -> [Section] {
        // Expand into questions first, remembering each one's unresolved condition.
        struct Pending {
            var question: Question
            var condition: ParsedCondition?
            /// Template ids of its block, which bare references resolve against.
            var blockScope: (block: String, item: String, templateIDs: Set<String>)?
        }
        var sections: [(draft: SectionDraft, pending: [Pending])] = []
        var idLocations: [String: SourceLocation] = [:]
        var sectionLocations: [String: SourceLocation] = [:]

        func claim(_ id: String, at location: SourceLocation, in reader: inout YAMLSchemaReader) -> Bool {
            if let first = idLocations[id] {
                reader.error("id:t \(quoted: id) finns redan", at: location, notes: [.firstHere(at: first)])
                return false
            }
            idLocations[id] = location
            return true
        }

        for draft in drafts {
            if let first = sectionLocations[draft.id] {
                reader.error("id:t \(quoted: draft.id) finns redan bland avsnitten", at: draft.location, notes: [.firstHere(at: first)])
            } else {
                sectionLocations[draft.id] = draft.location
            }
            var pending: [Pending] = []
            for entry in draft.entries {
                switch entry {
                case .question(let q):
                    guard claim(q.id, at: q.idLocation, in: &reader) else { continue }
                    guard let kind = q.kind else {
                        unreadableQuestionIDs.insert(q.id)
                        continue
                    }
                    let question = Question(
                        id: q.id, text: q.text, help: q.help, kind: kind, requirement: q.requirement,
                        splitFrom: q.splitFrom, table: q.table, sectionID: draft.id,
                        location: q.location, textLocation: q.textLocation
                    )
                    pending.append(Pending(question: question, condition: q.condition))
                case .block(let block):
                    guard claim(block.id, at: block.idLocation, in: &reader) else { continue }
                    var templateSeen: [String: SourceLocation] = [:]
                    var templates: [QuestionDraft] = []
                    for template in block.questions {
                        if let first = templateSeen[template.id] {
                            reader.error("id:t \(quoted: template.id) finns redan bland frågorna i det upprepade blocket \(quoted: block.id)", at: template.idLocation,
                                         notes: [.firstHere(at: first)])
                            continue
                        }
                        templateSeen[template.id] = template.idLocation
                        templates.append(template)
                    }
                    let templateIDs = Set(templates.map(\.id))
                    for item in block.items {
                        for template in templates {
                            guard let kind = template.kind else {
                                unreadableQuestionIDs.insert("\(block.id).\(item.id).\(template.id)")
                                continue
                            }
                            let fill = { (text: String) in
                                text.replacingOccurrences(of: "{item}", with: item.label)
                                    .replacingOccurrences(of: "{group}", with: item.group ?? "")
                            }
                            let question = Question(
                                id: "\(block.id).\(item.id).\(template.id)", text: fill(template.text),
                                help: template.help.map(fill), kind: kind, requirement: template.requirement,
                                splitFrom: template.splitFrom.map(fill), table: item.tables[template.id] ?? template.table.map {
                                    var table = $0
                                    table.title = fill(table.title)
                                    return table
                                },
                                sectionID: draft.id,
                                repetition: Question.Repetition(
                                    blockID: block.id, blockTitle: block.title, itemID: item.id, itemLabel: item.label,
                                    itemGroup: item.group, itemHelp: item.help, templateID: template.id
                                ),
                                location: template.location, textLocation: template.textLocation
                            )
                            pending.append(Pending(question: question, condition: template.condition,
                                                   blockScope: (block.id, item.id, templateIDs)))
                        }
                    }
                }
            }
            sections.append((draft, pending))
        }

        // Positions in asking order, for "asked later" checks.
        var order: [String: Int] = [:]
        var questionsByID: [String: Question] = [:]
        var position = 0
        for (_, pending) in sections {
            for item in pending {
                order[item.question.id] = position
                questionsByID[item.question.id] = item.question
                position += 1
            }
        }
        let allIDs = sections.flatMap { $0.pending.map(\.question.id) }

        var result: [Section] = []
        var sectionStart = 0
        for (draft, pending) in sections {
            let sectionCondition = draft.condition.map {
                resolve($0.condition, askedAt: sectionStart, owner: "avsnittet \(quoted: draft.id)", scope: nil,
                        order: order, questions: questionsByID, allIDs: allIDs)
            }
            var questions: [Question] = []
            for item in pending {
                var question = item.question
                if let parsed = item.condition {
                    question.condition = resolve(parsed.condition, askedAt: order[question.id] ?? 0, owner: "frågan \(quoted: question.id)",
                                                 scope: item.blockScope, order: order, questions: questionsByID, allIDs: allIDs)
                }
                questions.append(question)
            }
            sectionStart += pending.count
            result.append(Section(id: draft.id, title: draft.title, help: draft.help, condition: sectionCondition,
                                  questions: questions, location: draft.location))
        }
        checkTables(result.flatMap(\.questions))
        return result
    }

    /// Resolves bare template ids to derived ids and checks every reference and value.
    private mutating func resolve(
        _ condition: Condition, askedAt position: Int, owner: String,
        scope: (block: String, item: String, templateIDs: Set<String>)?,
        order: [String: Int], questions: [String: Question], allIDs: [String]
    ) -> Condition {
        let resolved = condition.mapReferences { reference in
            guard let scope, scope.templateIDs.contains(reference.id) else { return reference }
            return Condition.Reference(id: "\(scope.block).\(scope.item).\(reference.id)", location: reference.location)
        }
        checkReferences(resolved, askedAt: position, order: order, questions: questions, allIDs: allIDs)
        return resolved
    }

    /// Checks each term of a condition: the question it names exists, is asked earlier, and the
    /// value fits its kind. A question whose own kind could not be read is known but not checked,
    /// so one mistake is reported once.
    private mutating func checkReferences(_ condition: Condition, askedAt position: Int, order: [String: Int],
                                          questions: [String: Question], allIDs: [String]) {
        for (term, reference) in condition.terms {
            if unreadableQuestionIDs.contains(reference.id) { continue }
            guard let target = questions[reference.id], let targetPosition = order[reference.id] else {
                reader.error("villkoret hänvisar till en okänd fråga \(quoted: reference.id)\(Suggestion.hint(for: reference.id, in: allIDs))",
                             at: reference.location)
                continue
            }
            if targetPosition == position {
                reader.error("villkoret hänvisar till frågan själv (\(quoted: reference.id))", at: reference.location)
                continue
            }
            if targetPosition > position {
                reader.error("villkoret hänvisar till \(quoted: reference.id), som ställs senare; ett villkor får bara använda tidigare svar", at: reference.location)
                continue
            }
            for diagnostic in ConditionValueCheck.problems(in: term, target: target) {
                reader.report(diagnostic)
            }
        }
    }

    private mutating func checkTables(_ questions: [Question]) {
        var numbers: [Int: (SourceLocation, String)] = [:]
        for question in questions {
            guard let table = question.table, let number = table.number else { continue }
            if let (first, owner) = numbers[number] {
                reader.error("Tabell \(number) har redan sina siffror från frågan \(quoted: owner)", at: table.location,
                             notes: [.firstHere(at: first)])
            } else {
                numbers[number] = (table.location, question.id)
            }
        }
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics without repeats, in first-seen order (a repeated block reports a template's problem once).
    func uniqued() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return filter { seen.insert($0).inserted }
    }
}
