import ArgumentParser
import Foundation
import SurveyForm
import SurveyResponses
import SurveyRunner
import SurveyYAML

extension SurveyCommand {
    struct Fill: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fill in a form at the terminal (in Swedish); every answer is saved the moment it is given.",
            discussion: """
            Asks FORM's questions in order on stdout and reads the answers from stdin, line by line \
            (scripted answers work when stdin is not a terminal). Answers go to \
            RESPONSES/ROUND/RESPONDENT.yaml, rewritten atomically after each one; running the same \
            command again continues where the respondent stopped. A response file with errors is \
            never overwritten: its diagnostics are printed and fill stops. See docs/respondent-guide.md.
            Exit status: 0 when everything required is answered, 1 when something is missing, \
            2 when the form, register or a response file cannot be read, 64 for an unusable \
            respondent name or round, 74 when an answer cannot be saved, 75 when another session \
            is filling in the same file, 130 after Ctrl-C (128 + the signal after a hang-up or kill), \
            which ends like :quit, with the closing summary. Long lines are wrapped at the \
            terminal's width and :review pages to its height.
            """
        )

        @Argument(help: "The form to fill in.")
        var form: String

        @Option(help: "Who answers: the municipality's name as in the register (Umeå); it names the file.")
        var respondent: String

        @Option(help: "The round, a folder of the responses folder (pilot). Default: from --register, else none.")
        var round: String?

        @Option(help: "The responses folder.")
        var responses: String = "responses"

        @Option(help: "Last year's response file; its answers are shown for confirmation or change.")
        var prefill: String?

        @Option(help: "Register of participants: the respondent must be in it, and it gives the round.")
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
