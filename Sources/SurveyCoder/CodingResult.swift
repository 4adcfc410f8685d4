/// What one run of the coder produced: the codebook and coding files, and their summary.
public struct CodingResult: Hashable, Sendable {
    public var codebook: Codebook
    public var coding: Coding
    /// The expected accuracy of the statements coded automatically (`review: false`), when the
    /// coder learned from coded examples and was sure of some.
    public var estimatedAccuracy: Double?

    public init(codebook: Codebook, coding: Coding, estimatedAccuracy: Double? = nil) {
        self.codebook = codebook
        self.coding = coding
        self.estimatedAccuracy = estimatedAccuracy
    }

    /// Respondent counts per category, as tables and `--format json` show them.
    public var summary: CodingSummary { CodingSummary(codebook: codebook, coding: coding) }
}
