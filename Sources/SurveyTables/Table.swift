/// One published table: a caption, a header and rows of counts and shares.
///
/// Every format (Markdown, CSV, JSON, HTML, the report) renders this one value, so the
/// figures are worked out once.
public struct Table: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// Coded free text: categories of a codebook.
        case coded
        /// Choice, multiple-choice and yes-no tallies.
        case choice
        /// Summed count grids: participants per level.
        case countGrid = "count-grid"
        /// Check grids counted per column.
        case checkGrid = "check-grid"
        /// How far measures have come.
        case status
        /// A labelled scale, with its mean.
        case scale
        /// A number question summarised.
        case number
    }

    public var number: Int?
    public var title: String
    /// "Tabell 3 Pilotomgång år 2", as under the report's tables.
    public var caption: String
    public var questionID: String
    public var questionText: String
    /// The compound question this one was split from, if any.
    public var originalQuestion: String?
    public var kind: Kind
    /// The round or network the table counts, when grouped.
    public var group: String?
    /// Respondents who answered the question.
    public var answered: Int
    /// Respondents the question applied to who did not answer it, in Swedish order.
    public var nonRespondents: [String] = []
    /// False when the form says `publish: false`: the report gives the figures in sentences only.
    public var published: Bool = true
    /// What shares are taken of: respondents who answered, or for count grids all participants.
    public var base: Int
    /// The first column's heading.
    public var labelHeader: String
    /// Headings of the value columns, e.g. "Antal 7", "Andel".
    public var valueHeaders: [String]
    public var rows: [Row]
    /// Sentences under the table: means, what fitted no category.
    public var notes: [String]
    /// Sentences comparing with last year ("Matematiklyftet: 6 kommuner, fler än för ett år sedan (4)."), after the notes.
    public var comparisonNotes: [String] = []
    /// How many answered last year, when the table is compared with last year's.
    public var previousAnswered: Int?
    /// What the table says in place of rows when it has none: "inga svar", or for free text
    /// that has answers but no coding yet, `Table.notCodedYet`.
    public var emptyNote: String = "inga svar"

    /// The empty note of a free-text table whose answers are not coded.
    public static let notCodedYet = "svaren är inte kodade ännu"

    /// The notes and then the comparison's sentences, as every table output prints them.
    public var allNotes: [String] { notes + comparisonNotes }

    /// The empty note as a sentence: "Inga svar.", "Svaren är inte kodade ännu."
    public var emptySentence: String {
        emptyNote.prefix(1).uppercased() + emptyNote.dropFirst() + "."
    }

    public init(number: Int?, title: String, caption: String, questionID: String, questionText: String,
                originalQuestion: String? = nil, kind: Kind, group: String? = nil, answered: Int, base: Int,
                labelHeader: String, valueHeaders: [String], rows: [Row], notes: [String] = []) {
        self.number = number
        self.title = title
        self.caption = caption
        self.questionID = questionID
        self.questionText = questionText
        self.originalQuestion = originalQuestion
        self.kind = kind
        self.group = group
        self.answered = answered
        self.base = base
        self.labelHeader = labelHeader
        self.valueHeaders = valueHeaders
        self.rows = rows
        self.notes = notes
    }

    public struct Row: Hashable, Sendable {
        public var label: String
        public var cells: [Cell]
        /// The category or choice id behind the row, to match rows across years.
        public var key: String
        /// The respondents counted in the row.
        public var respondents: [String]
        /// Representative statements, for the report.
        public var quotes: [Quote]
        /// Last year's count, when the table is compared with last year's and the row was there.
        public var previousCount: Int?

        public init(label: String, cells: [Cell], key: String, respondents: [String] = [], quotes: [Quote] = []) {
            self.label = label
            self.cells = cells
            self.key = key
            self.respondents = respondents
            self.quotes = quotes
        }

        /// The row's count, when it has one.
        public var count: Int? {
            for cell in cells { if case .count(let value) = cell { return value } }
            return nil
        }

        /// The row's share, when it has one.
        public var share: Double? {
            for cell in cells { if case .share(let value) = cell { return value } }
            return nil
        }
    }

    public enum Cell: Hashable, Sendable {
        case count(Int)
        /// A share between 0 and 1.
        case share(Double)
        /// Nothing to count: printed "-" like the report.
        case none
        case mean(Double)
        /// A change in count since last year.
        case countChange(Int)
        /// A change in share since last year, in percentage points.
        case shareChange(Double)
        case text(String)
    }

    public struct Quote: Hashable, Sendable {
        public var respondent: String
        public var text: String

        public init(respondent: String, text: String) {
            self.respondent = respondent
            self.text = text
        }
    }
}
