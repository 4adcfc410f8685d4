import ArgumentParser
import Dispatch
import Foundation
import SurveyForm
import SurveyResponses
import SurveyYAML

/// `survey check` on many response files, next to libyaml alone parsing the same files.
struct CheckSpeed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-speed",
        abstract: "Time `survey check` on generated response files against libyaml alone (target: ratio ≤ 2)."
    )

    @Option(help: "How many response files to generate.")
    var files = 10_000

    @Option(help: "The form to generate answers for.")
    var form = "forms/arsrapport-ar2.yaml"

    @Option(help: "Answers to borrow sentences from.")
    var examples = "responses"

    @Option(help: "The survey binary to time (default: the one next to this program).")
    var survey: String?

    @Option(help: "Keep the generated files in this folder instead of a temporary one.")
    var keep: String?

    @Option(help: "How many times to repeat each measurement; the best run counts.")
    var repeats = 3

    func run() throws {
        guard let form = FormLoader.load(path: self.form).validForm else {
            throw ValidationError("cannot load \(self.form)")
        }
        let folder = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("check-speed-\(getpid())").path
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let generator = ResponseGenerator(form: form, sentences: ResponseGenerator.sentences(from: examples, form: form))
        let started = Date()
        let paths = try generator.write(count: files, to: folder)
        let bytes = paths.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        print("Generated \(paths.count) files (\(String(format: "%.1f", Double(bytes) / 1_048_576)) MB) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")

        let libyamlOne = try best { try Self.libyamlAlone(paths, threads: 1) }
        let libyamlAll = try best { try Self.libyamlAlone(paths, threads: ProcessInfo.processInfo.activeProcessorCount) }
        let libyamlTree = try best { try Self.libyamlAlone(paths, threads: 1, tree: true) }
        let inProcess = best { Self.checkInProcess(form: form, folder: folder) }
        let binary = survey ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("survey").path
        let command = try best { try Self.runCheck(binary: binary, form: self.form, folder: folder) }
        // CPU time as well as wall time: on a shared machine the other core may be busy, and
        // CPU seconds do not depend on that.
        let libyamlCPU = try bestCPU { try Self.libyamlAlone(paths, threads: 1) }
        let commandCPU = try bestChildCPU { _ = try Self.runCheck(binary: binary, form: self.form, folder: folder) }

        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("")
        print("libyaml alone, 1 thread (events only):      \(Self.seconds(libyamlOne))")
        print("libyaml alone, \(cores) threads:                 \(Self.seconds(libyamlAll))")
        print("libyaml alone, 1 thread, its document tree: \(Self.seconds(libyamlTree))")
        print("check in process (load + typing + report):  \(Self.seconds(inProcess))")
        print("`survey check` command, start to exit:      \(Self.seconds(command))")
        print("")
        print(String(format: "ratio survey check / libyaml alone (1 thread):  %.2f  (target ≤ 2)", command / libyamlOne))
        print(String(format: "ratio survey check / libyaml alone (%d threads): %.2f", cores, command / libyamlAll))
        print(String(format: "ratio survey check / libyaml document tree:      %.2f", command / libyamlTree))
        print("")
        print("CPU time (user + system), libyaml alone, 1 thread:  \(Self.seconds(libyamlCPU))")
        print("CPU time (user + system), `survey check`:           \(Self.seconds(commandCPU))")
        print(String(format: "CPU ratio: %.2f; on %d idle cores the wall-time ratio approaches %.2f", commandCPU / libyamlCPU, cores, commandCPU / libyamlCPU / Double(cores)))
        print("(the machine has \(cores) cores; `survey check` reads files on all of them, the libyaml baselines are as labelled)")
    }

    private func best(_ body: () throws -> Double) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, repeats) { times.append(try body()) }
        return times.min() ?? 0
    }

    static func seconds(_ value: Double) -> String { String(format: "%7.3f s", value) }

    private func bestCPU(_ body: () throws -> Double) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, repeats) {
            let before = Self.cpuSeconds(RUSAGE_SELF)
            _ = try body()
            times.append(Self.cpuSeconds(RUSAGE_SELF) - before)
        }
        return times.min() ?? 0
    }

    private func bestChildCPU(_ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, repeats) {
            let before = Self.cpuSeconds(RUSAGE_CHILDREN)
            try body()
            times.append(Self.cpuSeconds(RUSAGE_CHILDREN) - before)
        }
        return times.min() ?? 0
    }

    static func cpuSeconds(_ who: __rusage_who) -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(who.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Reads every file and runs libyaml over it: its event parser (building nothing), or its
    /// loader (building libyaml's own document tree).
    static func libyamlAlone(_ paths: [String], threads: Int, tree: Bool = false) throws -> Double {
        let start = DispatchTime.now()
        let chunks = max(1, threads)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var index = chunk
            while index < paths.count {
                if let data = FileManager.default.contents(atPath: paths[index]) {
                    let source = SourceText(path: paths[index], bytes: Array(data))
                    _ = tree ? try? YAMLParser.countDocumentNodes(source) : try? YAMLParser.countEvents(source)
                }
                index += chunks
            }
        }
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    static func checkInProcess(form: Form, folder: String) -> Double {
        let start = DispatchTime.now()
        let set = ResponseSet.load(from: ResponseStore(root: folder), form: form)
        let report = CompletenessChecker.check(form: form, responses: set)
        _ = report.json()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    static func runCheck(binary: String, form: String, folder: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["check", form, folder, "--format", "json"]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        let start = DispatchTime.now()
        try process.run()
        process.waitUntilExit()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
