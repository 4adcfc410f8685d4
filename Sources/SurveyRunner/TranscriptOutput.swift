/// Output kept as text, for tests and for anything that shows the session later.
public struct TranscriptOutput: OutputSink, Sendable {
    public private(set) var text = ""

    public init() {}

    public mutating func write(_ text: String) {
        self.text += text
    }
}
