import Foundation
import Testing

/// `survey fill` on a real pseudo-terminal (tmux), as a respondent sees it.
struct FillTerminalTests {
    typealias Support = FillTestSupport

    /// A private tmux server with one window running a command; the test reads its screen.
    final class Terminal {
        let socket: String
        let folder: String

        init(folder: String, command: String, width: Int = 110, height: Int = 45) throws {
            self.folder = folder
            socket = folder + "/tmux.sock"
            // The shell keeps the window open after survey ends, so the last screen can be read.
            try tmux(["new-session", "-d", "-x", String(width), "-y", String(height), "-c", folder,
                      "env NO_COLOR=1 TERM=xterm \(command); echo \"[exit $?]\"; sleep 60"])
        }

        /// Runs a tmux client and waits for it. Spawned by hand: the server it starts lives on, and
        /// Foundation's Process would wait for that server too; every other descriptor is closed in the
        /// child so the server holds no pipe of a test running alongside.
        @discardableResult
        func tmux(_ arguments: [String]) throws -> String {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            var descriptors: [Int32] = [0, 0]
            let reads = arguments.first == "capture-pane"
            if reads { try #require(pipe(&descriptors) == 0) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            if reads {
                posix_spawn_file_actions_adddup2(&actions, descriptors[1], 1)
            } else {
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            }
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            if let closeFrom = Self.closeFrom { _ = closeFrom(&actions, 3) }
            let all = ["/usr/bin/tmux", "-S", socket] + arguments
            var cArguments: [UnsafeMutablePointer<CChar>?] = all.map { strdup($0) } + [nil]
            defer { for argument in cArguments { free(argument) } }
            // The terminal's programs get default signals and an empty mask, as from a login shell,
            // not the test runner's thread mask.
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var none = sigset_t()
            var defaults = sigset_t()
            sigemptyset(&none)
            sigemptyset(&defaults)
            for signal in [SIGINT, SIGHUP, SIGTERM, SIGQUIT, SIGPIPE] { sigaddset(&defaults, signal) }
            posix_spawnattr_setsigmask(&attributes, &none)
            posix_spawnattr_setsigdefault(&attributes, &defaults)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
            var child: pid_t = 0
            try #require(posix_spawn(&child, "/usr/bin/tmux", &actions, &attributes, &cArguments, environ) == 0)
            var output = Data()
            if reads {
                close(descriptors[1])
                output = FileHandle(fileDescriptor: descriptors[0], closeOnDealloc: true).readDataToEndOfFile()
            }
            var status: Int32 = 0
            while waitpid(child, &status, 0) < 0, errno == EINTR {}
            return String(decoding: output, as: UTF8.self)
        }

