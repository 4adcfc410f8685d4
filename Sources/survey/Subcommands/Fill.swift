import ArgumentParser
import Foundation
import SurveyForm
import SurveyResponses
import SurveyRunner
import SurveyYAML

extension SurveyCommand {
    struct Fill: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fyll i ett formulär i terminalen (på svenska); varje svar sparas i samma stund som det ges.",
            discussion: """
            Ställer frågorna i FORMULÄR i tur och ordning på stdout och läser svaren från stdin, rad för \
            rad (svar från ett skript fungerar när stdin inte är en terminal). Svaren sparas i \
            SVARSMAPP/OMGÅNG/NAMN.yaml, som skrivs om atomärt efter varje svar; körs samma kommando \
            igen fortsätter det där den som svarar slutade. En svarsfil med fel skrivs aldrig över: \
            felen skrivs ut och fill avslutas. Se docs/respondent-guide.md.
            Slutstatus: 0 när allt obligatoriskt är besvarat, 1 när något saknas, 2 när formuläret, \
            registret eller en svarsfil inte kan läsas, 64 för ett namn (--respondent) eller en omgång \
            som inte går att använda, 74 när ett svar inte kan sparas, 75 när en annan session fyller \
            i samma fil, 130 efter Ctrl-C (128 + signalens nummer efter en nedkoppling eller kill), \
            som avslutar som :quit, med den avslutande sammanfattningen. Långa rader bryts vid \
            terminalens bredd, och :review visar en sida i taget efter terminalens höjd.
            """
        )

        @Argument(help: ArgumentHelp("Formuläret som ska fyllas i.", valueName: "formulär"))
        var form: String

        @Option(help: ArgumentHelp("Vem som svarar: kommunens namn som i registret (Umeå); filen får det namnet.", valueName: "namn"))
        var respondent: String

        @Option(help: ArgumentHelp("Omgången, en mapp i svarsmappen (pilot). Standard: från --register, annars ingen.", valueName: "omgång"))
        var round: String?

        @Option(help: ArgumentHelp("Svarsmappen.", valueName: "svarsmapp"))
        var responses: String = "responses"

        @Option(help: ArgumentHelp("Förra årets svarsfil; dess svar visas för att bekräftas eller ändras.", valueName: "fil"))
        var prefill: String?

        @Option(help: ArgumentHelp("Deltagarregistret: den som svarar (--respondent) måste finnas i det, och det anger omgången.", valueName: "fil"))
        var register: String?

        @OptionGroup var diagnosticOptions: DiagnosticOptions

        func validate() throws {
            if case .failure(let problem) = RespondentName.validated(RespondentName.withoutFileExtension(respondent)) {
                throw ValidationError("Namnet \(respondent.debugDescription) kan inte användas: \(problem)")
            }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: responses, isDirectory: &isFolder), !isFolder.boolValue {
                throw ValidationError("\(responses) är en fil, inte en mapp. Ange med --responses mappen där svaren sparas.")
            }
            if let round {
                if case .failure(let problem) = RespondentName.validated(round) {
                    throw ValidationError("Omgången \(round.debugDescription) kan inte användas: \(problem)")
                }
                if round == ResponseStore.codesFolderName {
                    throw ValidationError("Omgången kan inte heta \"\(round)\"; den mappen är till för kodningar.")
                }
            }
        }

        func run() throws {
            var diagnostics = DiagnosticOutput(color: diagnosticOptions.color)
            let loadedForm = try FormInput.load(form, output: &diagnostics)
            guard case .success(let typed) = RespondentName.validated(RespondentName.withoutFileExtension(respondent)) else { throw ExitCode(64) }
            let (registered, roundID) = try chosenRound(for: typed, diagnostics: &diagnostics)
            let store = ResponseStore(root: responses)
            // Åre, ÅRE and åre are one respondent: an existing file named in another case is theirs.
            let name = RespondentName.matching(registered, among: store.respondents(inRound: roundID)) ?? registered
            // The store's file, written as the folder was given, so messages and diagnostics show the path the respondent typed.
            let path = Self.shownPath(responses: responses, round: roundID, respondent: name)

            let lock: ResponseFileLock
            switch ResponseFileLock.acquire(for: path) {
            case .success(let acquired):
                lock = acquired
            case .failure(.busy):
                StandardError.write("\(path) fylls redan i av en annan session. Vänta tills den är klar, eller avsluta den först.\n")
                throw ExitCode(75)
            case .failure(.unavailable(let reason)):
                StandardError.write("Kan inte fylla i \(path): \(reason).\n")
                throw ExitCode(74)
            }
            lock.removeLeftoverTemporaryFiles(of: path)

            var response: Response
            let start: FillStart
            switch ResponseOpener.open(path: path, form: loadedForm, respondent: name, round: roundID) {
            case .new(let fresh):
                response = fresh
                start = .new
            case .existing(let existing, let result):
                diagnostics.add(result.source)
                diagnostics.print(result.diagnostics.sortedByLocation())
                diagnostics.finish()
                response = existing
                start = .resumed
            case .unusable(let result):
                diagnostics.add(result.source)
                diagnostics.print(result.diagnostics.sortedByLocation())
                diagnostics.finish()
                StandardError.write("""
                Filen \(path) har fel och kan inte fyllas i vidare. Inget i den har ändrats.
                Be programmets personal om hjälp, eller rätta felen ovan och kontrollera filen med: survey check \(form) \(responses)

                """)
                throw ExitCode(2)
            }

            var prefillSummary: PrefillSummary?
            if let prefill {
                let lastYear = ResponseReader.load(path: prefill, form: loadedForm)
                guard let lastYearResponse = lastYear.response else {
                    diagnostics.add(lastYear.source)
                    diagnostics.print(lastYear.diagnostics.sortedByLocation())
                    StandardError.write("Förra årets fil \(prefill) kan inte läsas (se ovan); inget har ändrats. Be programmets personal om hjälp.\n")
                    throw ExitCode(2)
                }
                prefillSummary = PrefillMerger.merge(lastYearResponse, into: &response, form: loadedForm, source: prefill)
            }

            FillInterruption.install(message: "\nAvbrutet. Alla svar du har lämnat är sparade i \(path); kör samma kommando igen för att fortsätta.\n")
            let interactive = isatty(STDIN_FILENO) == 1
            let styled = switch diagnosticOptions.color {
            case .always: true
            case .never: false
            case .auto: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            }
            let environment = FillEnvironment(
                saver: StoreSaver(store: store, form: loadedForm, path: path, lock: lock, defersSignals: true),
                editor: ExternalEditor(),
                styling: Styling(usesEscapes: styled),
                echoesInput: !interactive,
                fileDescription: path,
                terminalSize: TerminalSize.ofStandardOutput
            )
            var session = FillSession(form: loadedForm, response: response, start: start, prefill: prefillSummary,
                                      input: FileDescriptorInput(descriptor: STDIN_FILENO, detectsPaste: interactive),
                                      output: FileDescriptorOutput(descriptor: STDOUT_FILENO), environment: environment)
            let outcome = withExtendedLifetime(lock) { session.run() }
            let report = FillReport(response: session.response, form: loadedForm, path: path)
            session.write(report.text)
            if case .saveFailed = outcome { throw ExitCode(74) }
            // Ctrl-C (or a hang-up, or kill) ends like :quit, with the summary, then 128 + the signal.
            if case .interrupted = outcome { throw ExitCode(128 + (FillInterruption.receivedSignal ?? SIGINT)) }
            if !report.isComplete { throw ExitCode.failure }
        }

        /// RESPONSES/ROUND/RESPONDENT.yaml as `ResponseStore` lays it out, relative when the folder was given relative.
        private static func shownPath(responses: String, round: String, respondent: String) -> String {
            let folder = round.isEmpty ? responses : (responses as NSString).appendingPathComponent(round)
            return (folder as NSString).appendingPathComponent(respondent + ".yaml")
        }

        /// The respondent's name as the register writes it (case aside: `umeå` is Umeå), and the
        /// round: --round, else the respondent's round in the register, else none.
        private func chosenRound(for name: String, diagnostics: inout DiagnosticOutput) throws -> (name: String, round: String) {
            guard let register else { return (name, round ?? "") }
            let loaded = try RegisterInput.load(register, output: &diagnostics)
            let everyone = loaded.rounds.flatMap(\.municipalities)
            let registered = loaded.placement(of: name) != nil ? name : RespondentName.matching(name, among: everyone) ?? name
            guard let placement = loaded.placement(of: registered) else {
                let hint = Suggestion.closest(to: name, in: everyone).map { " Menade du \($0)?" } ?? ""
                StandardError.write("\(name) finns inte i registret \(register).\(hint) Namnet skrivs som i registret.\n")
                throw ExitCode(64)
            }
            if let round, round != placement.round.id {
                StandardError.write("\(registered) hör till omgången \(placement.round.id) (\(placement.round.title)) i registret, inte \(round).\n")
                throw ExitCode(64)
            }
            return (registered, placement.round.id)
        }
    }
}
