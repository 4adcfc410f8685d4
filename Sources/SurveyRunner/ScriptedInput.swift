/// Input from a list of lines, as a script or a test types them.
public struct ScriptedInput: InputSource, Sendable {
    public private(set) var remaining: [InputEvent]

    public init(_ lines: [String]) {
        self.remaining = lines.map(InputEvent.line)
    }

    public init(events: [InputEvent]) {
        self.remaining = events
    }

    public mutating func next() -> InputEvent? {
        remaining.isEmpty ? nil : remaining.removeFirst()
    }
}
