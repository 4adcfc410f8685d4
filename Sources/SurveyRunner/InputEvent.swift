/// What the respondent sent: one typed line, several lines pasted at once, or Ctrl-C.
public enum InputEvent: Hashable, Sendable {
    case line(String)
    /// Lines that arrived together, faster than anyone types; taken whole, never as commands.
    case paste([String])
    /// Ctrl-C (or a hang-up, or `kill`): the session ends as after `:quit`.
    case interrupted
}
