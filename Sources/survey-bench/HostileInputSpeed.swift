import ArgumentParser
import Dispatch
import Foundation
import SurveyRunner
import SurveyYAML

/// The reliability campaign's slow inputs, timed: `survey lint` on forms with thousands of
/// findings or megabyte scalars, and reading a megabyte line of answers, each at two sizes (the
/// growth shows whether time is linear: ×2 for twice the input) beside libyaml alone parsing the
/// same file.
struct HostileInputSpeed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hostile-input",
        abstract: "Time lint on huge or mistake-ridden forms and line reading on huge lines (linear: ×2 for twice the input)."
    )

    @Option(help: "The survey binary to time (default: the one next to this program).")
    var survey: String?

    @Option(help: "How many times to repeat each measurement; the best run counts.")
    var repeats = 3

    private static let header = """
    form: f
    title: T
    version: "1"
    language: sv
    sections:
      - id: s
        title: S
        questions:
          - id: a
            text: A?
            kind: yes-no

    """

    /// A form of `size` units of one hostile kind.
    private static func form(_ kind: String, size: Int) -> String {
        switch kind {
        case "invalid condition terms":
            header + (0..<size).map { "      - {id: q\($0), text: Q?, kind: text, when: a == kanske}\n" }.joined()
        case "unknown keys":
            header + (0..<size).map { "        k\($0): 1\n" }.joined()
        case "MB kind":
            header + "      - id: c\n        text: C?\n        kind: " + String(repeating: "x", count: size * 1_000_000) + "\n"
        default:
            header + "      - id: Y" + String(repeating: "x", count: size * 1_000_000) + "\n        text: C?\n        kind: text\n"
        }
    }

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-input-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let binary = survey ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("survey").path

        print("survey lint, start to exit, beside libyaml alone parsing the same file")
        print("case                                  lint       libyaml    stderr     growth (×2 input)")
        for (kind, sizes) in [("invalid condition terms", [2_000, 4_000]), ("unknown keys", [20_000, 40_000]),
                              ("MB kind", [5, 10]), ("MB id", [5, 10])] {
            var previous: Double?
            for size in sizes {
                let path = folder + "/form.yaml"
                try Self.form(kind, size: size).write(toFile: path, atomically: false, encoding: .utf8)
                let source = try SourceText.load(path: path)
                let libyaml = best { Self.time { _ = try? YAMLParser.countEvents(source) } }
                var stderrBytes = 0
                let lint = try best {
                    let (seconds, bytes) = try Self.runLint(binary: binary, path: path)
                    stderrBytes = bytes
                    return seconds
                }
                let growth = previous.map { String(format: "%.1f", lint / $0) } ?? "-"
                let label = "\(size) \(kind)".padding(toLength: 36, withPad: " ", startingAt: 0)
                print(label + String(format: "  %7.3f s  %7.3f s  %7d B  ", lint, libyaml, stderrBytes) + growth)
                previous = lint
            }
        }

        print("")
        print("reading one line of input (FileDescriptorInput), beside read(2) of the same bytes")
        var previous: Double?
        for megabytes in [5, 10] {
            let path = folder + "/line.txt"
            try (String(repeating: "x", count: megabytes * 1_048_576) + "\n").write(toFile: path, atomically: false, encoding: .utf8)
            let reading = best {
                let descriptor = open(path, O_RDONLY)
                defer { close(descriptor) }
                var input = FileDescriptorInput(descriptor: descriptor, detectsPaste: false)
                return Self.time { _ = input.next() }
            }
            let raw = best {
                let descriptor = open(path, O_RDONLY)
                defer { close(descriptor) }
                var buffer = [UInt8](repeating: 0, count: 1 << 16)
                return Self.time { while read(descriptor, &buffer, buffer.count) > 0 {} }
            }
            let growth = previous.map { String(format: "%.1f", reading / $0) } ?? "-"
            let label = "\(megabytes) MB line".padding(toLength: 36, withPad: " ", startingAt: 0)
            print(label + String(format: "  %7.3f s  %7.3f s             ", reading, raw) + growth)
            previous = reading
        }
    }

    private func best(_ body: () throws -> Double) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, repeats) { times.append(try body()) }
        return times.min() ?? 0
    }

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now()
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// Runs `survey lint`; its wall time and how many bytes it wrote to stderr.
    static func runLint(binary: String, path: String) throws -> (Double, Int) {
        let errors = path + ".stderr"
        _ = FileManager.default.createFile(atPath: errors, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errors) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["lint", path]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: errors)
        let start = DispatchTime.now()
        try process.run()
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let bytes = (try? FileManager.default.attributesOfItem(atPath: errors)[.size] as? Int) ?? 0
        return (seconds, bytes)
    }
}
