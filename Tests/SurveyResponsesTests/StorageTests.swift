import Foundation
import SurveyForm
import SurveyResponses
import SurveyYAML
import Testing

struct StorageTests {
    @Test func atomicWriteReplacesWholeAndLeavesNoTemporaryFiles() throws {
        let folder = try TestForm.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/pilot/Umeå.yaml"
        try AtomicFile.write("first: 1\n", toPath: path)
        try AtomicFile.write("second: 2\n", toPath: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second: 2\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/pilot") == ["Umeå.yaml"])
    }

    @Test func failedWriteKeepsThePreviousFile() throws {
        let folder = try TestForm.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/Umeå.yaml"
        try AtomicFile.write("kept: true\n", toPath: path)
        // A folder where the file should be: rename fails, the old content stays.
        let blocked = folder + "/blocked.yaml"
        try FileManager.default.createDirectory(atPath: blocked + "/inside", withIntermediateDirectories: true)
        #expect(throws: (any Error).self) { try AtomicFile.write("new\n", toPath: blocked) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept: true\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["Umeå.yaml", "blocked.yaml"])
    }

    /// A file where a folder of the path should be: saving says which, in the lock's words.
    @Test func aFileInThePathIsNamed() throws {
        let folder = try TestForm.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write("x: 1\n", toPath: folder + "/pilot")
        #expect(throws: Diagnostic.error("\(folder)/pilot är en fil, inte en mapp",
                                         at: SourceLocation(path: folder + "/pilot/Umeå.yaml", line: 1, column: 1))) {
            try AtomicFile.write("y: 2\n", toPath: folder + "/pilot/Umeå.yaml")
        }
        #expect(AtomicFile.makeFolders(folder + "/pilot/a/b") == "\(folder)/pilot är en fil, inte en mapp")
    }

    @Test func storeListsRoundsAndSkipsCodesAndHiddenFiles() throws {
        let folder = try TestForm.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for file in ["pilot/Umeå.yaml", "pilot/Borås.yaml", "pilot/Örebro.yaml", "pilot/Arboga.yaml", "pilot/.Umeå.yaml.tmp-1",
                     "codes/lankats.codebook.yaml", "host-2012/Boden.yaml", "Utan omgång.yaml", "pilot/notes.txt"] {
            try AtomicFile.write("x: 1\n", toPath: folder + "/" + file)
        }
        let store = ResponseStore(root: folder)
        #expect(store.locations().map { "\($0.round)/\($0.respondent)" } == [
            "/Utan omgång", "host-2012/Boden", "pilot/Arboga", "pilot/Borås", "pilot/Umeå", "pilot/Örebro",
        ])
        #expect(store.path(forRespondent: "Umeå", round: "pilot") == folder + "/pilot/Umeå.yaml")
    }

    @Test(arguments: [
        ("Umeå", "Umeå"), ("  Borås ", "Borås"), ("Upplands-Bro", "Upplands-Bro"), ("Hyllie SDN", "Hyllie SDN"),
        ("Ume\u{0061}\u{030A}", "Umeå"),
    ])
    func safeNamesAreKept(input: String, expected: String) {
        #expect(RespondentName.validated(input) == .success(expected))
    }

    @Test(arguments: [
        ("../Umeå", RespondentName.Problem.pathSeparator), ("a/b", .pathSeparator), ("a\\b", .pathSeparator),
        ("..", .parentFolder), (".dold", .leadingDot), ("Umeå\n", .empty), ("Um\u{0007}eå", .controlCharacter),
        ("Umeå\tBorås", .controlCharacter), ("", .empty), ("   ", .empty), (String(repeating: "å", count: 101), .tooLong(202)),
        // A combining mark after "/" makes one Swift character of the two; the file system still sees a folder.
        ("a/\u{301}b", .pathSeparator), ("a\\\u{301}b", .pathSeparator), ("x.\u{301}.", .trailingDot), (".\u{301}dold", .leadingDot),
    ])
    func unsafeNamesAreRefused(input: String, problem: RespondentName.Problem) {
        if input == "Umeå\n" {
            // A trailing line break is white space and is trimmed, so the name is fine.
            #expect(RespondentName.validated(input) == .success("Umeå"))
        } else {
            #expect(RespondentName.validated(input) == .failure(problem))
        }
    }

    @Test(arguments: [
        ("CON", RespondentName.Problem.reservedName("CON")), ("NUL", .reservedName("NUL")), ("com1", .reservedName("com1")),
        ("Lpt9.yaml", .reservedName("Lpt9.yaml")), ("aux.txt", .reservedName("aux.txt")),
        ("*", .forbiddenCharacter("*")), ("a:b", .forbiddenCharacter(":")), ("Vad?", .forbiddenCharacter("?")),
        ("<Umeå>", .forbiddenCharacter("<")), ("a|b", .forbiddenCharacter("|")), ("\"Umeå\"", .forbiddenCharacter("\"")),
        ("Umeå.", .trailingDot), ("a:\u{301}b", .forbiddenCharacter(":")), ("\"\u{301}", .forbiddenCharacter("\"")),
    ])
    func namesThatBreakOnOtherSystemsAreRefused(input: String, problem: RespondentName.Problem) {
        #expect(RespondentName.validated(input) == .failure(problem))
    }

    @Test func namesLikeReservedOnesButLongerAreFine() {
        for name in ["Conny", "Nulägeskommunen", "COM10", "Lptx", "Auxiliary"] {
            #expect(RespondentName.validated(name) == .success(name))
        }
    }

    @Test func aTypedFileExtensionIsDropped() {
        #expect(RespondentName.withoutFileExtension("Umeå.yaml") == "Umeå")
        #expect(RespondentName.withoutFileExtension("Umeå.YML") == "Umeå")
        #expect(RespondentName.withoutFileExtension("Umeå") == "Umeå")
        #expect(RespondentName.withoutFileExtension(".yaml") == ".yaml")
    }

    @Test func anExistingNameIsFoundWhateverTheCase() {
        #expect(RespondentName.matching("ÅRE", among: ["Borås", "åre"]) == "åre")
        #expect(RespondentName.matching("A\u{030A}re", among: ["Åre"]) == "Åre")
        #expect(RespondentName.matching("Umeå", among: ["Borås"]) == nil)
        // Two files that differ only in case: no guessing.
        #expect(RespondentName.matching("åre", among: ["Åre", "ÅRE"]) == nil)
    }

    @Test func refusalsAreInSwedish() {
        #expect(RespondentName.Problem.reservedName("CON").description
            == "CON är ett reserverat namn i Windows (som CON, PRN, AUX, NUL, COM1–COM9 och LPT1–LPT9) och kan inte bli ett filnamn.")
        #expect(RespondentName.Problem.forbiddenCharacter(":").description
            == "Namnet får inte innehålla :; tecknen < > : \" | ? * fungerar inte i filnamn i Windows och macOS.")
        #expect(RespondentName.Problem.trailingDot.description == "Namnet får inte sluta med en punkt; det fungerar inte som filnamn i Windows.")
        #expect(RespondentName.Problem.pathSeparator.description == "Namnet får inte innehålla / eller \\.")
        #expect(RespondentName.Problem.leadingDot.description == "Namnet får inte börja med en punkt.")
    }

    @Test(arguments: [("10,7", 10.7), ("10.7", 10.7), ("1 200", 1200), ("−3", -3), (" 42 ", 42)])
    func swedishNumbers(text: String, value: Double) {
        #expect(SwedishNumber.parse(text) == value)
    }

    @Test(arguments: ["tio", "1,2,3", "", "3-4", "1.2.3"])
    func notNumbers(text: String) {
        #expect(SwedishNumber.parse(text) == nil)
    }

    @Test func timestampsAreCheckedForShape() {
        #expect(Timestamp("2014-01-10T09:02:11+01:00") != nil)
        #expect(Timestamp("2014-01-10T09:02:11Z") != nil)
        #expect(Timestamp("2014-01-10T09:02:11.123Z") != nil)
        #expect(Timestamp("2014-01-10") == nil)
        #expect(Timestamp("igår") == nil)
        #expect(Timestamp("2014-01-10T09:02:11+0100") == nil)
        #expect(Timestamp("2014-01-10T09:02:11+01:00")?.date == Date(timeIntervalSince1970: 1_389_340_931))
    }
}
