import ArgumentParser
import SurveyForm
import SurveyResponses
import SurveyYAML

extension SurveyCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Visa vad som saknas i en svarsmapp, per svarande och per fråga.",
            discussion: """
            Läser varje SVARSMAPP/OMGÅNG/NAMN.yaml (och SVARSMAPP/NAMN.yaml) mot FORMULÄR. \
            Rapporten skrivs till stdout på svenska (eller som JSON med --format json); fel i själva \
            filerna skrivs till stderr med fil:rad:kolumn. Med --register nämns också de kommuner i \
            omgångarna som finns (eller i --round) som saknar fil, och med en varning de filer vars \
            namn registret inte har i filens omgång (svaren räknas ändå med i tabellerna).
            Slutstatus: 0 när allt obligatoriskt är besvarat, 1 när något saknas, 2 när formuläret, \
            registret eller svarsmappen inte kan läsas, eller när --round anger en omgång som inte \
            finns.
            """
        )

        @Argument(help: ArgumentHelp("Formuläret som svaren gavs på.", valueName: "formulär"))
        var form: String

        @Argument(help: ArgumentHelp("Svarsmappen.", valueName: "svarsmapp"))
        var responses: String

        @Option(help: ArgumentHelp("Deltagarregistret, för att nämna dem som inte har svarat alls.", valueName: "fil"))
        var register: String?

        @Option(name: .customLong("round"), help: ArgumentHelp("Omgångar vars kommuner väntas svara (kan upprepas). Standard: de omgångsmappar som finns.", valueName: "omgång"))
        var rounds: [String] = []

        @Option(help: "Format för utdata: text eller json.")
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
