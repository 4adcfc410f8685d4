import ArgumentParser

extension SurveyCommand {
    /// `survey serve`, carried out by `survey-web serve` (see `WebProgram`).
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Visa formuläret i webbläsaren via en webbserver: en hemlig länk per kommun (skapad med `survey invite`).",
            discussion: """
            survey serve FORMULÄR --register REGISTER [--responses MAPP] [--round OMGÅNG …] [--prefill MAPP] \
            [--host 127.0.0.1] [--port 8080] [--behind-proxy]. Körs av programmet survey-web, som ligger \
            bredvid survey; `survey serve --help` visar alla alternativ.
            """
        )

        @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("Argumenten till `survey-web serve`.", valueName: "argument"))
        var arguments: [String] = []

        func run() throws {
            WebProgram.run("serve", arguments)
        }
    }
}
