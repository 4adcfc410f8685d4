/// The categories of one question: what the coder proposed and staff settled.
///
/// Written to `QUESTION.codebook.yaml` (docs/coding-format.md). Categories are kept in the
/// order tables list ties. Reusable: last year's codebook codes this year's answers.
public struct Codebook: Hashable, Sendable {
    public var question: String
    public var form: String?
    public var table: TableReference?
    public var categories: [Category]

    public init(question: String, form: String? = nil, table: TableReference? = nil, categories: [Category] = []) {
        self.question = question
        self.form = form
        self.table = table
        self.categories = categories
    }

    /// The category with this id, if there is one.
    public func category(_ id: String) -> Category? {
        categories.first { $0.id == id }
    }

    public var categoryIDs: [String] { categories.map(\.id) }
}

extension Codebook {
    /// One category: a row of the published table.
    public struct Category: Hashable, Sendable, Identifiable {
        /// Kebab-case, unique in the codebook; codings refer to the category by it.
        public var id: String
        /// The row label in the published table.
        public var label: String
        /// What belongs here, for the people coding.
        public var description: String?
        /// Key terms (stems) the coder found; informative only.
        public var terms: [String]
        /// Representative statements.
        public var examples: [String]
        /// True when staff have settled the category; the coder then never changes it.
        public var isFinal: Bool

        public init(id: String, label: String, description: String? = nil, terms: [String] = [], examples: [String] = [], isFinal: Bool = false) {
            self.id = id
            self.label = label
            self.description = description
            self.terms = terms
            self.examples = examples
            self.isFinal = isFinal
        }
    }

    /// The published table a question feeds, copied from the form.
    public struct TableReference: Hashable, Sendable {
        public var number: Int?
        public var title: String?

        public init(number: Int? = nil, title: String? = nil) {
            self.number = number
            self.title = title
        }
    }
}
