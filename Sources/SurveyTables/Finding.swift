/// One generated sentence of the report's text, with the table rows it rests on.
///
/// Findings never say more than their table: every count in `text` is a count of a row in
/// `rows` (or the number who answered), so staff can check each sentence against its table.
public struct Finding: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// "Ingen kommun har svarat på frågan."
        case nobodyAnswered = "nobody-answered"
        /// "Uppsala har inte svarat på frågan.", "Fyra av sju kommuner har svarat på frågan."
        case nonRespondents = "non-respondents"
        /// The largest row or rows: "Sex av sju kommuner nämner ”Matematiklyftet”."
        case largest
        /// The rows after the largest: "Fem kommuner nämner ”Redan befintliga …”."
        case next
        /// No row has more than one respondent.
        case spread
        /// How the answers fall over all rows: yes and no, the steps of a status.
        case distribution
        /// The smallest rows of a count grid.
        case smallest
        /// The mean of a scale or number question.
        case mean
        /// The largest change since last year.
        case change
        /// Every row as last year.
        case unchanged
        /// Who answered at all (the summary's first sentence); rests on the responses, not a table.
        case respondents
    }

    public var kind: Kind
    public var text: String
    /// The table the sentence is about (its question id), nil for `respondents`.
    public var questionID: String?
    /// The table's group, when tables are grouped.
    public var group: String?
    /// Keys of the rows whose figures the sentence gives.
    public var rows: [String]
    /// How much the sentence says, for choosing the summary's sentences: the largest row's
    /// share of those who answered, or a change's size in shares.
    public var strength: Double
    /// The sentence as the summary writes it, with its question and table named
    /// ("På frågan ”…?” nämner sex av sju kommuner ”Matematiklyftet” (tabell 3)."); nil when
    /// the sentence does not go into the summary.
    public var inSummary: String?

    public init(kind: Kind, text: String, questionID: String? = nil, group: String? = nil, rows: [String] = [],
                strength: Double = 0, inSummary: String? = nil) {
        self.kind = kind
        self.text = text
        self.questionID = questionID
        self.group = group
        self.rows = rows
        self.strength = strength
        self.inSummary = inSummary
    }
}
