import SurveyForm

/// A command typed at a prompt instead of an answer: `:back`, `:goto ID` …
public enum RunnerCommand: Hashable, Sendable {
    case back
    case skip
    /// Go to a question by id or number; an empty target asks which.
    case goto(String)
    case review
    case help
    case quit
    case edit
    /// A word after a colon that is no command; the session says so rather than taking it as an answer.
    case unknown(String)

    /// Every command's name, then its Swedish name (`HelpText` lists both): what a mistyped
    /// command is compared with.
    public static let names = ["back", "skip", "goto", "review", "help", "quit", "edit",
                               "tillbaka", "hoppa", "gå", "översikt", "hjälp", "avsluta", "redigera"]

    /// The command a line holds, or nil when the line is an answer.
    ///
    /// Only a colon followed by a letter starts a command, so a text line such as ":)" or
    /// ": se bilaga" stays text.
    public init?(parsing line: String) {
        let trimmed = line.trimmingWhitespace()
        guard trimmed.hasPrefix(":"), let first = trimmed.dropFirst().first, first.isLetter else { return nil }
        let words = trimmed.dropFirst().split(separator: " ", maxSplits: 1)
        let name = words.first.map { String($0).lowercased() } ?? ""
        let argument = words.count > 1 ? String(words[1]).trimmingWhitespace() : ""
        switch name {
        case "back", "tillbaka": self = .back
        case "skip", "hoppa": self = .skip
        case "goto", "ga", "gå": self = .goto(argument)
        case "review", "oversikt", "översikt": self = .review
        case "help", "hjalp", "hjälp": self = .help
        case "quit", "q", "avsluta": self = .quit
        case "edit", "redigera": self = .edit
        default: self = .unknown(name)
        }
    }
}
