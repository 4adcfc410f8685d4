import Foundation
import Testing

/// `survey review` end to end, through the built binary, a command at a time: the codebook and
/// coding files are read back after each decision.
@Suite(.timeLimit(.minutes(2)))
struct ReviewCommandTests {
    typealias Support = FillTestSupport

    /// `survey review` on pipes, driven one command at a time: each answer is read up to the
    /// next prompt, so the files can be checked between decisions of one session.
    final class LiveReview {
        private let process = Process()
        private let input = Pipe()
        private let output = Pipe()
        let errorPath: String
        /// What the command showed before its first prompt.
        private(set) var opening = ""

        init(_ arguments: [String], in folder: String) throws {
            errorPath = folder + "/.stderr-\(UUID().uuidString)"
            #expect(FileManager.default.createFile(atPath: errorPath, contents: nil))
            process.executableURL = URL(fileURLWithPath: Support.survey)
            process.arguments = ["review"] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { _, new in new }
            process.standardInput = input
            process.standardOutput = output
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
            try process.run()
            opening = readToPrompt()
        }

        /// Sends one line and returns the answer, up to (not including) the next prompt.
        func send(_ line: String) -> String {
            input.fileHandleForWriting.write(Data((line + "\n").utf8))
            return readToPrompt()
        }

        /// Ends the input and waits: the exit status, what was shown last, and stderr.
        func finish() throws -> (status: Int32, stdout: String, stderr: String) {
            try input.fileHandleForWriting.close()
            let rest = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let errors = try String(contentsOfFile: errorPath, encoding: .utf8)
            try? FileManager.default.removeItem(atPath: errorPath)
            return (process.terminationStatus, String(decoding: rest, as: UTF8.self), errors)
        }

        private func readToPrompt() -> String {
            var buffer = Data()
            while true {
                if buffer.count >= 2, buffer.suffix(2) == Data("> ".utf8) {
                    return String(decoding: buffer.dropLast(2), as: UTF8.self)
                }
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { return String(decoding: buffer, as: UTF8.self) }
                buffer.append(chunk)
            }
        }
    }

    static let borås = "Satsningen hänger ihop med ML och vårt systematiska kvalitetsarbete."

