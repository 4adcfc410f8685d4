import ArgumentParser
import Foundation
import SurveyCommandSupport
import SurveyForm
import SurveyInvitations
import SurveyResponses
import SurveyWeb
import SurveyYAML

extension SurveyWebCommand {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Visa formuläret i webbläsaren via en webbserver: en hemlig länk per kommun (skapad med `survey invite`).",
            discussion: """
            De som svarar öppnar sin länk (https://…/s/TOKEN) och svarar på svenska, en sida per avsnitt, \
            med samma kontroller som i `survey fill` och i samma filer (SVARSMAPP/OMGÅNG/NAMN.yaml), varje \
            svar sparat atomärt under samma lås; ifyllning i terminalen och i webbläsaren skriver aldrig \
            över varandra. Lyssnar på 127.0.0.1 om inte --host anger något annat; lägg servern bakom en \
            omvänd proxy med TLS (docs/staff-guide.md har ett nginx-exempel och en systemd-enhet). \
            Åtkomstrader skrivs till stderr, utan länkarnas TOKEN och utan svar. Ctrl-C (eller SIGTERM) \
            stoppar servern när de pågående förfrågningarna är klara.
            Slutstatus: 0 efter ett stopp, 2 när formuläret, registret eller svarsmappen inte kan läsas, \
            64 för en omgång som inte finns i registret, 74 när porten inte kan öppnas.
            """
        )

        @Argument(help: ArgumentHelp("Formuläret som ska visas.", valueName: "formulär"))
        var form: String

        @Option(help: ArgumentHelp("Svarsmappen.", valueName: "svarsmapp"))
        var responses: String = "responses"

        @Option(help: ArgumentHelp("Deltagarregistret.", valueName: "fil"))
        var register: String

        @Option(name: .customLong("round"), help: ArgumentHelp("Omgångar vars länkar är öppna (kan upprepas). Standard: alla omgångar i registret.", valueName: "omgång"))
        var rounds: [String] = []

        @Option(help: ArgumentHelp("Förra årets omgångsmapp: NAMN.yaml där fyller i svaren för NAMN i förväg, för att bekräftas.", valueName: "mapp"))
        var prefill: String?

        @Option(help: ArgumentHelp("Adressen att lyssna på.", valueName: "adress"))
        var host: String = "127.0.0.1"

        @Option(help: "Porten att lyssna på.")
        var port: Int = 8080

        @Flag(name: .customLong("behind-proxy"), help: "Ta klientens adress från X-Forwarded-For (som den omvända proxyn sätter), för gränsen för felaktiga länkar.")
        var behindProxy = false

        @OptionGroup var diagnosticOptions: DiagnosticOptions

        func validate() throws {
            if !(0...65535).contains(port) { throw ValidationError("--port ska vara ett tal 0–65535.") }
        }

        func run() throws {
            var output = DiagnosticOutput(color: diagnosticOptions.color)
            let loadedForm = try FormInput.load(form, output: &output)
            let loadedRegister = try RegisterInput.load(register, output: &output)
            output.finish()
            if let problem = ResponseStore(root: responses).folderProblem() {
                output.print([problem])
                throw ExitCode(2)
            }
            for round in rounds where loadedRegister.round(withID: round) == nil {
                let hint = Suggestion.closest(to: round, in: loadedRegister.rounds.map(\.id)).map { " Menade du \($0)?" } ?? ""
                StandardError.write("Omgången \(round) finns inte i registret \(register).\(hint)\n")
                throw ExitCode(64)
            }
            let served = rounds.isEmpty ? loadedRegister.rounds.map(\.id) : rounds
            let secret: RequestSecret
            switch RequestSecret.load(inFolder: responses) {
            case .success(let loaded): secret = loaded
            case .failure(let problem):
                StandardError.write("survey serve: \(problem.message)\n")
                throw ExitCode(74)
            }
            let settings = ServeSettings(host: host, port: port, behindProxy: behindProxy)
            let server = SurveyServer(form: loadedForm, responses: responses, rounds: served, prefillFolder: prefill,
                                      settings: settings, secret: secret, log: { StandardError.write($0 + "\n") })
            var links = 0
            for round in served {
                let loaded = InvitationFile.load(path: InvitationFile.path(responses: responses, round: round), formID: loadedForm.id, round: round)
                output.add(loaded.source)
                output.print(loaded.diagnostics)
                links += loaded.list?.invitations.filter(\.isActive).count ?? 0
            }
            let host = host
            let count = links
            let summary = "\(loadedForm.title), omgång \(served.joined(separator: ", ")): \(links == 1 ? "1 öppen länk" : "\(links) öppna länkar")"
            let failure = ServeOutcome()
            let done = DispatchSemaphore(value: 0)
            Task {
                do {
                    try await server.run(onRunning: { port in
                        StandardError.write("survey serve: \(summary), på http://\(host):\(port)/. Avsluta med Ctrl-C.\n")
                        if count == 0 { StandardError.write("Inga länkar är utfärdade ännu; gör dem med survey invite.\n") }
                    })
                } catch {
                    failure.set("\(error)")
                }
                done.signal()
            }
            done.wait()
            if let message = failure.message {
                StandardError.write("survey serve: \(message)\n")
                throw ExitCode(74)
            }
            StandardError.write("survey serve: stoppad.\n")
        }
    }
}

/// How the server ended, told from its task to the waiting command.
private final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?

    var message: String? { lock.withLock { stored } }

    func set(_ message: String) { lock.withLock { stored = message } }
}
