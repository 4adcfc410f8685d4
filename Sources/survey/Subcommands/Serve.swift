import ArgumentParser

extension SurveyCommand {
    /// `survey serve`, carried out by `survey-web serve` (see `WebProgram`).
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the form in a browser: one secret link per municipality (made with `survey invite`).",
            discussion: """
            survey serve FORM --register REGISTER [--responses DIR] [--round R …] [--prefill DIR] \
            [--host 127.0.0.1] [--port 8080] [--behind-proxy]. Run by the program survey-web, next \
            to survey; `survey serve --help` prints every option.
            """
        )

        @Argument(parsing: .captureForPassthrough, help: "The arguments of `survey-web serve`.")
        var arguments: [String] = []

        func run() throws {
            WebProgram.run("serve", arguments)
        }
    }
}
