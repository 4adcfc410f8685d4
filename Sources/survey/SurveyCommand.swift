import ArgumentParser
import SurveyCommandSupport

/// The `survey` tool: forms, answers, coding and tables for the yearly report.
@main
struct SurveyCommand: ParsableCommand {
    /// The tool's version, printed by `survey --version`; raised with each release (README.md).
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Formulär, ifyllnad, kodning av fritextsvar och tabeller för kommunernas årliga rapport.",
        discussion: """
        Formulären är YAML-filer (docs/form-format.md). Kommunerna svarar med `survey fill` eller i \
        webbläsaren (`survey serve`); programmets personal kontrollerar vad som saknas, kodar \
        fritextsvaren och publicerar tabeller och en rapport.
        """,
        version: version,
        subcommands: [Lint.self, Check.self, Fill.self, Invite.self, Serve.self, Code.self, Review.self, Agree.self, Tables.self, Report.self]
    )

    /// ArgumentParser's `main()`, with the framework's own words in Swedish (`SwedishCommandLine`).
    static func main() {
        SwedishCommandLine.main(Self.self)
    }
}
