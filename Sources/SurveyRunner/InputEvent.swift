/// What the respondent sent: one typed line, or several lines pasted at once.
public enum InputEvent: Hashable, Sendable {
    case line(String)
    /// Lines that arrived together, faster than anyone types; taken whole, never as commands.
    case paste([String])
}
