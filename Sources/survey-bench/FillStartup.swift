import ArgumentParser
import Foundation

extension SurveyBench {
    /// Time from process start to the first prompt of `survey fill`, next to the start-up of programs that do nothing.
    struct FillStartup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fill-startup",
            abstract: "Time from process start to the first prompt of survey fill (target: under 50 ms on a release build).",
            discussion: """
            Launches `survey fill FORM` N times with a pipe on stdin and stdout, timing from just before \
            the launch to the moment the first prompt ("> ") arrives; then closes stdin so the session \
            ends. Also times a fill that resumes a file with answers, and as baselines `/bin/true` and \
            `survey --help` from launch to exit. Build with `swift build -c release` first.
            """
        )

        @Option(help: "The survey binary. Default: the one next to survey-bench.")
        var survey: String?

        @Option(help: "The form to fill.")
        var form = "forms/arsrapport-ar2.yaml"

        @Option(help: "A response file to resume, for the second measurement.")
        var resume = "responses/pilot/Umeå.yaml"

        @Option(help: "Timed launches per measurement (after one untimed warm-up).")
        var runs = 20

        func validate() throws {
            if runs < 1 { throw ValidationError("--runs must be at least 1") }
        }

        func run() throws {
            let binary = survey ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
                .deletingLastPathComponent().appendingPathComponent("survey").path
            guard FileManager.default.isExecutableFile(atPath: binary) else {
                throw ValidationError("no survey binary at \(binary); build it (swift build -c release) or give --survey")
            }
            let folder = NSTemporaryDirectory() + "fill-startup-\(getpid())"
            try FileManager.default.createDirectory(atPath: folder + "/pilot", withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let resumed = folder + "/pilot/Resumed.yaml"
            try FileManager.default.copyItem(atPath: resume, toPath: resumed)

            print("fill-startup: \(binary), \(runs) runs each (after one warm-up)")
            let fresh = try measure(runs) {
                try Launch.timeToPrompt(binary, ["fill", form, "--respondent", "Bench", "--round", "pilot", "--responses", folder])
            }
            let resuming = try measure(runs) {
                try Launch.timeToPrompt(binary, ["fill", form, "--respondent", "Resumed", "--round", "pilot", "--responses", folder])
            }
            let trueBaseline = try measure(runs) { try Launch.timeToExit("/bin/true", []) }
            let helpBaseline = try measure(runs) { try Launch.timeToExit(binary, ["--help"]) }
            report("survey fill, new respondent, to first prompt", fresh)
            report("survey fill, resuming \((resume as NSString).lastPathComponent), to first prompt", resuming)
            report("/bin/true, to exit", trueBaseline)
            report("survey --help, to exit", helpBaseline)
            let median = fresh.sorted()[fresh.count / 2]
            print(String(format: "  target < 50 ms: %@ (median %.1f ms, %.1f ms above survey --help)",
                         median < 0.050 ? "met" : "NOT met", median * 1000, (median - helpBaseline.sorted()[helpBaseline.count / 2]) * 1000))
        }

        private func measure(_ count: Int, _ body: () throws -> Double) throws -> [Double] {
            _ = try body()
            return try (0..<count).map { _ in try body() }
        }

        private func report(_ name: String, _ seconds: [Double]) {
            let sorted = seconds.sorted()
            let padded = name.padding(toLength: max(name.count, 56), withPad: " ", startingAt: 0)
            print("  " + padded + String(format: "  median %6.1f ms   min %6.1f ms   max %6.1f ms",
                                         sorted[sorted.count / 2] * 1000, sorted[0] * 1000, sorted[sorted.count - 1] * 1000))
        }
    }
}
