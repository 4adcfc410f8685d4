import ArgumentParser

extension SurveyCommand {
    /// `survey invite`, carried out by `survey-web invite` (see `WebProgram`).
    struct Invite: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make one secret link per municipality of a round for `survey serve`, as a CSV for Excel.",
            discussion: """
            survey invite FORM --register REGISTER --round R [--responses DIR] --out links.csv \
            [--base-url URL] [--reissue NAME …] | --revoke NAME …. Run by the program survey-web, \
            next to survey; `survey invite --help` prints every option.
            """
        )

        @Argument(parsing: .captureForPassthrough, help: "The arguments of `survey-web invite`.")
        var arguments: [String] = []

        func run() throws {
            WebProgram.run("invite", arguments)
        }
    }
}
