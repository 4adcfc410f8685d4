/// How far a run of the coder has come, for a progress display on stderr.
///
/// The coder calls its progress handler on the calling thread, between steps and within
/// the long ones; it never prints.
public struct CoderProgress: Hashable, Sendable, CustomStringConvertible {
    /// Each stage as staff read it on stderr (`survey code`'s progress line).
    public enum Stage: String, Hashable, Sendable {
        case splitting = "delar upp svaren"
        case terms = "tar fram ordstammar"
        case weighting = "väger orden"
        case assigning = "placerar i kodboken"
        case learning = "lär av kodade svar"
        case reducing = "minskar dimensionerna"
        case clustering = "grupperar"
        case settling = "justerar kategorierna"
        case describing = "namnger kategorierna"
        case done = "klart"
    }

    public var stage: Stage
    public var completed: Int
    public var total: Int

    public init(stage: Stage, completed: Int, total: Int) {
        self.stage = stage
        self.completed = completed
        self.total = total
    }

    public var description: String {
        total > 0 ? "\(stage.rawValue) \(completed)/\(total)" : stage.rawValue
    }
}
