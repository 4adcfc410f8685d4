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
}
