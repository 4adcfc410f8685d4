/// Bounds that keep hostile or broken files from exhausting time or memory.
public struct YAMLLimits: Hashable, Sendable {
    /// Largest file read at all.
    public var maximumBytes: Int
    /// Deepest nesting of lists and mappings.
    public var maximumDepth: Int
    /// Most nodes a document may hold, counting every alias as a copy of what it names,
    /// which is what stops "billion laughs" alias bombs.
    public var maximumNodes: Int

    public init(maximumBytes: Int, maximumDepth: Int, maximumNodes: Int) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
        self.maximumNodes = maximumNodes
    }

    public static let `default` = YAMLLimits(maximumBytes: 16 * 1_048_576, maximumDepth: 64, maximumNodes: 1_000_000)
}
