import ArgumentParser

/// `survey-web`: the commands that put the form in a browser, `serve` and `invite`.
///
/// A program of its own, so that linking Hummingbird, swift-nio and swift-crypto does not slow
/// the start of `survey fill`; `survey serve` and `survey invite` run it (docs/architecture.md).
@main
struct SurveyWebCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Serve survey forms in a browser: secret links (invite) and the server (serve).",
        discussion: "Usually run as `survey serve` and `survey invite`, which start this program.",
        version: "0.1.0",
        subcommands: [Serve.self, Invite.self]
    )
}
