/// What one run of the coder produced: the codebook and coding files, and their summary.
public struct CodingResult: Hashable, Sendable {
    public var codebook: Codebook
    public var coding: Coding

    public init(codebook: Codebook, coding: Coding) {
        self.codebook = codebook
        self.coding = coding
    }

    /// Respondent counts per category, as tables and `--format json` show them.
    public var summary: CodingSummary { CodingSummary(codebook: codebook, coding: coding) }
}
