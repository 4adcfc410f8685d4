import SurveyText

/// Why a PDF or Word file could not be made, in Swedish, as `survey report` prints it.
public enum DocumentError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The program is not on `PATH`.
    case missing(ExternalProgram.Kind)
    /// The path given for a program is not one.
    case notAProgram(String, path: String, option: String)
    case cannotRun(String, reason: String)
    case failed(String, status: Int32, output: String)
    case timedOut(String, seconds: Int)
    /// The program ran but left no file behind, or one that is not what it should be.
    case noOutput(String, expected: String)
    /// A file the documents need could not be written or read.
    case file(String)

    public var description: String {
        let text: String
        switch self {
        case .missing(let kind):
            let option = kind.option.map { ", eller ange var det finns med \($0) SÖKVÄG" } ?? ""
            text = "\(kind.name) hittades inte (sökte efter \(kind.executables.joined(separator: ", ")) i PATH). "
                + "Installera det med `apt-get install \(kind.package)` (Debian-paketet \(kind.package))\(option)."
        case let .notAProgram(name, path, option):
            text = "\(path) (angivet med \(option)) är inget program som kan köras; ange var \(name) finns."
        case let .cannotRun(name, reason):
            text = "\(name) kunde inte startas: \(reason)."
        case let .failed(name, status, output):
            text = "\(name) avslutades med status \(status)" + (output.isEmpty ? "." : ":\n\(output)")
        case let .timedOut(name, seconds):
            text = "\(name) blev inte klart på \(seconds) sekunder och avbröts."
        case let .noOutput(name, expected):
            text = "\(name) skrev ingen \(expected)."
        case .file(let reason):
            text = reason
        }
        return TextSafety.displayable(text)
    }
}
