import Foundation
import Testing

/// The reproducers of the reliability campaign, end to end through the built binary: each
/// gives a clear message and a deliberate exit code, never a signal or a silent success.
struct HostileInputCommandTests {
    typealias Support = FillTestSupport

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let formFixtures = Support.repository.appendingPathComponent("Tests/SurveyFormTests/Fixtures/reliability")
    private var register: String { Support.repository.appendingPathComponent("forms/register-pisa-2015.yaml").path }

    // MARK: Crashes and hangs

    /// The three reproducers (5,000 parentheses, 8,000 `and` terms, 8,000 `not`s), each through
    /// every command that loads a form: the one positioned error, no signal, nothing on stdout.
    @Test(arguments: [
        ("when-parens-5000.yaml", "15:48: error: villkoret är nästlat i fler än 32 nivåer (parenteser och 'not'); förenkla det"),
        ("when-and-8000.yaml", "15:1216: error: villkoret har fler än 100 delvillkor; förenkla det eller dela upp frågan"),
        ("when-not-8000.yaml", "15:144: error: villkoret är nästlat i fler än 32 nivåer (parenteser och 'not'); förenkla det"),
    ])
    func aDeepConditionIsAnErrorForEveryCommandThatLoadsTheForm(file: String, error: String) throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let form = Self.formFixtures.appendingPathComponent(file).path
        let message = "\(form):\(error)\n"
        let lint = try Support.run(["lint", form], input: "", in: folder)
        #expect(lint.status == 1)
        #expect(lint.stdout == "")
        #expect(lint.stderr.hasPrefix(message))
        #expect(lint.stderr.components(separatedBy: ": error: ").count == 2)
        #expect(lint.stderr.hasSuffix("\n1 fel och 0 varningar i 1 fil\n"))
        try FileManager.default.createDirectory(atPath: folder + "/svar", withIntermediateDirectories: true)
        for arguments in [["check", form, "svar"], ["tables", form, "svar"], ["report", form, "svar", "--out", "ut"],
                          ["fill", form, "--respondent", "Umeå", "--responses", "svar"],
                          ["code", form, "svar", "--question", "b"], ["review", form, "svar", "--question", "b"]] {
            let result = try Support.run(arguments, input: "", in: folder)
            #expect(result.status == 2, "\(arguments[0])")
            #expect(result.stdout == "", "\(arguments[0])")
            #expect(result.stderr.hasPrefix(message), "\(arguments[0])")
            #expect(result.stderr.components(separatedBy: ": error: ").count == 2, "\(arguments[0])")
            #expect(result.stderr.hasSuffix("Formuläret \(form) har fel; rätta dem (se `survey lint \(form)`) och försök igen.\n"), "\(arguments[0])")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["svar"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/svar") == [])
    }

    static let overflowError = """
        :9:25: error: raden 'politiker' i svaret på 'kommungrupp-deltagare' ska vara ett heltal från 0 till 2147483646, inte '9223372036854775807'
          answer: {politiker: 9223372036854775807, forvaltningsledning: 1, rektorer: 0, larare: 0, forskolechefer: 0, forskollarare: 0}
                              ^

        """

