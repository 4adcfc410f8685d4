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
            abstract: "Serve the form in a browser: one secret link per municipality (made with `survey invite`).",
            discussion: """
            Respondents open their link (https://…/s/TOKEN) and answer in Swedish, one page per \
            section, with the same checks as `survey fill` and into the same files \
            (RESPONSES/ROUND/NAME.yaml), each answer saved atomically under the same lock; a \
            terminal fill and the browser never overwrite each other. Listens on 127.0.0.1 unless \
            --host says otherwise; put it behind a TLS reverse proxy (docs/staff-guide.md has an \
            nginx example and a systemd unit). Access lines go to stderr, without tokens or answers. \
            Ctrl-C (or SIGTERM) stops it after the requests under way.
            Exit status: 0 after a stop, 2 when the form, the register or the responses folder \
            cannot be read, 64 for a round not in the register, 74 when the port cannot be opened.
            """
        )

        @Argument(help: "The form to serve.")
        var form: String

        @Option(help: "The responses folder.")
        var responses: String = "responses"

        @Option(help: "Register of participants.")
        var register: String

        @Option(name: .customLong("round"), help: "Rounds whose links open (repeatable). Default: every round of the register.")
        var rounds: [String] = []

        @Option(help: "Last year's round folder: NAME.yaml there prefills NAME's answers, to be confirmed.")
        var prefill: String?

        @Option(help: "The address to listen on.")
        var host: String = "127.0.0.1"

        @Option(help: "The port to listen on.")
        var port: Int = 8080

        @Flag(name: .customLong("behind-proxy"), help: "Take the client's address from X-Forwarded-For (set by the reverse proxy), for the limit on wrong links.")
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
