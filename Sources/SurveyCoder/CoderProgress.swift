/// How far a run of the coder has come, for a progress display on stderr.
///
/// The coder calls its progress handler on the calling thread, between steps and within
/// the long ones; it never prints.
public struct CoderProgress: Hashable, Sendable, CustomStringConvertible {
    public enum Stage: String, Hashable, Sendable {
        case splitting = "splitting answers"
        case terms = "stemming"
        case weighting = "weighting terms"
        case assigning = "assigning to the codebook"
        case learning = "learning from coded answers"
        case reducing = "reducing dimensions"
        case clustering = "clustering"
        case settling = "settling categories"
        case describing = "labelling categories"
        case done = "done"
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
