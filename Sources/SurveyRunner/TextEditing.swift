/// Opens a text in the respondent's editor and gives back what they saved.
public protocol TextEditing {
    /// The edited text, or a Swedish message saying why editing did not work.
    func edit(_ text: String) -> Result<String, InputProblem>
}

/// For sessions without an editor: `:edit` explains that none is available.
public struct NoTextEditor: TextEditing, Sendable {
    public init() {}

    public func edit(_ text: String) -> Result<String, InputProblem> {
        .failure(InputProblem("Ingen textredigerare är tillgänglig här; skriv svaret direkt."))
    }
}
