/// Why a typed answer was not accepted, in Swedish, saying what is expected instead.
public struct InputProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
