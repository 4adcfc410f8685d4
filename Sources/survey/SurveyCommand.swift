import ArgumentParser

/// The `survey` tool: forms, answers, coding and tables for the yearly report.
@main
struct SurveyCommand: ParsableCommand {
    /// The tool's version, printed by `survey --version`; raised with each release (README.md).
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Survey forms, questionnaire runner, coder and tables for the yearly municipal report.",
        discussion: """
        Forms are YAML files (docs/form-format.md). Respondents answer with `survey fill`; staff check \
        completeness, code free text and publish tables.
        """,
        version: version,
        subcommands: [Lint.self, Check.self, Fill.self, Invite.self, Serve.self, Code.self, Review.self, Agree.self, Tables.self, Report.self]
    )
}
