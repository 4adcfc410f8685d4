import SurveyText

/// Why a typed answer was not accepted, in Swedish, saying what is expected instead.
public struct InputProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    /// Messages often quote what was typed ("\"x\" är inget tal"); it is made displayable
    /// here, so a typed escape sequence is never echoed back raw.
    public init(_ message: String) {
        self.message = TextSafety.displayable(message)
    }

    public var description: String { message }
}