    @Test func countsPastTheIntegerRangeAreAnErrorInEveryCommand() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent("count-overflow").path, toPath: folder + "/svar")
        let check = try Support.run(["check", Support.annualReport, "svar"], input: "", in: folder)
        #expect(check.status == 1)
        #expect(check.stderr == "svar/pilot/A.yaml" + Self.overflowError)
        #expect(check.stdout.contains("""
        Hur många deltagare från varje nivå ingår i kommungruppen? [kommungrupp-deltagare]
          As svar på frågan Hur många deltagare från varje nivå ingår i kommungruppen? kan inte läsas; rätta det i svar/pilot/A.yaml.

        """))
        #expect(check.stdout.contains("""
        Hela filen
          Filen med As svar har ett fel (se svar/pilot/A.yaml:9:25) som måste rättas innan den kan fyllas i vidare.

        """))
        // The tables and the report are written without what cannot be read, and say so: exit 1.
        let tables = try Support.run(["tables", Support.annualReport, "svar", "--table", "1", "--format", "csv", "--separator", "comma", "--no-bom"], input: "", in: folder)
        #expect(tables.status == 1)
        #expect(tables.stderr == "svar/pilot/A.yaml" + Self.overflowError + """
        1 svarsfil i svar har fel (se ovan); det som inte går att läsa i den räknas inte i tabellerna. \
        Rätta den och kontrollera med: survey check \(Support.annualReport) svar

        """)
        // CSV for Excel: lines end in CR LF.
        #expect(tables.stdout.hasPrefix("Tabell 1 år 2\r\nNivåer på hemmaträffarna,Antal 0,Andel av 0\r\nPolitiker,0,-\r\n"))
        let report = try Support.run(["report", Support.annualReport, "svar", "--out", "ut"], input: "", in: folder)
        #expect(report.status == 1)
        #expect(report.stdout == "ut/rapport.html\nut/rapport.md\n")
        #expect(report.stderr.hasPrefix("svar/pilot/A.yaml" + Self.overflowError))
        #expect(report.stderr.hasSuffix("""
        1 svarsfil i svar har fel (se ovan); det som inte går att läsa i den räknas inte i rapporten. \
        Rätta den och kontrollera med: survey check \(Support.annualReport) svar

        """))
        // Coding is the same: what can be read is coded, and the run says what is left out.
        let code = try Support.run(["code", Support.annualReport, "svar", "--question", "lankats", "--dry-run"], input: "", in: folder)
        #expect(code.status == 1)
        #expect(code.stderr.hasPrefix("svar/pilot/A.yaml" + Self.overflowError))
        #expect(code.stderr.hasSuffix("""
        1 svarsfil i svar har fel (se ovan); det som inte går att läsa i den räknas inte i kodningen. \
        Rätta den och kontrollera med: survey check \(Support.annualReport) svar

        """))
        let appendix = try String(contentsOfFile: folder + "/ut/rapport.md", encoding: .utf8)
        #expect(appendix.contains("Filen med As svar har ett fel (se svar/pilot/A.yaml:9:25) som måste rättas innan den kan fyllas i vidare."))
        let fill = try Support.run(["fill", Support.annualReport, "--respondent", "A", "--round", "pilot", "--responses", "svar"], input: "", in: folder)
        #expect(fill.status == 2)
        #expect(fill.stdout == "")
        #expect(fill.stderr == "svar/pilot/A.yaml" + Self.overflowError + """
        Filen svar/pilot/A.yaml har fel och kan inte fyllas i vidare. Inget i den har ändrats.
        Be programmets personal om hjälp, eller rätta felen ovan och kontrollera filen med: survey check \(Support.annualReport) svar

        """)
    }

    @Test func theLargestCountsAddUpAcrossFilesWithoutOverflow() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let responses = Self.fixtures.appendingPathComponent("count-maximum").path
        let tables = try Support.run(["tables", Support.annualReport, responses, "--table", "1", "--format", "csv", "--separator", "comma", "--no-bom"], input: "", in: folder)
        #expect(tables.status == 0)
        #expect(tables.stderr == "")
        #expect(tables.stdout.replacingOccurrences(of: "\r\n", with: "\n") == """
        Tabell 1 år 2
        Nivåer på hemmaträffarna,Antal 25769803752,Andel av 25769803752
        Politiker,4294967292,17%
        Förvaltningsledning,4294967292,17%
        Rektorer,4294967292,17%
        Lärare,4294967292,17%
        Förskolechefer,4294967292,17%
        Förskollärare,4294967292,17%
        "2 av 2 kommuner har svarat; i snitt 12884901876,0 per kommun."

        """)
        let check = try Support.run(["check", Support.annualReport, responses], input: "", in: folder)
        #expect(check.status == 1)
        #expect(check.stdout.contains("  A: raderna i frågan Hur många deltagare från varje nivå ingår i kommungruppen? summerar till 12884901876, men totalt antal deltagare är 2147483646.\n"))
    }

    @Test func lintPrintsTheFirstHundredFindingsAndCountsTheRest() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let keys = (0..<1_000).map { "        k\($0): 1\n" }.joined()
        try (Support.shortForm.replacingOccurrences(of: "sections:\n  - id: a\n", with: "sections:\n  - id: a\n")
            + "\n      - id: d\n        text: D?\n        kind: text\n" + keys).write(toFile: folder + "/nycklar.yaml", atomically: true, encoding: .utf8)
        let result = try Support.run(["lint", "nycklar.yaml"], input: "", in: folder)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.contains(": error: ") }.count == 100)
        #expect(lines.first == "nycklar.yaml:15:9: error: okänd nyckel 'k0' i frågan 'd'; tillåtna nycklar: id, text, kind, help, required, when, from, table, max-length")
        #expect(result.stderr.hasSuffix("""
        nycklar.yaml:114:9: error: okänd nyckel 'k99' i frågan 'd'; tillåtna nycklar: id, text, kind, help, required, when, from, table, max-length
          k99: 1
          ^
        Ytterligare 900 fynd visas inte (900 fel och 0 varningar); bara de första 100 skrivs ut.
        1000 fel och 0 varningar i 1 fil

        """))
    }

    @Test func anAnswerTooLongToReadBackIsRefusedWhenTyped() throws {
        let folder = try FillCommandTests.folderWithShortForm()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // 17 MB on one line, as in the campaign: more than the reader takes.
        let huge = String(repeating: "x", count: 17 * 1_048_576)
        let result = try Support.run(["fill", "kort.yaml", "--respondent", "Umeå", "--responses", "svar"],
                                     input: "3\n1\n" + huge + "\n.\n:quit\n", in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(result.stdout.contains("\n> .\nSvaret är för långt (17 825 792 tecken); ett svar får vara högst 10 000 tecken. Korta det och skriv det igen.\n"))
        let saved = try String(contentsOfFile: folder + "/svar/Umeå.yaml", encoding: .utf8)
        #expect(Support.withoutTimes(saved).hasSuffix("answers:\n  antal:\n    answer: 3\n    at: TID\n  beslut:\n    answer:\n    - namnden\n    at: TID\n"))
        let check = try Support.run(["check", "kort.yaml", "svar"], input: "", in: folder)
        #expect(check.stderr == "")
    }

    // MARK: Wrong results and silent acceptance

    @Test func aMissingOrWrongResponsesFolderIsAnError() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(FileManager.default.createFile(atPath: folder + "/svar.txt", contents: Data("x".utf8)))
        for command in ["check", "tables", "report", "code", "review"] {
            let extra = switch command {
            case "report": ["--out", "ut"]
            case "code", "review": ["--question", "lankats"]
            default: [String]()
            }
            let missing = try Support.run([command, Support.annualReport, "/finns-inte"] + extra, input: "", in: folder)
            #expect(missing.status == 2, "\(command)")
            #expect(missing.stdout == "", "\(command)")
            #expect(missing.stderr == "error: svarsmappen /finns-inte finns inte\n", "\(command)")
            let file = try Support.run([command, Support.annualReport, "svar.txt"] + extra, input: "", in: folder)
            #expect(file.status == 2, "\(command)")
            #expect(file.stderr == "error: svar.txt är en fil, inte en svarsmapp\n", "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/ut"))
    }

    @Test func aFileWithErrorsIsReportedAsSuchByCheck() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/svar/pilot", withIntermediateDirectories: true)
        let original = try String(contentsOfFile: Support.repository.appendingPathComponent("responses/pilot/Umeå.yaml").path, encoding: .utf8)
        try original.replacingOccurrences(of: "\nanswers:\n", with: "\nextra: 1\nanswers:\n")
            .write(toFile: folder + "/svar/pilot/Umeå.yaml", atomically: true, encoding: .utf8)
        let check = try Support.run(["check", Support.annualReport, "svar"], input: "", in: folder)
        #expect(check.status == 1)
        #expect(check.stderr == """
        svar/pilot/Umeå.yaml:7:1: error: okänd nyckel 'extra' i svarsfilen; tillåtna nycklar: form, version, respondent, round, created, updated, submitted, answers
          extra: 1
          ^

        """)
        #expect(check.stdout.contains("\nUmeå (pilot): 3 saknas; 38 av 40 frågor besvarade\n  Filen med Umeås svar har ett fel (se svar/pilot/Umeå.yaml:7:1) som måste rättas innan den kan fyllas i vidare.\n"))
        #expect(!check.stdout.contains("Allt som krävs är besvarat"))
        // fill reads it the same way: the same error, and no answering on.
        let fill = try Support.run(["fill", Support.annualReport, "--respondent", "Umeå", "--round", "pilot", "--responses", "svar"], input: "", in: folder)
        #expect(fill.status == 2)
        #expect(fill.stderr.hasPrefix(check.stderr))
    }

    @Test func anUnknownRoundIsAnErrorWithASuggestion() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let responses = Support.repository.appendingPathComponent("responses").path
        let withRegister = try Support.run(["check", Support.annualReport, responses, "--register", register, "--round", "pilto"], input: "", in: folder)
        #expect(withRegister.status == 2)
        #expect(withRegister.stdout == "")
        #expect(withRegister.stderr == "Omgången pilto finns inte i registret \(register). Menade du pilot?\n")
        let withoutRegister = try Support.run(["check", Support.annualReport, responses, "--round", "host"], input: "", in: folder)
        #expect(withoutRegister.status == 2)
        #expect(withoutRegister.stderr == "Omgången host finns inte bland svaren i \(responses). Omgångarna är pilot.\n")
        let known = try Support.run(["check", Support.annualReport, responses, "--register", register, "--round", "host-2012"], input: "", in: folder)
        #expect(known.status == 1)
        #expect(known.stdout.contains("\n  Boden (Höstomgång, Nätverk Norr)\n"))
    }

    @Test func removingTheLockFileLetsNoSecondSessionInAndLosesNothing() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try FillKillTests.RunningFill(folder: folder)
        first.type(FillKillTests.answers[0])
        #expect(first.waitForAcknowledgements(1))
        #expect(unlink(folder + "/svar/pilot/.Umeå.yaml.lock") == 0)
        let second = try Support.run(["fill", Support.annualReport, "--respondent", "Umeå", "--round", "pilot", "--responses", "svar"],
                                     input: "Ett annat svar.\n.\n", in: folder)
        #expect(second.status == 75)
        #expect(second.stderr == "svar/pilot/Umeå.yaml fylls redan i av en annan session. Vänta tills den är klar, eller avsluta den först.\n")
        first.type(FillKillTests.answers[1])
        #expect(first.waitForAcknowledgements(2))
        first.kill()
        #expect(try Support.answerIDs(inFile: folder + "/svar/pilot/Umeå.yaml") == ["organiserat", "styrgrupp"])
        #expect(try String(contentsOfFile: folder + "/svar/pilot/Umeå.yaml", encoding: .utf8).contains("answer: Svar på organiserat.\n"))
    }

    /// Item 12: after a save fails, the closing summary counts what the file holds, not the
    /// answer that could not be saved.
    @Test func afterAFailedSaveTheSummaryCountsWhatTheFileHolds() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fill = try FillKillTests.RunningFill(folder: folder)
        fill.type(FillKillTests.answers[0])
        #expect(fill.waitForAcknowledgements(1))
        // Another program puts a copy in the file's place: the session no longer holds the file,
        // so its next save is refused and the copy stays as it is.
        let path = folder + "/svar/pilot/Umeå.yaml"
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(unlink(path) == 0)
        try saved.write(toFile: path, atomically: false, encoding: .utf8)
        fill.type(FillKillTests.answers[1])
        let transcript = fill.finish()
        #expect(fill.process.terminationStatus == 74)
        #expect(transcript.contains("\nSvaret kunde inte sparas ("))
        #expect(transcript.contains("\nSammanfattning för Umeå: 1 av 35 aktuella frågor besvarade.\n"), "\(transcript.suffix(600))")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == saved)
        #expect(try Support.answerIDs(inFile: path) == ["organiserat"])
    }

    @Test(arguments: [
        ("CON", "Namnet \"CON\" kan inte användas: CON är ett reserverat namn i Windows (som CON, PRN, AUX, NUL, COM1–COM9 och LPT1–LPT9) och kan inte bli ett filnamn."),
        ("NUL", "Namnet \"NUL\" kan inte användas: NUL är ett reserverat namn i Windows (som CON, PRN, AUX, NUL, COM1–COM9 och LPT1–LPT9) och kan inte bli ett filnamn."),
        ("com1", "Namnet \"com1\" kan inte användas: com1 är ett reserverat namn i Windows (som CON, PRN, AUX, NUL, COM1–COM9 och LPT1–LPT9) och kan inte bli ett filnamn."),
        ("*", "Namnet \"*\" kan inte användas: Namnet får inte innehålla *; tecknen < > : \" | ? * fungerar inte i filnamn i Windows och macOS."),
        ("a:b", "Namnet \"a:b\" kan inte användas: Namnet får inte innehålla :; tecknen < > : \" | ? * fungerar inte i filnamn i Windows och macOS."),
    ])
    func namesThatBreakOnOtherSystemsAreRefused(name: String, message: String) throws {
        let folder = try FillCommandTests.folderWithShortForm()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Support.run(["fill", "kort.yaml", "--respondent", name, "--responses", "svar"], input: "3\n", in: folder)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Fel: \(message)\n"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/svar"))
    }

    @Test func oneRespondentWhateverTheCaseAndWithoutTheExtension() throws {
        let folder = try FillCommandTests.folderWithShortForm()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, answer) in [("Åre", "3\n"), ("ÅRE", "\n1\n"), ("åre", "\n\n:skip\nj\n"), ("Åre.yaml", "\n\n\n")] {
            let result = try Support.run(["fill", "kort.yaml", "--respondent", name, "--responses", "svar"], input: answer, in: folder)
            #expect(result.stderr == "", "\(name)")
            #expect(result.stdout.contains("Svarande: Åre. Svaren sparas i svar/Åre.yaml."), "\(name)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/svar").sorted() == [".Åre.yaml.lock", "Åre.yaml"])
        #expect(try Support.answerIDs(inFile: folder + "/svar/Åre.yaml") == ["antal", "beslut", "ovrigt"])
        // With a register, its spelling wins.
        let registered = try Support.run(["fill", "kort.yaml", "--respondent", "UMEÅ.yaml", "--register", register, "--responses", "svar"],
                                         input: "3\n", in: folder)
        #expect(registered.stdout.contains("Svarande: Umeå, omgång pilot. Svaren sparas i svar/pilot/Umeå.yaml."))
    }

    @Test func aResponsesFolderThatIsAFileIsSaidInSwedish() throws {
        let folder = try FillCommandTests.folderWithShortForm()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(FileManager.default.createFile(atPath: folder + "/svar.txt", contents: Data("x".utf8)))
        let result = try Support.run(["fill", "kort.yaml", "--respondent", "Umeå", "--responses", "svar.txt"], input: "3\n", in: folder)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Fel: svar.txt är en fil, inte en mapp. Ange med --responses mappen där svaren sparas.\n"))
        #expect(try String(contentsOfFile: folder + "/svar.txt", encoding: .utf8) == "x")
        // A round folder that is a file.
        try FileManager.default.createDirectory(atPath: folder + "/svar", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: folder + "/svar/pilot", contents: Data("x".utf8)))
        let round = try Support.run(["fill", "kort.yaml", "--respondent", "Umeå", "--round", "pilot", "--responses", "svar"], input: "3\n", in: folder)
        #expect(round.status == 74)
        #expect(round.stderr == "Kan inte fylla i svar/pilot/Umeå.yaml: svar/pilot är en fil, inte en mapp.\n")
    }

    @Test func versionIsPrinted() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Support.run(["--version"], input: "", in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
        #expect(result.stderr == "")
    }
}
