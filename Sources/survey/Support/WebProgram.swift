import Foundation

/// `survey-web`, the program `survey serve` and `survey invite` hand over to: kept apart so
/// that Hummingbird, swift-nio and swift-crypto are not loaded when `survey fill` starts.
enum WebProgram {
    /// `survey-web` next to this `survey` (as `swift build` and an install put them).
    static var path: String {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return executable.deletingLastPathComponent().appendingPathComponent("survey-web").path
    }

    /// Replaces this process with `survey-web SUBCOMMAND ARGUMENTS…`; returns only when it cannot.
    static func run(_ subcommand: String, _ arguments: [String]) -> Never {
        let program = path
        let all = [program, subcommand] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = all.map { strdup($0) } + [nil]
        fflush(nil)
        execv(program, &cArguments)
        let reason = String(cString: strerror(errno))
        for argument in cArguments { free(argument) }
        StandardError.write("survey \(subcommand): kan inte starta \(program) (\(reason)). Bygg den med swift build, eller installera den bredvid survey.\n")
        exit(69)
    }
}
