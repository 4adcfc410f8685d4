import Foundation
import Testing

/// Runs the built `survey` binary the way a respondent or a script would.
enum FillTestSupport {
    /// The build folder holding this test bundle, and next to it the `survey` binary.
    static let buildFolder: URL = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let folder = executable.deletingLastPathComponent()
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("survey").path) { return folder }
        return Bundle.main.bundleURL.deletingLastPathComponent()
    }()

    static var survey: String { buildFolder.appendingPathComponent("survey").path }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var annualReport: String { repository.appendingPathComponent("forms/arsrapport-ar2.yaml").path }

    struct Finished {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "survey-fill-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Runs `survey` with the given arguments in `folder`, stdin from `input`; waits for it to end.
    static func run(_ arguments: [String], input: String, in folder: String, environment extra: [String: String] = [:]) throws -> Finished {
        let inputPath = folder + "/.stdin-\(UUID().uuidString)"
        let outPath = folder + "/.stdout-\(UUID().uuidString)"
        let errPath = folder + "/.stderr-\(UUID().uuidString)"
        try input.write(toFile: inputPath, atomically: true, encoding: .utf8)
        #expect(FileManager.default.createFile(atPath: outPath, contents: nil))
        #expect(FileManager.default.createFile(atPath: errPath, contents: nil))
        defer {
            for path in [inputPath, outPath, errPath] { try? FileManager.default.removeItem(atPath: path) }
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: survey)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputPath))
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try process.run()
        process.waitUntilExit()
        return Finished(status: process.terminationStatus,
                        stdout: try String(contentsOfFile: outPath, encoding: .utf8),
                        stderr: try String(contentsOfFile: errPath, encoding: .utf8))
    }

    /// Times vary from run to run; `TID` stands for each.
    static func withoutTimes(_ text: String) -> String {
        text.replacingOccurrences(of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)"#, with: "TID", options: .regularExpression)
    }

    /// Answer ids written in a response file, in file order.
    static func answerIDs(inFile path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let answers = text.range(of: "\nanswers:\n") else { return [] }
        return text[answers.upperBound...].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), line.hasSuffix(":") else { return nil }
            return String(line.dropFirst(2).dropLast())
        }
    }

    static let shortForm = """
    form: kort
    title: Kort formulär
    version: "1"
    language: sv
    sections:
      - id: a
        title: Avsnitt
        questions:
          - {id: antal, text: Hur många mål har kommunen?, kind: number, integer: true}
          - {id: beslut, text: Var är målen beslutade?, kind: multiple-choice, choices: [Nämnden, Rektorerna], other: true}
          - {id: ovrigt, text: Något mer?, kind: text, required: soft}
    """
}

extension String {
    func from(_ marker: String) -> String {
        guard let range = range(of: marker) else { return "«\(marker) not found in:\n\(self)»" }
        return String(self[range.lowerBound...])
    }

    func upTo(_ marker: String) -> String {
        guard let range = range(of: marker) else { return self }
        return String(self[..<range.lowerBound])
    }
}
