import Foundation
import Testing

/// `survey fill` as a script drives it: stdin not a terminal, answers line by line.
struct FillCommandTests {
    typealias Support = FillTestSupport

    static func folderWithShortForm() throws -> String {
        let folder = try Support.temporaryFolder()
        try Support.shortForm.write(toFile: folder + "/kort.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func scriptedAnswersFillTheFormAndReportItComplete() throws {
        let folder = try Self.folderWithShortForm()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Support.run(["fill", "kort.yaml", "--respondent", "Umeå", "--round", "pilot", "--responses", "svar"],
                                     input: "tolv\n12\n2, annat: Förvaltningen\n:skip\nj\n\n", in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
        Kort formulär (version 1)
        Svarande: Umeå, omgång pilot. Svaren sparas i svar/pilot/Umeå.yaml.

        Varje svar sparas så fort du har lämnat det. Skriv :help för hjälp och kommandon.

        == Avsnitt ==

        Fråga 1 av 3 [antal]
        Hur många mål har kommunen?
        Svara med ett heltal.
        > tolv
        "tolv" är inget tal. Skriv ett heltal, till exempel 12.
        Hur många mål har kommunen?
        > 12
        Sparat.

        Fråga 2 av 3 [beslut]
        Var är målen beslutade?
          1. Nämnden
          2. Rektorerna
          3. Annat, nämligen …
        Välj ett eller flera alternativ med nummer eller namn, åtskilda med komma (till exempel 1,3). För "Annat, nämligen …" skriv 3: och din text.
        > 2, annat: Förvaltningen
        Sparat.

        Fråga 3 av 3 [ovrigt] – kan lämnas tom
        Något mer?
        Skriv på en eller flera rader och avsluta med en rad med bara en punkt (.). :edit öppnar en textredigerare.
        > :skip
        Vill du lämna frågan tom? (j/n) j
        Sparat: frågan lämnas tom.

        Alla frågor är genomgångna.
        Tryck Enter för att avsluta, eller skriv :back, :goto ID eller :review.
        > \("")
        Tack! Alla svar är sparade i svar/pilot/Umeå.yaml.

        Sammanfattning för Umeå: 3 av 3 aktuella frågor besvarade.
        Allt som krävs är besvarat.

        """)
        let file = try String(contentsOfFile: folder + "/svar/pilot/Umeå.yaml", encoding: .utf8)
        #expect(Support.withoutTimes(file) == """
        # Svar på Kort formulär (kort, version 1).
        # Filen sparas efter varje svar med survey fill. Den kan rättas för hand; kontrollera den sedan med survey check.
        form: kort
        version: "1"
        respondent: Umeå
        round: pilot
        created: TID
        updated: TID
        answers:
          antal:
            answer: 12
            at: TID
          beslut:
            answer:
            - rektorerna
            - annat
            other: Förvaltningen
            at: TID
          ovrigt:
            empty: confirmed
            at: TID

        """)
        // The file reads back cleanly for staff.
        let check = try Support.run(["check", "kort.yaml", "svar"], input: "", in: folder)
        #expect(check.status == 0)
        #expect(check.stderr == "")
    }

    @Test func endOfInputSavesWhatWasGivenAndExitsOneWhenIncomplete() throws {
        let folder = try Self.folderWithShortForm()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Support.run(["fill", "kort.yaml", "--respondent", "Borås", "--responses", "svar"], input: "3\n", in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.from("> 3\n") == """
        > 3
        Sparat.

        Fråga 2 av 3 [beslut]
        Var är målen beslutade?
          1. Nämnden
          2. Rektorerna
          3. Annat, nämligen …
        Välj ett eller flera alternativ med nummer eller namn, åtskilda med komma (till exempel 1,3). För "Annat, nämligen …" skriv 3: och din text.
        > \("")
        Inmatningen tog slut. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.

        Sammanfattning för Borås: 1 av 3 aktuella frågor besvarade.
        Saknas (2):
          Ni har inte svarat på "Var är målen beslutade?"
          Ni har inte svarat på "Något mer?" och har inte bekräftat att frågan ska lämnas tom.
        Svaren är inte kompletta ännu. Kör samma kommando igen för att fortsätta där du slutade.

        """)
        #expect(try Support.answerIDs(inFile: folder + "/svar/Borås.yaml") == ["antal"])

        // Coming back: a summary, then the first unanswered question.
        let again = try Support.run(["fill", "kort.yaml", "--respondent", "Borås", "--responses", "svar"], input: "1\nInget.\n.\n", in: folder)
        #expect(again.status == 0)
        #expect(again.stdout.upTo("\n== Avsnitt") == """
        Kort formulär (version 1)
        Svarande: Borås. Svaren sparas i svar/Borås.yaml.

        Välkommen tillbaka. Du har besvarat 1 av 3 frågor; 2 saknas: beslut, ovrigt.
        Vi fortsätter med fråga 2, beslut.

        Varje svar sparas så fort du har lämnat det. Skriv :help för hjälp och kommandon.

        """)
        // Complete, with a remark on an answer that looks like none.
        #expect(again.stdout.hasSuffix("""
        Sammanfattning för Borås: 3 av 3 aktuella frågor besvarade.
        Att se över (1):
          Ni har svarat "Inget." på "Något mer?", vilket inte ser ut som ett svar.
        Allt som krävs är besvarat.

        """))
        #expect(try Support.answerIDs(inFile: folder + "/svar/Borås.yaml") == ["antal", "beslut", "ovrigt"])
    }

    @Test(arguments: [
        ("../x", "Namnet \"../x\" kan inte användas: Namnet får inte innehålla / eller \\."),
        ("..", "Namnet \"..\" kan inte användas: Namnet får inte innehålla \"..\"."),
        (".hidden", "Namnet \".hidden\" kan inte användas: Namnet får inte börja med en punkt."),
        ("a/b", "Namnet \"a/b\" kan inte användas: Namnet får inte innehålla / eller \\."),
        ("a\\b", "Namnet \"a\\\\b\" kan inte användas: Namnet får inte innehålla / eller \\."),
        ("Ume\u{7}å", "Namnet \"Ume\\u{07}å\" kan inte användas: Namnet får inte innehålla styrtecken (som radbrytning eller tabb)."),
        ("Umeå\nBorås", "Namnet \"Umeå\\nBorås\" kan inte användas: Namnet får inte innehålla styrtecken (som radbrytning eller tabb)."),
        ("Ume\u{1B}[31må", "Namnet \"Ume\\u{1B}[31må\" kan inte användas: Namnet får inte innehålla styrtecken (som radbrytning eller tabb)."),
        ("  ", "Namnet \"  \" kan inte användas: Namnet är tomt."),
    ])
    func unsafeRespondentNamesAreRefused(name: String, message: String) throws {
        let folder = try Self.folderWithShortForm()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Support.run(["fill", "kort.yaml", "--respondent", name, "--responses", "svar"], input: "3\n", in: folder)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Fel: \(message)\n"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/svar"))
    }

    @Test func unsafeRoundsAreRefusedToo() throws {
        let folder = try Self.folderWithShortForm()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Support.run(["fill", "kort.yaml", "--respondent", "Umeå", "--round", "../..", "--responses", "svar"], input: "", in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Fel: Omgången \"../..\" kan inte användas: Namnet får inte innehålla / eller \\.\n"))
        let codes = try Support.run(["fill", "kort.yaml", "--respondent", "Umeå", "--round", "codes", "--responses", "svar"], input: "", in: folder)
        #expect(codes.status == 64)
        #expect(codes.stderr.hasPrefix("Fel: Omgången kan inte heta \"codes\"; den mappen är till för kodningar.\n"))
    }

    @Test(arguments: ["Umeå", "Borås", "Upplands-Bro", "Hyllie SDN"])
    func swedishNamesNameTheirFiles(name: String) throws {
        let folder = try Self.folderWithShortForm()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Typed decomposed (a + ring above), stored composed, so every keyboard finds one file.
        let decomposed = name.decomposedStringWithCanonicalMapping
        let result = try Support.run(["fill", "kort.yaml", "--respondent", decomposed, "--round", "pilot", "--responses", "svar"], input: "3\n", in: folder)
        #expect(result.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/svar/pilot").sorted() == [".\(name).yaml.lock", "\(name).yaml"])
        #expect(try String(contentsOfFile: folder + "/svar/pilot/\(name).yaml", encoding: .utf8).contains("\nrespondent: \(name)\n"))
    }

    @Test func aHandEditedFileWithErrorsIsReportedAndLeftAlone() throws {
        let folder = try Self.folderWithShortForm()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/svar/pilot", withIntermediateDirectories: true)
        let edited = """
        form: kort
        version: "1"
        respondent: Umeå
        round: pilot
        answers:
          antal:
            answer: tolv
            at: 2014-01-10T09:02:11+01:00
          beslut:
            answer: [rektorerna, styrelsen]
          ovrgit:
            empty: confirmed

        """
        let path = folder + "/svar/pilot/Umeå.yaml"
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Support.run(["fill", "kort.yaml", "--respondent", "Umeå", "--round", "pilot", "--responses", "svar"],
                                     input: "12\n", in: folder)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == """
        svar/pilot/Umeå.yaml:7:13: error: svaret på 'antal' ska vara ett tal, inte 'tolv'
          answer: tolv
                  ^
        svar/pilot/Umeå.yaml:10:26: error: frågan 'beslut' har inget svarsalternativ 'styrelsen'; svarsalternativen är namnden, rektorerna, annat
          answer: [rektorerna, styrelsen]
                               ^
        svar/pilot/Umeå.yaml:11:3: warning: frågan 'ovrgit' finns inte i version 1 av formuläret 'kort'; svaret behålls; menade du 'ovrigt'?
          ovrgit:
          ^
        Filen svar/pilot/Umeå.yaml har fel och kan inte fyllas i vidare. Inget i den har ändrats.
        Be programmets personal om hjälp, eller rätta felen ovan och kontrollera filen med: survey check kort.yaml svar

        """)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == edited)
    }

    @Test func prefillFromLastYearsFileShowsEachAnswer() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lastYear = Support.repository.appendingPathComponent("responses/pilot/Umeå.yaml").path
        let result = try Support.run(["fill", Support.annualReport, "--respondent", "Umeå", "--round", "ar3", "--responses", "svar",
                                      "--prefill", lastYear], input: "\nNy text.\n.\n", in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("\nFörra årets svar (\(lastYear)) är ifyllda på 36 frågor. Tryck Enter vid varje fråga för att behålla svaret, eller skriv ett nytt.\n"))
        #expect(result.stdout.contains("""
        Förra årets svar: Kommungruppen har träffats 1–2 gånger mellan nätverksträffarna. Det är svårt att hitta tid för träffarna men vi prioriterar dem.
        Tryck Enter för att behålla förra årets svar, eller skriv ett nytt.
        > \("")
        Sparat (förra årets svar behålls).
        """))
        let file = try String(contentsOfFile: folder + "/svar/ar3/Umeå.yaml", encoding: .utf8)
        let answers = try Support.answerIDs(inFile: folder + "/svar/ar3/Umeå.yaml")
        #expect(answers.count == 36)
        #expect(answers.prefix(2) == ["organiserat", "styrgrupp"])
        // Last year's 38 entries hold 36 answers (two soft questions were left empty, which is not carried over);
        // two are now confirmed or changed, 34 wait for confirmation.
        #expect(file.components(separatedBy: "prefilled: true").count - 1 == 34)
        #expect(result.stdout.contains("\nSaknas (37):\n"))
        #expect(result.stdout.contains("\n  Ni har inte bekräftat förra årets svar på \"Hur har övriga organisationen involverats?\"\n"))
    }

    @Test func theRegisterGivesTheRoundAndKnowsTheRespondents() throws {
        let folder = try Self.folderWithShortForm()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let register = Support.repository.appendingPathComponent("forms/register-pisa-2015.yaml").path
        let known = try Support.run(["fill", "kort.yaml", "--respondent", "Umeå", "--register", register, "--responses", "svar"], input: "3\n", in: folder)
        #expect(known.stdout.hasPrefix("Kort formulär (version 1)\nSvarande: Umeå, omgång pilot. Svaren sparas i svar/pilot/Umeå.yaml.\n"))
        let unknown = try Support.run(["fill", "kort.yaml", "--respondent", "Umea", "--register", register, "--responses", "svar"], input: "", in: folder)
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "Umea finns inte i registret \(register). Menade du Umeå? Namnet skrivs som i registret.\n")
        let wrongRound = try Support.run(["fill", "kort.yaml", "--respondent", "Umeå", "--round", "host-2012", "--register", register,
                                          "--responses", "svar"], input: "", in: folder)
        #expect(wrongRound.status == 64)
        #expect(wrongRound.stderr == "Umeå hör till omgången pilot (Pilotomgång) i registret, inte host-2012.\n")
    }

    @Test func aSecondSessionForTheSameFileIsRefused() throws {
        let folder = try Self.folderWithShortForm()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/svar/pilot", withIntermediateDirectories: true)
        // Another session holds the lock, as a running survey fill does.
        let descriptor = open(folder + "/svar/pilot/.Umeå.yaml.lock", O_RDWR | O_CREAT, 0o644)
        defer { close(descriptor) }
        try #require(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let result = try Support.run(["fill", "kort.yaml", "--respondent", "Umeå", "--round", "pilot", "--responses", "svar"], input: "3\n", in: folder)
        #expect(result.status == 75)
        #expect(result.stdout == "")
        #expect(result.stderr == "svar/pilot/Umeå.yaml fylls redan i av en annan session. Vänta tills den är klar, eller avsluta den först.\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/svar/pilot/Umeå.yaml"))
    }

    @Test func editOpensTheEditorFromTheEnvironment() throws {
        let folder = try Self.folderWithShortForm()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // An "editor" that adds a line to the file it is given, as a person would.
        let editor = folder + "/redigerare.sh"
        try "#!/bin/sh\nprintf 'Tillagt i redigeraren.\\n' >> \"$1\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let result = try Support.run(["fill", "kort.yaml", "--respondent", "Umeå", "--responses", "svar"],
                                     input: ":goto ovrigt\nSkrivet först.\n:edit\n", in: folder, environment: ["VISUAL": editor])
        #expect(result.stdout.from("> Skrivet först.") == """
        > Skrivet först.
        > :edit
        Svaret från textredigeraren:
          Skrivet först.
          Tillagt i redigeraren.
        Sparat.
        Det finns obesvarade frågor tidigare i formuläret; vi går tillbaka till dem.

        Fråga 1 av 3 [antal]
        Hur många mål har kommunen?
        Svara med ett heltal.
        > \("")
        Inmatningen tog slut. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.

        Sammanfattning för Umeå: 1 av 3 aktuella frågor besvarade.
        Saknas (2):
          Ni har inte svarat på "Hur många mål har kommunen?"
          Ni har inte svarat på "Var är målen beslutade?"
        Svaren är inte kompletta ännu. Kör samma kommando igen för att fortsätta där du slutade.

        """)
        let failing = try Support.run(["fill", "kort.yaml", "--respondent", "Borås", "--responses", "svar"],
                                      input: ":goto ovrigt\n:edit\n", in: folder, environment: ["VISUAL": "false"])
        #expect(failing.stdout.contains("> :edit\nTextredigeraren (false) avslutades med ett fel; svaret ändrades inte.\n> \n"))
    }

    @Test func lastYearsFileForAnotherFormIsRefused() throws {
        let folder = try Self.folderWithShortForm()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lastYear = Support.repository.appendingPathComponent("responses/pilot/Umeå.yaml").path
        let result = try Support.run(["fill", "kort.yaml", "--respondent", "Umeå", "--responses", "svar", "--prefill", lastYear],
                                     input: "", in: folder)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == """
        \(lastYear):1:7: error: svaren gäller formuläret 'arsrapport-ar2', inte 'kort'
          form: arsrapport-ar2
                ^
        Förra årets fil \(lastYear) kan inte läsas (se ovan); inget har ändrats. Be programmets personal om hjälp.

        """)
        #expect(!FileManager.default.fileExists(atPath: folder + "/svar/Umeå.yaml"))
    }
}
