import Foundation
import Testing

/// kill -9 in the middle of a fill: every acknowledged answer survives, the file always reads.
struct FillKillTests {
    typealias Support = FillTestSupport

    /// What the respondent types for each question of the year-2 report, in form order.
    static let answers: [[String]] = {
        var lines: [[String]] = []
        let text = { (id: String) in ["Svar på \(id).", "."] }
        for id in ["organiserat", "styrgrupp", "kommungrupp"] { lines.append(text(id)) }
        lines.append(["2", "3", "3", "3", "0", "0", "11"])
        for id in ["natverken", "involverats", "lankats", "svarigheter", "gladjeamnen"] { lines.append(text(id)) }
        lines.append(["3"])
        lines.append(text("mal"))
        lines.append(["1,3"])
        lines.append(text("malen-hur"))
        lines.append(["vt 2013"])
        lines.append(["1,2", "", "3", "", "", ""])
        for id in ["np-andra-slutsatser", "mal-atgarder", "nivaer-involverade", "aktiviteter", "uppfoljning-slutsatser"] { lines.append(text(id)) }
        for item in ["sammanlankade", "rollfordelning", "hoga-forvantningar", "larares-kompetens", "uppfoljning", "elever-i-behov"] {
            lines.append(text("satser.\(item).nulage"))
            lines.append(text("satser.\(item).atgarder"))
            lines.append(["klar"])
        }
        lines.append(text("natverk-upplevts"))
        lines.append(["ja"])
        lines.append(text("andra-exempel-beskriv"))
        lines.append(text("samarbete-influerat"))
        return lines
    }()

    static let questionIDs: [String] = {
        var ids = ["organiserat", "styrgrupp", "kommungrupp", "kommungrupp-deltagare", "natverken", "involverats", "lankats",
                   "svarigheter", "gladjeamnen", "mal-antal", "mal", "beslutade", "malen-hur", "malen-nar", "np-slutsatser",
                   "np-andra-slutsatser", "mal-atgarder", "nivaer-involverade", "aktiviteter", "uppfoljning-slutsatser"]
        for item in ["sammanlankade", "rollfordelning", "hoga-forvantningar", "larares-kompetens", "uppfoljning", "elever-i-behov"] {
            ids += ["satser.\(item).nulage", "satser.\(item).atgarder", "satser.\(item).genomforande"]
        }
        return ids + ["natverk-upplevts", "andra-exempel", "andra-exempel-beskriv", "samarbete-influerat"]
    }()

    /// A running `survey fill` with a pipe on stdin and stdout.
    final class RunningFill {
        let process = Process()
        let input = Pipe()
        let output = Pipe()
        private(set) var seen = ""

        init(folder: String) throws {
            process.executableURL = URL(fileURLWithPath: Support.survey)
            process.arguments = ["fill", Support.annualReport, "--respondent", "Umeå", "--round", "pilot", "--responses", "svar"]
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        func type(_ lines: [String]) {
            input.fileHandleForWriting.write(Data(lines.map { $0 + "\n" }.joined().utf8))
        }

        /// Reads output until `count` answers have been acknowledged.
        func waitForAcknowledgements(_ count: Int) -> Bool {
            waitUntil { $0.components(separatedBy: "\nSparat").count - 1 >= count }
        }

        /// Reads output until the session asks for input (a prompt, "> " or a grid row's, ends
        /// the output without a line break): it has started.
        func waitForTheFirstPrompt() -> Bool {
            waitUntil { !$0.isEmpty && !$0.hasSuffix("\n") }
        }

        private func waitUntil(_ done: (String) -> Bool) -> Bool {
            while !done(seen) {
                let data = output.fileHandleForReading.availableData
                if data.isEmpty { return false }
                seen += String(decoding: data, as: UTF8.self)
            }
            return true
        }

        func kill() {
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        /// Closes the input, reads the rest of the output and waits for the process to end.
        func finish() -> String {
            try? input.fileHandleForWriting.close()
            _ = waitUntil { _ in false }
            process.waitUntilExit()
            return seen
        }
    }

    @Test(arguments: [1, 4, 15, 23, 41])
    func killedAfterAnAcknowledgementKeepsEveryAcknowledgedAnswer(k: Int) throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fill = try RunningFill(folder: folder)
        for index in 0..<k {
            fill.type(Self.answers[index])
            #expect(fill.waitForAcknowledgements(index + 1))
        }
        // Half of the next answer is typed when the process dies.
        fill.type([Self.answers[k][0]])
        fill.kill()
        #expect(fill.process.terminationReason == .uncaughtSignal)
        #expect(fill.process.terminationStatus == SIGKILL)

        let path = folder + "/svar/pilot/Umeå.yaml"
        #expect(try Support.answerIDs(inFile: path) == Array(Self.questionIDs.prefix(k)))
        let check = try Support.run(["check", Support.annualReport, "svar"], input: "", in: folder)
        #expect(!check.stderr.contains("error:"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/svar/pilot").sorted() == [".Umeå.yaml.lock", "Umeå.yaml"])

        // Coming back asks question k+1 and finishes the form.
        let rest = Self.answers[k...].flatMap { $0 } + [""]
        let resumed = try Support.run(["fill", Support.annualReport, "--respondent", "Umeå", "--round", "pilot", "--responses", "svar"],
                                      input: rest.map { $0 + "\n" }.joined(), in: folder)
        #expect(resumed.stdout.contains("\nVi fortsätter med fråga \(k + 1), \(Self.questionIDs[k]).\n"))
        #expect(resumed.status == 0)
        #expect(try Support.answerIDs(inFile: path) == Self.questionIDs)
    }

    @Test func killedAtRandomMomentsNeverLeavesABrokenFile() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/svar/pilot/Umeå.yaml"
        var generator = SystemRandomNumberGenerator()
        var previous: [String] = []
        for round in 0..<12 {
            let fill = try RunningFill(folder: folder)
            // Once the session runs (a kill while it starts tests nothing), all remaining answers
            // at once, so saves follow each other as fast as they can; then a kill at a random moment.
            #expect(fill.waitForTheFirstPrompt(), "round \(round)")
            fill.type(Self.answers[previous.count...].flatMap { $0 })
            usleep(UInt32.random(in: 0...60_000, using: &generator))
            fill.kill()
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let ids = try Support.answerIDs(inFile: path)
            // What was saved stays saved, round after round.
            #expect(Array(ids.prefix(previous.count)) == previous, "round \(round)")
            #expect(Self.questionIDs.starts(with: ids), "round \(round)")
            let check = try Support.run(["check", Support.annualReport, "svar"], input: "", in: folder)
            #expect(!check.stderr.contains("error:"), "round \(round): \(check.stderr)")
            previous = ids
        }
        // A kill in the middle of a save may leave its temporary file; the next session clears it.
        _ = try Support.run(["fill", Support.annualReport, "--respondent", "Umeå", "--round", "pilot", "--responses", "svar"], input: "", in: folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/svar/pilot").sorted() == [".Umeå.yaml.lock", "Umeå.yaml"])
    }
}
