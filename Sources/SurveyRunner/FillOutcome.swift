public import SurveyYAML

/// How a fill session ended.
public enum FillOutcome: Hashable, Sendable {
    /// The respondent went through the form and pressed Enter at the end.
    case finished
    /// `:quit`.
    case quit
    /// The input ended (a script ran out, Ctrl-D, a closed pipe).
    case endOfInput
    /// Ctrl-C, a hang-up or `kill` (`FillInterruption.receivedSignal` says which).
    case interrupted
    /// An answer could not be saved; what was saved before is intact.
    case saveFailed(Diagnostic)
}