        /// glibc's posix_spawn_file_actions_addclosefrom_np, which the Glibc module does not import.
        private static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32)? = {
            guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32).self)
        }()

        var screen: String {
            (try? tmux(["capture-pane", "-p", "-J", "-S", "-200"])) ?? ""
        }

        /// Waits until the screen shows `text` (up to 10 s); the screen either way.
        @discardableResult
        func waitFor(_ text: String) -> String {
            for _ in 0..<200 {
                let shown = screen
                if shown.contains(text) { return shown }
                usleep(50_000)
            }
            return screen
        }

        func type(_ text: String) throws {
            try tmux(["send-keys", "-l", text])
            try tmux(["send-keys", "Enter"])
        }

        func paste(_ text: String) throws {
            try tmux(["set-buffer", "-b", "inklistrat", text])
            try tmux(["paste-buffer", "-b", "inklistrat", "-d"])
        }

        func press(_ key: String) throws {
            try tmux(["send-keys", key])
        }

        deinit {
            _ = try? tmux(["kill-server"])
        }
    }

    static func start(_ folder: String) throws -> Terminal {
        try Support.shortForm.write(toFile: folder + "/kort.yaml", atomically: true, encoding: .utf8)
        return try Terminal(folder: folder, command: "\(Support.survey) fill kort.yaml --respondent Umeå --round pilot --responses svar")
    }

    @Test func aRespondentAnswersAtATerminal() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = try Self.start(folder)
        var screen = terminal.waitFor("Svara med ett heltal.\n> ")
        #expect(screen.hasPrefix("""
        Kort formulär (version 1)
        Svarande: Umeå, omgång pilot. Svaren sparas i svar/pilot/Umeå.yaml.

        Varje svar sparas så fort du har lämnat det. Skriv :help för hjälp och kommandon.

        == Avsnitt ==

        Fråga 1 av 3 [antal]
        Hur många mål har kommunen?
        Svara med ett heltal.
        >\u{20}
        """))
        // One line at a time, as a person types: lines sent together would be a paste.
        try terminal.type("10,5")
        terminal.waitFor("utan decimaler.")
        try terminal.type("10")
        terminal.waitFor("[beslut]")
        try terminal.type("rekt, Annat: Förvaltningen")
        screen = terminal.waitFor("[ovrigt]")
        #expect(screen.contains("""
        > 10,5
        Svaret ska vara ett heltal, utan decimaler.
        Hur många mål har kommunen?
        > 10
        Sparat.
        """))
        #expect(screen.contains("> rekt, Annat: Förvaltningen\nSparat.\n"))

        // Pasted lines arrive together and are taken whole, the "." among them too.
        try terminal.paste("Första raden.\n.\nTredje raden.\n")
        // The note and the prompt after it: the prompt may come a moment after the note.
        screen = terminal.waitFor("bara en punkt.)\n> ")
        #expect(screen.contains("> Första raden.\n.\nTredje raden.\n(3 rader inklistrade; avsluta med en rad med bara en punkt.)\n> "))
        try terminal.type(".")
        screen = terminal.waitFor("Tryck Enter för att avsluta")
        try terminal.type("")
        screen = terminal.waitFor("[exit ")
        #expect(screen.contains("""
        Tack! Alla svar är sparade i svar/pilot/Umeå.yaml.

        Sammanfattning för Umeå: 3 av 3 aktuella frågor besvarade.
        Allt som krävs är besvarat.
        [exit 0]
        """))
        let file = try String(contentsOfFile: folder + "/svar/pilot/Umeå.yaml", encoding: .utf8)
        #expect(Support.withoutTimes(file).hasSuffix("""
          ovrigt:
            answer: |-
              Första raden.
              .
              Tredje raden.
            at: TID

        """))
    }

    @Test func controlCInTheMiddleKeepsWhatWasSaved() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = try Self.start(folder)
        terminal.waitFor("> ")
        try terminal.type("7")
        terminal.waitFor("och din text.\n> ")
        try terminal.tmux(["send-keys", "-l", "1,2"])
        terminal.waitFor("> 1,2")
        try terminal.press("C-c")
        let screen = terminal.waitFor("[exit ")
        // The same closing summary as after Ctrl-D or :quit, then exit 130.
        #expect(screen.contains("""
        > 1,2^C
        Avbrutet. Alla svar du har lämnat är sparade i svar/pilot/Umeå.yaml; kör samma kommando igen för att
        fortsätta.

        Sammanfattning för Umeå: 1 av 3 aktuella frågor besvarade.
        Saknas (2):
          Ni har inte svarat på "Var är målen beslutade?"
          Ni har inte svarat på "Något mer?" och har inte bekräftat att frågan ska lämnas tom.
        Svaren är inte kompletta ännu. Kör samma kommando igen för att fortsätta där du slutade.
        [exit 130]
        """))
        #expect(try Support.answerIDs(inFile: folder + "/svar/pilot/Umeå.yaml") == ["antal"])
    }

    /// A narrow, short terminal: long question and help texts wrap between words, and :review pages.
    @Test func longLinesWrapAndTheReviewPagesAtASmallTerminal() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var form = """
        form: lang
        title: Långt formulär
        version: "1"
        language: sv
        sections:
          - id: a
            title: Avsnitt
            questions:
              - id: organiserat
                text: Hur har kommunen organiserat arbetet med matematiksatsningen, och vilka funktioner har varit inblandade under året?
                help: Beskriv till exempel hur ofta kommungruppen träffas och vad ni gör på träffarna.
                kind: text

        """
        for number in 1...20 { form += "      - {id: q\(number), text: Fråga nummer \(number)?, kind: yes-no}\n" }
        try form.write(toFile: folder + "/lang.yaml", atomically: true, encoding: .utf8)
        let terminal = try Terminal(folder: folder, command: "\(Support.survey) fill lang.yaml --respondent Umeå --responses svar",
                                    width: 50, height: 16)
        var screen = terminal.waitFor("textredigerare.\n> ")
        #expect(screen.contains("""
        Fråga 1 av 21 [organiserat]
        Hur har kommunen organiserat arbetet med
        matematiksatsningen, och vilka funktioner har
        varit inblandade under året?
          Beskriv till exempel hur ofta kommungruppen
          träffas och vad ni gör på träffarna.
        Skriv på en eller flera rader och avsluta med en
        rad med bara en punkt (.). :edit öppnar en
        textredigerare.
        >\u{20}
        """))
        try terminal.type(":review")
        screen = terminal.waitFor("q: sluta --")
        #expect(screen.contains("""
        > :review

        Översikt: 0 av 21 aktuella frågor besvarade, 21
        saknas.
        Avsnitt
          saknas     organiserat: Hur har kommunen
          organiserat arbetet med matematiksatsningen, och
          vilka funktioner har varit inblandade under
          året?
          saknas     q1: Fråga nummer 1?
        """))
        #expect(screen.contains("  saknas     q7: Fråga nummer 7?\n-- Sida 1 av 2. Enter: nästa sida, q: sluta --"))
        #expect(!screen.contains("q8:"))
        try terminal.type("")
        screen = terminal.waitFor("Fråga nummer 20?\n")
        #expect(screen.contains("  saknas     q20: Fråga nummer 20?\n"))
        try terminal.press("C-d")
        terminal.waitFor("[exit ")
    }

    @Test func closingTheTerminalKeepsWhatWasSaved() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = try Self.start(folder)
        terminal.waitFor("> ")
        try terminal.type("7")
        terminal.waitFor("[beslut]")
        try terminal.tmux(["send-keys", "-l", "halvt skrivet"])
        try terminal.tmux(["kill-server"])
        // The hang-up ends survey; the file holds the acknowledged answer and reads cleanly.
        usleep(300_000)
        #expect(try Support.answerIDs(inFile: folder + "/svar/pilot/Umeå.yaml") == ["antal"])
        let check = try Support.run(["check", "kort.yaml", "svar"], input: "", in: folder)
        #expect(check.stderr == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/svar/pilot").sorted() == [".Umeå.yaml.lock", "Umeå.yaml"])
    }
}
