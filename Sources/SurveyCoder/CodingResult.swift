/// What one run of the coder produced: the codebook and coding files, and their summary.
public struct CodingResult: Hashable, Sendable {
    public var codebook: Codebook
    public var coding: Coding
    /// The expected accuracy of the statements coded automatically (`review: false`), when the
    /// coder learned from coded examples and was sure of some.
    public var estimatedAccuracy: Double?
    /// Whether the coder learned from people's decisions (so that some statements could be coded automatically).
    public var learned: Bool

    public init(codebook: Codebook, coding: Coding, estimatedAccuracy: Double? = nil, learned: Bool = false) {
        self.codebook = codebook
        self.coding = coding
        self.estimatedAccuracy = estimatedAccuracy
        self.learned = learned
    }

    /// After the summary table, when the coder learned: the progress line of review
    /// (`ReviewQueue.Progress`), "" otherwise.
    public var reviewLine: String {
        guard learned else { return "" }
        return ReviewQueue.Progress(coding, estimatedAccuracy: estimatedAccuracy).line + "\n"
    }

    /// Respondent counts per category, as tables and `--format json` show them.
    public var summary: CodingSummary { CodingSummary(codebook: codebook, coding: coding) }
}
