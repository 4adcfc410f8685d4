/// Where a fill session reads the respondent's answers from.
public protocol InputSource {
    /// The next line or paste; nil at the end of input.
    mutating func next() -> InputEvent?
}
