import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `survey invite` and `survey serve` as staff run them: through `survey`, which hands them to `survey-web`.
struct WebCommandTests {
    typealias Support = FillTestSupport

    static var register: String { Support.repository.appendingPathComponent("forms/register-pisa-2015.yaml").path }

    static func invite(_ extra: [String], in folder: String) throws -> FillTestSupport.Finished {
        try Support.run(["invite", Support.annualReport, "--register", register, "--round", "pilot", "--responses", "svar"] + extra,
                        input: "", in: folder)
    }

    @Test func inviteWritesOneLinkPerMunicipalityAndKeepsOnlyHashes() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/svar", withIntermediateDirectories: true)
        let first = try Self.invite(["--out", "lankar.csv", "--base-url", "https://enkat.example.se/"], in: folder)
        #expect(first.status == 0)
        #expect(first.stdout == "")
        #expect(first.stderr == "7 nya länkar i lankar.csv. Skicka var och en bara till sin kommun; länkarna går inte att visa igen.\n")
        let csv = try String(contentsOfFile: folder + "/lankar.csv", encoding: .utf8)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.count == 9 && lines[8] == "")
        // A byte-order mark first, so Excel reads UTF-8 (Foundation drops it when it reads the text).
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/lankar.csv")).prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        #expect(lines[0] == "Kommun;Nätverk;Länk;Utfärdad")
        let names = ["Borås", "Karlstad", "Landskrona", "Luleå", "Sollentuna", "Umeå", "Uppsala"]
        var tokens: [String] = []
        for (line, name) in zip(lines[1...7], names) {
            let cells = line.split(separator: ";").map(String.init)
            #expect(cells.count == 4 && cells[0] == name && cells[1] == "Pilotnätverket")
            #expect(cells[2].hasPrefix("https://enkat.example.se/s/") && cells[2].count == "https://enkat.example.se/s/".count + 43)
            tokens.append(String(cells[2].suffix(43)))
        }
        #expect(Set(tokens).count == 7)
        let mode = try FileManager.default.attributesOfItem(atPath: folder + "/lankar.csv")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let kept = try String(contentsOfFile: folder + "/svar/pilot/.invitations.yaml", encoding: .utf8)
        #expect(kept.components(separatedBy: "token-sha256: ").count == 8)
        for token in tokens { #expect(!kept.contains(token)) }

        // Again: no one new; the file named is not written, and an existing one never written over.
        let again = try Self.invite(["--out", "till.csv"], in: folder)
        #expect(again.status == 0)
        #expect(Support.withoutTimes(again.stderr) == names.map { "\($0) har redan en länk (utfärdad TID); --reissue \($0) ger en ny.\n" }.joined()
            + "Alla i omgången pilot har redan en länk; ingen fil skrevs.\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/till.csv"))
        let existing = try Self.invite(["--out", "lankar.csv"], in: folder)
        #expect(existing.status == 64)
        #expect(existing.stderr == "lankar.csv finns redan. Välj ett annat filnamn, så att inga tidigare länkar skrivs över.\n")

        let reissued = try Self.invite(["--out", "umea.csv", "--reissue", "umeå"], in: folder)
        #expect(reissued.status == 0)
        #expect(reissued.stderr.hasSuffix("1 ny länk i umea.csv. Skicka var och en bara till sin kommun; länkarna går inte att visa igen.\n"))
        #expect(try String(contentsOfFile: folder + "/umea.csv", encoding: .utf8).components(separatedBy: "\r\n")[1].hasPrefix("Umeå;Pilotnätverket;http://127.0.0.1:8080/s/"))

        let revoked = try Self.invite(["--revoke", "Borås"], in: folder)
        #expect(revoked.status == 0 && revoked.stderr == "Länken för Borås är stängd.\n")
        let twice = try Self.invite(["--revoke", "Borås"], in: folder)
        #expect(twice.status == 1 && twice.stderr == "Borås har ingen öppen länk.\n")
        let unknown = try Self.invite(["--revoke", "Umea"], in: folder)
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "Umea finns inte i omgången pilot i registret \(Self.register). Menade du Umeå?\n")
        let both = try Self.invite(["--revoke", "Borås", "--out", "x.csv"], in: folder)
        #expect(both.status == 64)
        #expect(both.stderr.contains("Fel: --revoke stänger länkar; ge inte --reissue eller --out samtidigt."))
    }

    /// Two `survey invite` at once each saved its own list of hashes, and the other's new links
    /// stopped working: the second waits for the first.
    @Test func oneInviteAtATimePerRound() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/svar/pilot", withIntermediateDirectories: true)
        // Another run holds the round's lock.
        let descriptor = open(folder + "/svar/pilot/.invitations.yaml.lock", O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let busy = try Self.invite(["--out", "lankar.csv"], in: folder)
        #expect(busy.status == 1)
        #expect(busy.stderr == "svar/pilot/.invitations.yaml:1:1: error: omgångens länkar ändras just nu av en annan körning av survey invite; "
            + "vänta tills den är klar och försök igen\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/lankar.csv"))
        close(descriptor)
        #expect(try Self.invite(["--out", "lankar.csv"], in: folder).status == 0)
    }

    @Test func serveStartsOnLoopbackAnswersAndStopsOnSIGTERM() async throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/svar", withIntermediateDirectories: true)
        #expect(try Self.invite(["--out", "lankar.csv"], in: folder).status == 0)
        let link = try String(contentsOfFile: folder + "/lankar.csv", encoding: .utf8).components(separatedBy: "\r\n")[1].split(separator: ";")[2]
        let token = String(link.suffix(43))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: Support.survey)
        process.arguments = ["serve", Support.annualReport, "--register", Self.register, "--responses", "svar", "--round", "pilot", "--port", "0"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var stderr = ""
        let reader = errors.fileHandleForReading
        while !stderr.contains("Avsluta med Ctrl-C.\n") {
            let data = reader.availableData
            if data.isEmpty { break }
            stderr += String(decoding: data, as: UTF8.self)
        }
        let match = try #require(stderr.firstMatch(of: /survey serve: Årlig rapport år 2 – SKL Matematik PISA 2015, omgång pilot: 7 öppna länkar, på http:\/\/127\.0\.0\.1:(\d+)\/\. Avsluta med Ctrl-C\.\n/))
        let base = "http://127.0.0.1:\(match.1)"
        let (page, reply) = try await URLSession.shared.data(from: URL(string: base + "/s/" + token)!)
        #expect((reply as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: page, as: UTF8.self).contains("<p class=\"svarande\">Svarande: Borås, omgång pilot.</p>"))
        let (_, missing) = try await URLSession.shared.data(from: URL(string: base + "/s/" + String(repeating: "x", count: 43))!)
        #expect((missing as? HTTPURLResponse)?.statusCode == 404)
        process.terminate()
        process.waitUntilExit()
        stderr += String(decoding: reader.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0)
        let access = stderr.split(separator: "\n").filter { $0.hasPrefix("GET ") }
        #expect(access.count == 2)
        #expect(access.first?.hasPrefix("GET /s/… 200 ") == true)
        #expect(access.last?.hasPrefix("GET /s/… 404 ") == true)
        #expect(!stderr.contains(token))
        #expect(stderr.hasSuffix("survey serve: stoppad.\n"))
    }
}