    /// A copy of the bundled responses with the bundled coding of `lankats` in `koder`; with
    /// `boråsInÖvrigt`, Borås's two-category statement is put back in Övrigt as the coder left it.
    private func setUp(boråsInÖvrigt: Bool = false) throws -> String {
        let folder = try Support.temporaryFolder()
        try FileManager.default.copyItem(atPath: Support.repository.appendingPathComponent("responses").path, toPath: folder + "/responses")
        try FileManager.default.createDirectory(atPath: folder + "/koder", withIntermediateDirectories: true)
        for file in ["lankats.codebook.yaml", "lankats.coding.yaml"] {
            try FileManager.default.copyItem(atPath: folder + "/responses/codes/" + file, toPath: folder + "/koder/" + file)
        }
        if boråsInÖvrigt {
            let path = folder + "/koder/lankats.coding.yaml"
            let coding = try String(contentsOfFile: path, encoding: .utf8)
            let staff = """
                text: "\(Self.borås)"
                categories: [matematiklyftet, systematiska-kvalitetsarbetet]
                decided: staff

            """
            try #require(coding.contains(staff))
            try coding.replacingOccurrences(of: staff, with: "    text: \"\(Self.borås)\"\n    categories: []\n")
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
        return folder
    }

    private func review(_ folder: String) throws -> LiveReview {
        try LiveReview([Support.annualReport, "responses", "--question", "lankats", "--codes", "koder", "--no-queue"], in: folder)
    }

    private func bytes(_ folder: String) throws -> [Data] {
        try ["koder/lankats.codebook.yaml", "koder/lankats.coding.yaml"].map {
            try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0))
        }
    }

    /// The saved coding's entry for a statement: its lines after `text:`.
    private func entry(_ text: String, in folder: String) throws -> String {
        let coding = try String(contentsOfFile: folder + "/koder/lankats.coding.yaml", encoding: .utf8)
        let entries = coding.components(separatedBy: "\n- respondent: ").filter { $0.contains("\n  text: \(text)\n") }
        try #require(entries.count == 1)
        return String(try #require(entries[0].components(separatedBy: "\n  text: \(text)\n").last)).trimmingCharacters(in: .newlines)
    }

    /// Category ids of the saved codebook, in order.
    private func categoryIDs(in folder: String) throws -> [String] {
        try String(contentsOfFile: folder + "/koder/lankats.codebook.yaml", encoding: .utf8)
            .split(separator: "\n").compactMap { $0.hasPrefix("- id: ") ? String($0.dropFirst(6)) : nil }
    }

    static let listing = """
    Tabell 3: På vilket sätt har denna satsning länkats samman med kommunens övriga utvecklingsarbete? — 7 har svarat
      1. Matematiklyftet — 6 (86%), 7 påst.  [klar]
      2. Redan befintliga kompetensutvecklingsinsatser eller övergripande projekt. — 5 (71%), 5 påst.  [klar]
      3. Systematiska kvalitetsarbetet — 4 (57%), 4 påst.  [klar]
      Ö. Övrigt — 2 påst. från 2 kommuner

    """

    /// The bundled Borås statement, staff-coded in two categories, made with review commands alone.
    @Test func theBoråsStatementInTwoCategoriesWithCommandsAlone() throws {
        let folder = try setUp(boråsInÖvrigt: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try review(folder)
        #expect(session.send("visa Ö") == """
        Övrigt — 3 påståenden
          Ö.1 (Borås) \(Self.borås)  []
          Ö.2 (Borås) Kopplingen till övrigt utvecklingsarbete behöver bli tydligare.  [beslutat]
          Ö.3 (Luleå) Kopplingen görs i kommungruppen.  [beslutat]

        """)
        #expect(session.send("lägg-till Ö.1 1") == "Sparat: \"\(Self.borås)\" (Borås) ligger nu i \"Matematiklyftet\".\n")
        #expect(try entry(Self.borås, in: folder) == "  categories:\n  - matematiklyftet\n  decided: staff")
        #expect(session.send("visa 1").hasSuffix("  1.6 (Landskrona) Mattelyftet ingår som en del.  [beslutat]\n  1.7 (Borås) \(Self.borås)  [beslutat]\n"))
        #expect(session.send("add 1.7 3") == "Sparat: \"\(Self.borås)\" (Borås) ligger nu i \"Matematiklyftet\" och \"Systematiska kvalitetsarbetet\".\n")
        #expect(try entry(Self.borås, in: folder) == "  categories:\n  - matematiklyftet\n  - systematiska-kvalitetsarbetet\n  decided: staff")
        #expect(try categoryIDs(in: folder) == ["matematiklyftet", "befintliga-insatser", "systematiska-kvalitetsarbetet"])
        let end = try session.finish()
        #expect(end.status == 0)
        #expect(end.stdout == "\nAllt är sparat.\n")
        #expect(end.stderr == "")
        // The whole coding is now the bundled one, statement for statement.
        let agree = try Support.run(["agree", "responses/codes/lankats.coding.yaml", "koder/lankats.coding.yaml"], input: "", in: folder)
        #expect(agree.stdout.hasPrefix("""
        Kategorier parade på id: 3; på etikett: 0.
        16 påståenden kodade i båda
        Samma kategorier: 100,0 %
        Cohens kappa (kategorimängder som värden): 1,000

        """))
    }

    @Test func removeKeepsTheOtherCategoriesAndTheLastGoesToÖvrigt() throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try review(folder)
        #expect(session.opening == Self.listing + "Skriv hjälp för att se kommandona.\n")
        #expect(session.send("ta-bort 1.4") == "Sparat: \"\(Self.borås)\" (Borås) är borttaget ur \"Matematiklyftet\" och ligger nu i \"Systematiska kvalitetsarbetet\".\n")
        #expect(try entry(Self.borås, in: folder) == "  categories:\n  - systematiska-kvalitetsarbetet\n  decided: staff")
        // The others in category 1 keep their numbers.
        #expect(session.send("visa 1") == """
        Matematiklyftet — 6 påståenden
          1.1 (Karlstad) Matematiklyftet startar på alla skolor ht 2013 och vi ser det som en del av samma satsning  [beslutat]
          1.2 (Karlstad) lyftet ger verktyg till lärarna medan PISA-arbetet handlar om styrning och ledning.  [beslutat]
          1.3 (Uppsala) Matematiklyftet är kopplat till samma satsning.  [beslutat]
          1.5 (Luleå) Matematiklyftet och vårt eget utvecklingsprojekt Luleå matematik 2015 (som startade 2011) hänger ihop med PISA 2015.  [beslutat]
          1.6 (Sollentuna) Vi har kopplat ihop PISA-satsningen med Matematiklyftet.  [beslutat]
          1.7 (Landskrona) Mattelyftet ingår som en del.  [beslutat]

        """)
        #expect(session.send("ta-bort 1.4") == "Det finns inget påstående 4 i \"Matematiklyftet\" (1–3, 5–7).\n")
        #expect(session.send("remove 3.2") == "Sparat: \"\(Self.borås)\" (Borås) är borttaget ur \"Systematiska kvalitetsarbetet\" och ligger nu i Övrigt.\n")
        #expect(try entry(Self.borås, in: folder) == "  categories: []\n  decided: staff")
        #expect(session.send("visa Ö") == """
        Övrigt — 3 påståenden
          Ö.1 (Borås) Kopplingen till övrigt utvecklingsarbete behöver bli tydligare.  [beslutat]
          Ö.2 (Luleå) Kopplingen görs i kommungruppen.  [beslutat]
          Ö.3 (Borås) \(Self.borås)  [beslutat]

        """)
        let saved = try bytes(folder)
        #expect(session.send("ta-bort Ö.3") == "Påståendet ligger i Övrigt, inte i någon kategori; skriv flytta Ö.S M för att lägga det i en.\n")
        #expect(session.send("lägg-till 1.1 1") == "Påståendet \"Matematiklyftet startar på alla skolor ht 2013 och vi ser det som en del av samma satsning\" ligger redan i \"Matematiklyftet\".\n")
        #expect(session.send("lägg-till 1.1 Ö") == "Ett påstående läggs till i en kategori; skriv ta-bort N.S för att ta bort det ur en.\n")
        #expect(session.send("lägg-till 1.1") == "Skriv: lägg-till N.S M\n")
        #expect(try bytes(folder) == saved)
        _ = try session.finish()
    }

    @Test func deleteTakesOnlyAnEmptyCategoryThatIsNotFinal() throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let original = try bytes(folder)
        let session = try review(folder)
        #expect(session.send("radera 2") == """
        Kategorin "Redan befintliga kompetensutvecklingsinsatser eller övergripande projekt." har 5 påståenden och kan inte raderas. \
        Flytta dem först (flytta, ta-bort), lägg ihop kategorin med en annan (ihop 2 M) \
        eller lös upp den så att påståendena hamnar i Övrigt (upplös 2).

        """)
        #expect(try bytes(folder) == original)
        #expect(session.send("ny Tomt") == "Sparat: ny kategori \"Tomt\".\n" + Self.listing.replacingOccurrences(
            of: "  Ö.", with: "  4. Tomt — 0 (0%), 0 påst.\n  Ö."))
        #expect(try categoryIDs(in: folder) == ["matematiklyftet", "befintliga-insatser", "systematiska-kvalitetsarbetet", "tomt"])
        #expect(session.send("klar 4") == "Sparat: \"Tomt\" är markerad som klar.\n")
        let final = try bytes(folder)
        #expect(session.send("radera 4") == "Kategorin \"Tomt\" är markerad som klar och kan inte raderas; skriv inte-klar 4 först om den ska bort.\n")
        #expect(try bytes(folder) == final)
        #expect(session.send("inte-klar 4") == "Sparat: \"Tomt\" är inte längre klar.\n")
        #expect(session.send("delete 4") == "Sparat: kategorin \"Tomt\" är raderad.\n" + Self.listing)
        #expect(try categoryIDs(in: folder) == ["matematiklyftet", "befintliga-insatser", "systematiska-kvalitetsarbetet"])
        #expect(session.send("radera 4") == "Det finns ingen kategori 4 (1–3 eller Ö för Övrigt).\n")
        _ = try session.finish()
    }

    /// Undo goes back one decision at a time, each time to the exact bytes the files had,
    /// down to the hand-written files the session started from.
    @Test func undoPutsBackTheFilesExactly() throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var versions = [try bytes(folder)]
        let session = try review(folder)
        #expect(session.send("ångra") == "Det finns inget att ångra i den här sessionen.\n")
        for command in ["namn 1 ML", "ihop 2 1", "flytta 3.1 Ö", "ny Nytt", "lägg-till Ö.3 4"] {
            #expect(session.send(command).hasPrefix("Sparat: "), "\(command)")
            versions.append(try bytes(folder))
        }
        #expect(versions[5] != versions[4])
        #expect(session.send("ångra") == "Ångrat: \"Uppföljningen sker inom ramen för det systematiska kvalitetsarbetet och resultatdialogerna.\" (Uppsala) lades till i \"Nytt\". Filerna är som före det beslutet. 4 beslut till kan ångras.\n")
        #expect(try bytes(folder) == versions[4])
        #expect(session.send("undo").hasPrefix("Ångrat: den nya kategorin \"Nytt\". Filerna är som före det beslutet. 3 beslut till kan ångras.\n"))
        #expect(try bytes(folder) == versions[3])
        #expect(session.send("ångra") == "Ångrat: \"Uppföljningen sker inom ramen för det systematiska kvalitetsarbetet och resultatdialogerna.\" (Uppsala) flyttades från \"Systematiska kvalitetsarbetet\" till Övrigt. Filerna är som före det beslutet. 2 beslut till kan ångras.\n")
        #expect(try bytes(folder) == versions[2])
        #expect(session.send("angra") == """
        Ångrat: "Redan befintliga kompetensutvecklingsinsatser eller övergripande projekt." lades i "ML". Filerna är som före det beslutet. 1 beslut till kan ångras.
        \(Self.listing.replacingOccurrences(of: "1. Matematiklyftet", with: "1. ML"))
        """)
        #expect(try bytes(folder) == versions[1])
        #expect(session.send("ångra") == "Ångrat: \"Matematiklyftet\" fick namnet \"ML\". Filerna är som före det beslutet.\n")
        #expect(try bytes(folder) == versions[0])
        #expect(session.send("ångra") == "Det finns inget att ångra i den här sessionen.\n")
        #expect(session.send("lista") == Self.listing)
        _ = try session.finish()
        // A new session has nothing of the last one's to undo.
        let next = try review(folder)
        #expect(next.send("flytta 3.1 Ö").hasPrefix("Sparat: "))
        _ = try next.finish()
        let again = try review(folder)
        #expect(again.send("ångra") == "Det finns inget att ångra i den här sessionen.\n")
        _ = try again.finish()
    }

    /// A category keeps its number after a merge and a delete elsewhere; new ones take the next.
    @Test func numbersStayPutAfterAMergeAndADelete() throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try review(folder)
        #expect(session.send("ny Tom").hasPrefix("Sparat: ny kategori \"Tom\".\n"))
        #expect(session.send("ihop 2 1") == """
        Sparat: "Redan befintliga kompetensutvecklingsinsatser eller övergripande projekt." ingår nu i "Matematiklyftet".
        Tabell 3: På vilket sätt har denna satsning länkats samman med kommunens övriga utvecklingsarbete? — 7 har svarat
          1. Matematiklyftet — 7 (100%), 11 påst.  [klar]
          3. Systematiska kvalitetsarbetet — 4 (57%), 4 påst.  [klar]
          4. Tom — 0 (0%), 0 påst.
          Ö. Övrigt — 2 påst. från 2 kommuner

        """)
        // Statements that joined category 1 come after those it had; Luleå's was in both.
        #expect(session.send("visa 1") == """
        Matematiklyftet — 11 påståenden
          1.1 (Karlstad) Matematiklyftet startar på alla skolor ht 2013 och vi ser det som en del av samma satsning  [beslutat]
          1.2 (Karlstad) lyftet ger verktyg till lärarna medan PISA-arbetet handlar om styrning och ledning.  [beslutat]
          1.3 (Uppsala) Matematiklyftet är kopplat till samma satsning.  [beslutat]
          1.4 (Borås) \(Self.borås)  [beslutat]
          1.5 (Luleå) Matematiklyftet och vårt eget utvecklingsprojekt Luleå matematik 2015 (som startade 2011) hänger ihop med PISA 2015.  [beslutat]
          1.6 (Sollentuna) Vi har kopplat ihop PISA-satsningen med Matematiklyftet.  [beslutat]
          1.7 (Landskrona) Mattelyftet ingår som en del.  [beslutat]
          1.8 (Karlstad) PISA 2015 är en del av kommunens skolutvecklingsprogram "Lärande i fokus" som pågår 2012-2015.  [beslutat]
          1.9 (Uppsala) PISA 2015 ingår i kommunens övergripande matematiksatsning (Matematik i Uppsala 2012–2016), som redan pågick när vi gick med.  [beslutat]
          1.10 (Umeå) Satsningen passar in i kommunens befintliga kompetensutvecklingsinsatser för lärare.  [beslutat]
          1.11 (Landskrona) PISA 2015 är en del av det övergripande projektet Framtidens skola, som startade 2011.  [beslutat]

        """)
        #expect(session.send("radera 4").hasPrefix("Sparat: kategorin \"Tom\" är raderad.\n"))
        #expect(session.send("ny Annat").hasSuffix("  3. Systematiska kvalitetsarbetet — 4 (57%), 4 påst.  [klar]\n  5. Annat — 0 (0%), 0 påst.\n  Ö. Övrigt — 2 påst. från 2 kommuner\n"))
        #expect(session.send("visa 2") == "Det finns ingen kategori 2 (1, 3, 5 eller Ö för Övrigt).\n")
        #expect(session.send("flytta 1.9 5") == "Sparat: \"PISA 2015 ingår i kommunens övergripande matematiksatsning (Matematik i Uppsala 2012–2016), som redan pågick när vi gick med.\" (Uppsala) ligger nu i \"Annat\".\n")
        #expect(try entry("PISA 2015 ingår i kommunens övergripande matematiksatsning (Matematik i Uppsala 2012–2016), som redan pågick när vi gick med.", in: folder)
            == "  categories:\n  - annat\n  decided: staff")
        #expect(session.send("visa 5") == """
        Annat — 1 påstående
          5.1 (Uppsala) PISA 2015 ingår i kommunens övergripande matematiksatsning (Matematik i Uppsala 2012–2016), som redan pågick när vi gick med.  [beslutat]

        """)
        #expect(session.send("visa 1").hasSuffix("  1.8 (Karlstad) PISA 2015 är en del av kommunens skolutvecklingsprogram \"Lärande i fokus\" som pågår 2012-2015.  [beslutat]\n  1.10 (Umeå) Satsningen passar in i kommunens befintliga kompetensutvecklingsinsatser för lärare.  [beslutat]\n  1.11 (Landskrona) PISA 2015 är en del av det övergripande projektet Framtidens skola, som startade 2011.  [beslutat]\n"))
        #expect(try categoryIDs(in: folder) == ["matematiklyftet", "systematiska-kvalitetsarbetet", "annat"])
        _ = try session.finish()
    }

    /// When the coding cannot be written, the codebook written just before it is put back, and
    /// the session forgets the decision: the files and what staff see stay together.
    @Test func aDecisionThatCannotBeSavedLeavesBothFilesAndTheSessionAsTheyWere() throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let original = try bytes(folder)
        let session = try review(folder)
        let coding = folder + "/koder/lankats.coding.yaml"
        // A folder where the coding file was: the new coding cannot be renamed into place.
        try FileManager.default.moveItem(atPath: coding, toPath: folder + "/kodning.yaml")
        try FileManager.default.createDirectory(atPath: coding, withIntermediateDirectories: false)
        #expect(session.send("namn 1 ML") == "Ändringen kunde inte sparas; filerna är som före ändringen.\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/koder/lankats.codebook.yaml")) == original[0])
        try FileManager.default.removeItem(atPath: coding)
        try FileManager.default.moveItem(atPath: folder + "/kodning.yaml", toPath: coding)
        #expect(try bytes(folder) == original)
        #expect(session.send("lista") == Self.listing)
        #expect(session.send("ångra") == "Det finns inget att ångra i den här sessionen.\n")
        let end = try session.finish()
        #expect(end.status == 0)
        #expect(end.stderr == "koder/lankats.coding.yaml:1:1: error: filen kan inte sparas: det är en mapp, inte en fil; den tidigare filen är oförändrad\n")
        // No temporary file is left; the session's lock file stays, empty, for the next session.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/koder").sorted() == [".lankats.lock", "lankats.codebook.yaml", "lankats.coding.yaml"])
    }

    /// At a terminal a long listing comes a page at a time, with the fill runner's pager.
    @Test func aLongListingIsPagedAtATerminal() throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = try FillTerminalTests.Terminal(
            folder: folder, command: "\(Support.survey) review \(Support.annualReport) responses --question lankats --codes koder",
            width: 200, height: 8)
        terminal.waitFor("kommandona.\n> ")
        try terminal.type("visa 1")
        var screen = terminal.waitFor("-- Sida 1 av 2. Enter: nästa sida, q: sluta --")
        #expect(screen.contains("""
        > visa 1
        Matematiklyftet — 7 påståenden
          1.1 (Karlstad) Matematiklyftet startar på alla skolor ht 2013 och vi ser det som en del av samma satsning  [beslutat]
          1.2 (Karlstad) lyftet ger verktyg till lärarna medan PISA-arbetet handlar om styrning och ledning.  [beslutat]
          1.3 (Uppsala) Matematiklyftet är kopplat till samma satsning.  [beslutat]
          1.4 (Borås) \(Self.borås)  [beslutat]
          1.5 (Luleå) Matematiklyftet och vårt eget utvecklingsprojekt Luleå matematik 2015 (som startade 2011) hänger ihop med PISA 2015.  [beslutat]
          1.6 (Sollentuna) Vi har kopplat ihop PISA-satsningen med Matematiklyftet.  [beslutat]
        -- Sida 1 av 2. Enter: nästa sida, q: sluta --
        """))
        try terminal.press("Enter")
        // The page and the prompt after it: the prompt may come a moment after the page.
        screen = terminal.waitFor("1.7 (Landskrona) Mattelyftet ingår som en del.  [beslutat]\n> ")
        #expect(screen.contains("-- Sida 1 av 2. Enter: nästa sida, q: sluta -- \n  1.7 (Landskrona) Mattelyftet ingår som en del.  [beslutat]\n> "))
        try terminal.type("sluta")
        screen = terminal.waitFor("[exit 0]")
        #expect(screen.contains("> sluta\nAllt är sparat.\n[exit 0]"))
    }

    /// The queue: one statement at a time, Enter accepts the suggestion, `i M` places it
    /// elsewhere, `hoppa` takes the next; each decision is saved with a progress line after it.
    @Test func theQueueOffersOneStatementAtATimeAndEnterAcceptsTheSuggestion() throws {
        let folder = try FillTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Support.repository.appendingPathComponent("responses").path, toPath: folder + "/responses")
        try FileManager.default.removeItem(atPath: folder + "/responses/codes")
        let coded = try Support.run(["code", Support.annualReport, "responses", "--question", "lankats", "--codes", "koder"], input: "", in: folder)
        #expect(coded.status == 0)
        let session = try Support.run(["review", Support.annualReport, "responses", "--question", "lankats", "--codes", "koder"],
                                      input: "\ni 3\nhoppa\nsluta\n", in: folder)
        #expect(session.status == 0)
        // First the statement the coder's proposal and its suggestion disagree on: one left in
        // Övrigt that the categories' centres would place; then the least sure of the rest.
        let uppsala = "PISA 2015 ingår i kommunens övergripande matematiksatsning (Matematik i Uppsala 2012–2016), som redan pågick när vi gick med."
        let landskrona = "Mattelyftet ingår som en del."
        let luleå = "Matematiklyftet och vårt eget utvecklingsprojekt Luleå matematik 2015 (som startade 2011) hänger ihop med PISA 2015."
        #expect(session.stdout.contains("""
        Nästa (Uppsala): "\(uppsala)"
          Nu: Övrigt · förslag: 1. Matematiklyftet
          Enter godtar förslaget; i M placerar det i kategori M (i 2,3 i två, i Ö i Övrigt); hoppa tar nästa.
        > Sparat: "\(uppsala)" (Uppsala) ligger nu i "Matematiklyftet".
        Beslutade: 1 · kodade automatiskt: 0 · kvar att granska: 15

        Nästa (Landskrona): "\(landskrona)"
          Nu: 1. Matematiklyftet · förslag: 1. Matematiklyftet
        """))
        #expect(session.stdout.contains("""
        > Sparat: "\(landskrona)" (Landskrona) ligger nu i "Kopplingen".
        Beslutade: 2 · kodade automatiskt: 0 · kvar att granska: 14

        Nästa (Landskrona): "PISA 2015 är en del av det övergripande projektet Framtidens skola, som startade 2011."
          Nu: Övrigt · förslag: 1. Matematiklyftet
        """))
        // `hoppa` shows the next one without deciding; quitting keeps both decisions.
        #expect(session.stdout.hasSuffix("""
        > \nNästa (Luleå): "\(luleå)"
          Nu: 1. Matematiklyftet · förslag: 1. Matematiklyftet
          Enter godtar förslaget; i M placerar det i kategori M (i 2,3 i två, i Ö i Övrigt); hoppa tar nästa.
        > Allt är sparat.

        """))
        #expect(try entry(uppsala, in: folder) == "  categories:\n  - matematiklyftet\n  decided: staff")
        #expect(try entry(landskrona, in: folder) == "  categories:\n  - kopplingen\n  decided: staff")
    }

    /// The same words as a statement staff placed are coded so at once; once nothing awaits
    /// review, the statements coded automatically are offered to check, and Enter confirms one.
    @Test func theSameWordsAreCodedAsPlacedAndTheAutomaticOnesAreOfferedToCheck() throws {
        let folder = try FillTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/responses/pilot", withIntermediateDirectories: true)
        for index in 1...40 {
            let name = "K" + (index < 10 ? "0" : "") + String(index)
            let answer = index.isMultiple(of: 2) ? "Det systematiska kvalitetsarbetet." : "Matematiklyftet."
            let file = """
            form: arsrapport-ar2
            version: "2.0"
            respondent: \(name)
            round: pilot
            created: 2014-01-14T13:05:48+01:00
            updated: 2014-01-15T11:37:26+01:00
            answers:
              lankats:
                answer: \(answer)
                at: 2014-01-14T13:24:39+01:00

            """
            try file.write(toFile: folder + "/responses/pilot/\(name).yaml", atomically: true, encoding: .utf8)
        }
        let coded = try Support.run(["code", Support.annualReport, "responses", "--question", "lankats"], input: "", in: folder)
        #expect(coded.status == 0)
        let session = try Support.run(["review", Support.annualReport, "responses", "--question", "lankats"],
                                      input: "\n\n\nhoppa\nsluta\n", in: folder)
        #expect(session.status == 0)
        #expect(session.stdout.contains("""
        > Sparat: "Matematiklyftet." (K01) ligger nu i "Matematiklyftet".
        Beslutade: 1 · kodade automatiskt: 19 · kvar att granska: 20
        """))
        #expect(session.stdout.contains("""
        Beslutade: 2 · kodade automatiskt: 38 · kvar att granska: 0

        Inget kvar att granska. Att kontrollera, kodat automatiskt (K03): "Matematiklyftet."
          Nu: 1. Matematiklyftet (sannolikhet 1,00)
          Enter bekräftar; i M placerar det i kategori M (i 2,3 i två, i Ö i Övrigt); hoppa tar nästa; sluta avslutar.
        > Sparat: "Matematiklyftet." (K03) ligger nu i "Matematiklyftet".
        Beslutade: 3 · kodade automatiskt: 37 · kvar att granska: 0
        """))
        // `hoppa` passes over K04's to K05's.
        #expect(session.stdout.contains("""
        > \nInget kvar att granska. Att kontrollera, kodat automatiskt (K05): "Matematiklyftet."
        """))
    }
}

extension ReviewCommandTests {
    /// Two sessions on one question each wrote their decisions over the other's, and each said
    /// "Sparat": a second review, and `survey code` of the question, now wait for the first; a
    /// file changed by hand meanwhile is never written over.
    @Test func oneSessionAtATimeChangesAQuestionsFiles() throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try review(folder)
        let before = try bytes(folder)
        let busy = "koder/lankats.coding.yaml:1:1: error: lankats kodas eller granskas just nu i en annan session "
            + "(survey code eller survey review); vänta tills den är klar, så att ingen av er skriver över den andras beslut\n"
        let second = try Support.run(["review", Support.annualReport, "responses", "--question", "lankats", "--codes", "koder", "--no-queue"],
                                     input: "namn 1 ML\n", in: folder)
        #expect(second.status == 1)
        #expect(second.stderr == busy)
        let code = try Support.run(["code", Support.annualReport, "responses", "--question", "lankats", "--codes", "koder"], input: "", in: folder)
        #expect(code.status == 1)
        #expect(code.stderr == busy)
        #expect(try bytes(folder) == before)
        // Another question is not held.
        let other = try Support.run(["code", Support.annualReport, "responses", "--question", "gladjeamnen", "--codes", "koder"], input: "", in: folder)
        #expect(other.status == 0)
        #expect(first.send("namn 3 SKA").hasPrefix("Sparat: kategorin heter nu \"SKA\"."))
        // Changed by hand while the session runs: the session's next decision is not saved.
        let path = folder + "/koder/lankats.codebook.yaml"
        let edited = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "label: SKA", with: "label: SKA (systematiskt kvalitetsarbete)")
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(first.send("namn 1 ML").contains("Ändringen kunde inte sparas; filerna är som före ändringen."))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == edited)
        let finished = try first.finish()
        #expect(finished.status == 0)
        #expect(finished.stderr.contains("koder/lankats.codebook.yaml:1:1: error: filen har ändrats utanför granskningen sedan den lästes"))
        // When it has ended, the question can be coded again.
        let again = try Support.run(["code", Support.annualReport, "responses", "--question", "lankats", "--codes", "koder"], input: "", in: folder)
        #expect(again.status == 0)
    }
}
