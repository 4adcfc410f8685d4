import SurveyYAML

/// Answers or statements already coded, for the coder to learn from (docs/coder.md, "Learning").
///
/// Staff's decisions in this year's coding, last year's coding and a coded CSV from another
/// tool all become examples. A statement-level example names the categories of one statement;
/// an answer-level example (a spreadsheet row) names the categories of a whole answer, and the
/// coder works out which of its statements each category belongs to.
public struct TrainingSet: Hashable, Sendable {
    /// One coded text.
    public struct Example: Hashable, Sendable {
        public enum Level: Hashable, Sendable {
            /// The text is one statement and the categories are its own.
            case statement
            /// The text is a whole answer; its statements share the categories between them.
            case answer
        }

        public var respondent: String
        public var text: String
        /// Category ids; empty means coded as nothing ("Övrigt").
        public var categories: [String]
        /// How much the example counts (staff decisions 1).
        public var weight: Double
        public var level: Level

        public init(respondent: String, text: String, categories: [String], weight: Double = 1, level: Level = .statement) {
            self.respondent = respondent
            self.text = text
            self.categories = categories
            self.weight = weight
            self.level = level
        }
    }

    /// The categories the examples name (with their labels), in order.
    public var categories: [Codebook.Category]
    public var examples: [Example]

    public init(categories: [Codebook.Category] = [], examples: [Example] = []) {
        self.categories = categories
        self.examples = examples
    }

    public var isEmpty: Bool { examples.isEmpty }

    /// How much a statement the coder placed (not staff) counts, against a staff decision's 1.
    public static let coderPlacementWeight = 0.3

    /// The examples a coding gives: staff decisions at full weight, the coder's placements at
    /// `coderPlacementWeight`, statements left in Övrigt by the coder not at all.
    public static func from(_ coding: Coding, categories: [Codebook.Category]) -> TrainingSet {
        let known = Set(categories.map(\.id))
        let examples = coding.statements.compactMap { statement -> Example? in
            let ids = statement.categories.filter(known.contains)
            if statement.decidedByStaff {
                return Example(respondent: statement.respondent, text: statement.text, categories: ids)
            }
            guard !ids.isEmpty else { return nil }
            return Example(respondent: statement.respondent, text: statement.text, categories: ids, weight: coderPlacementWeight)
        }
        return TrainingSet(categories: categories, examples: examples)
    }

    /// This set and `other`'s examples, with `other`'s categories that are new to it.
    public func adding(_ other: TrainingSet) -> TrainingSet {
        var result = self
        let known = Set(categories.map(\.id))
        result.categories += other.categories.filter { !known.contains($0.id) }
        result.examples += other.examples
        return result
    }

    /// A label as it is compared: trimmed, lower case, runs of spaces as one.
    static func labelKey(_ label: String) -> String {
        Tokenizer.normalize(label).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The answers to `question` coded in another tool (see `CodedAnswerCSV`), as answer-level
    /// examples at full weight.
    ///
    /// Labels name `categories` (the question's codebook), compared without case or extra
    /// spaces; a label the codebook lacks is an error at its cell, with the closest label
    /// suggested. Without a codebook, the labels are the categories, numbered as they first
    /// appear. Rows of other questions are passed over.
    public static func fromCodedAnswers(_ rows: [CodedAnswerCSV.Row], question: String,
                                        categories: [Codebook.Category]) throws(FileDiagnostics) -> TrainingSet {
        var known = categories
        var idOfLabel: [String: String] = [:]
        for category in categories where idOfLabel[labelKey(category.label)] == nil { idOfLabel[labelKey(category.label)] = category.id }
        let fixed = !categories.isEmpty
        var problems: [Diagnostic] = []
        var examples: [Example] = []
        for row in rows where row.question == question {
            var ids: [String] = []
            for label in row.labels {
                if let id = idOfLabel[labelKey(label)] {
                    if !ids.contains(id) { ids.append(id) }
                    continue
                }
                guard !fixed else {
                    var message = "'\(label)' är ingen kategori i \(question)"
                    if let close = Suggestion.closest(to: label, in: categories.map(\.label)) {
                        message += Suggestion.didYouMean(close)
                    } else {
                        message += "; kategorierna är \(categories.map { "'\($0.label)'" }.joined(separator: ", "))"
                    }
                    problems.append(.error(message, at: row.categoriesLocation))
                    continue
                }
                let id = CategoryID.unique(CategoryID.slug(label), avoiding: Set(known.map(\.id)))
                known.append(Codebook.Category(id: id, label: label))
                idOfLabel[labelKey(label)] = id
                ids.append(id)
            }
            examples.append(Example(respondent: row.respondent, text: row.text, categories: ids, level: .answer))
        }
        guard problems.isEmpty else { throw FileDiagnostics(problems) }
        return TrainingSet(categories: known, examples: examples)
    }

    /// This set with its categories named as in `categories` where a label matches and the id
    /// differs (a coding from another year, whose codebook gave a category another id).
    public func matching(_ categories: [Codebook.Category]) -> TrainingSet {
        let ids = Set(categories.map(\.id))
        var idOfLabel: [String: String] = [:]
        for category in categories where idOfLabel[Self.labelKey(category.label)] == nil { idOfLabel[Self.labelKey(category.label)] = category.id }
        var renamed: [String: String] = [:]
        for category in self.categories where !ids.contains(category.id) {
            if let id = idOfLabel[Self.labelKey(category.label)] { renamed[category.id] = id }
        }
        guard !renamed.isEmpty else { return self }
        var result = self
        result.categories = categories.filter { category in self.categories.contains { renamed[$0.id] == category.id } }
            + self.categories.filter { renamed[$0.id] == nil }
        for index in result.examples.indices {
            var seen = Set<String>()
            result.examples[index].categories = result.examples[index].categories.map { renamed[$0] ?? $0 }.filter { seen.insert($0).inserted }
        }
        return result
    }

    /// True when some example is a person's decision (staff, or a coding made elsewhere): only
    /// then can the coder measure how right it is, and code anything automatically.
    public var hasDecisions: Bool { examples.contains { $0.weight >= 1 } }
}
