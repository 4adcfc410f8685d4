import ArgumentParser
import SurveyForm
import SurveyResponses
import SurveyYAML

extension SurveyCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report what is missing in a folder of answers, per respondent and per question.",
            discussion: """
            Reads every RESPONSES/ROUND/RESPONDENT.yaml (and RESPONSES/RESPONDENT.yaml) against FORM. \
            The report goes to stdout in Swedish (or JSON with --format json); problems in the files \
            themselves go to stderr as file:line:column diagnostics. With --register, municipalities of \
            the rounds present (or of --round) that have no file are named too.
            Exit status: 0 when everything required is answered, 1 when anything is missing, \
            2 when the form, the register or the responses folder cannot be read, or --round names \
            no round.
            """
        )

        @Argument(help: "The form the answers were given to.")
        var form: String

        @Argument(help: "The responses folder.")
        var responses: String

        @Option(help: "Register of participants, to name those who have not answered at all.")
        var register: String?

        @Option(name: .customLong("round"), help: "Rounds whose municipalities are expected to answer (repeatable). Default: the round folders present.")
        var rounds: [String] = []

        @Option(help: "Output format: text or json.")
        var format: ReportFormat = .text

        @OptionGroup var diagnosticOptions: DiagnosticOptions

        func run() throws {
            var output = DiagnosticOutput(color: diagnosticOptions.color)
            defer { output.finish() }
            let loadedForm = try FormInput.load(form, output: &output)
            let loadedRegister = try register.map { try RegisterInput.load($0, output: &output) }
            let set = try ResponsesInput.load(responses, form: loadedForm, output: &output)
            let present = Set(set.items.map(\.location.round).filter { !$0.isEmpty })
            try checkRounds(known: loadedRegister.map { Set($0.rounds.map(\.id)) } ?? present)
            let expected: Set<String>? = !rounds.isEmpty ? Set(rounds) : (present.isEmpty ? nil : present)
            let report = CompletenessChecker.check(form: loadedForm, responses: set, register: loadedRegister, expectedRounds: expected)
            switch format {
            case .text: print(report.text(form: loadedForm), terminator: "")
            case .json: print(report.json(), terminator: "")
            }
            if !report.isComplete { throw ExitCode.failure }
        }

        /// Every `--round` must name a round: of the register when there is one, else a round
        /// folder of the responses. A misspelt round would otherwise expect nobody, silently.
        private func checkRounds(known: Set<String>) throws {
            for round in rounds where !known.contains(round) {
                let place = register.map { "i registret \($0)" } ?? "bland svaren i \(responses)"
                let hint = Suggestion.closest(to: round, in: known.sorted()).map { " Menade du \($0)?" }
                    ?? (known.isEmpty ? "" : " Omgångarna är \(known.sorted().joined(separator: ", ")).")
                StandardError.write("Omgången \(round) finns inte \(place).\(hint)\n")
                throw ExitCode(2)
            }
        }
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
