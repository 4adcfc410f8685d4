public import SurveyYAML

/// One question as the respondent meets it.
///
/// For a question of a repeated block, `id` is the derived id (`satser.sammanlankade.nulage`),
/// `text` and `help` have `{item}` and `{group}` filled in, and `repetition` says which item it is for.
public struct Question: Hashable, Sendable, Identifiable {
    public var id: String
    public var text: String
    public var help: String?
    public var kind: QuestionKind
    public var requirement: Requirement
    /// The question's own condition, ids already resolved to full ids.
    public var condition: Condition?
    /// The compound wording this question was split from, if any.
    public var splitFrom: String?
    public var table: TableSpec?
    public var sectionID: String
    public var repetition: Repetition?
    /// Where the question's mapping starts.
    public var location: SourceLocation
    /// Where its `text` value starts, for findings about the wording.
    public var textLocation: SourceLocation

    public init(
        id: String, text: String, help: String? = nil, kind: QuestionKind,
        requirement: Requirement = .required, condition: Condition? = nil, splitFrom: String? = nil,
        table: TableSpec? = nil, sectionID: String, repetition: Repetition? = nil,
        location: SourceLocation, textLocation: SourceLocation? = nil
    ) {
        self.id = id
        self.text = text
        self.help = help
        self.kind = kind
        self.requirement = requirement
        self.condition = condition
        self.splitFrom = splitFrom
        self.table = table
        self.sectionID = sectionID
        self.repetition = repetition
        self.location = location
        self.textLocation = textLocation ?? location
    }

    /// The text with the item it is asked about, for reports where the section is not in view:
    /// "Vilka slutsatser kring nuläget har kommunen dragit? (Ledningsnivåerna är sammanlänkade)".
    public var qualifiedText: String {
        guard let repetition, !text.contains(repetition.itemLabel) else { return text }
        return "\(text) (\(repetition.itemLabel))"
    }

    /// What the question asks about, in its own words: its text, the item it is asked about
    /// and its table's title. The coder reads no category into these words alone.
    public var codingSubject: [String] {
        [text, repetition?.itemLabel, table?.title].compactMap { $0 }
    }

    /// Free-text answers that `survey code` can sort into categories.
    public var isCodable: Bool {
        guard table != nil else { return false }
        switch kind {
        case .text, .shortText: return true
        default: return false
        }
    }

    /// Which item of a repeated block a question was made for.
    public struct Repetition: Hashable, Sendable {
        public var blockID: String
        public var blockTitle: String?
        public var itemID: String
        public var itemLabel: String
        public var itemGroup: String?
        public var itemHelp: String?
        /// The id of the template question inside the block (`nulage`).
        public var templateID: String

        public init(blockID: String, blockTitle: String? = nil, itemID: String, itemLabel: String,
                    itemGroup: String? = nil, itemHelp: String? = nil, templateID: String) {
            self.blockID = blockID
            self.blockTitle = blockTitle
            self.itemID = itemID
            self.itemLabel = itemLabel
            self.itemGroup = itemGroup
            self.itemHelp = itemHelp
            self.templateID = templateID
        }
    }
}

/// Whether a question must be answered.
public enum Requirement: String, Hashable, Sendable {
    /// Must be answered for the form to be complete.
    case required
    /// May be skipped.
    case optional
    /// May be left empty, but only on purpose: the respondent confirms it and the file records it.
    case soft
}

/// The published table a question's answers feed.
public struct TableSpec: Hashable, Sendable {
    public enum Coding: String, Hashable, Sendable {
        /// A respondent counts in every category any of its statements falls in.
        case multiple
        /// Each answer is one statement in one category.
        case single
    }

    public var number: Int?
    public var title: String
    public var coding: Coding
    /// False (`publish: false`): the table is built but not printed in the report, which
    /// states its figures in sentences only; `survey tables` shows it with `--all`.
    public var publish: Bool
    /// True (`number: false`): published without a number on purpose, even between numbered tables.
    public var unnumbered: Bool
    public var location: SourceLocation

    public init(number: Int?, title: String, coding: Coding = .multiple, publish: Bool = true, unnumbered: Bool = false,
                location: SourceLocation) {
        self.number = number
        self.title = title
        self.coding = coding
        self.publish = publish
        self.unnumbered = unnumbered
        self.location = location
    }
}
