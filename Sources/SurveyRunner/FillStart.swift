/// How a fill session starts, for its opening words.
public enum FillStart: Hashable, Sendable {
    /// No file yet.
    case new
    /// A file with answers exists; the session continues it.
    case resumed
}
