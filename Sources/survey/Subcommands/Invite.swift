import ArgumentParser

extension SurveyCommand {
    /// `survey invite`, carried out by `survey-web invite` (see `WebProgram`).
    struct Invite: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Skapa en hemlig länk per kommun i en omgång för `survey serve`, som en CSV-fil för Excel.",
            discussion: """
            survey invite FORMULÄR --register REGISTER --round OMGÅNG [--responses MAPP] --out links.csv \
            [--base-url URL] [--reissue NAMN …] | --revoke NAMN …. Körs av programmet survey-web, som \
            ligger bredvid survey; `survey invite --help` visar alla alternativ.
            """
        )

        @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("Argumenten till `survey-web invite`.", valueName: "argument"))
        var arguments: [String] = []

        func run() throws {
            WebProgram.run("invite", arguments)
        }
    }
}
