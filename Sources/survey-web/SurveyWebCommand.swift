import ArgumentParser
import SurveyCommandSupport

/// `survey-web`: the commands that put the form in a browser, `serve` and `invite`.
///
/// A program of its own, so that linking Hummingbird, swift-nio and swift-crypto does not slow
/// the start of `survey fill`; `survey serve` and `survey invite` run it (docs/architecture.md).
@main
struct SurveyWebCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Formuläret i en webbläsare: hemliga länkar (invite) och servern (serve).",
        discussion: "Körs oftast som `survey serve` och `survey invite`, som startar det här programmet.",
        version: "0.1.0",
        subcommands: [Serve.self, Invite.self]
    )

    /// ArgumentParser's `main()`, with the framework's own words in Swedish (`SwedishCommandLine`).
    static func main() {
        SwedishCommandLine.main(Self.self)
    }
}
