import ArgumentParser

extension ColorChoice: ExpressibleByArgument {}

/// Options every subcommand that prints diagnostics shares.
struct DiagnosticOptions: ParsableArguments {
    @Option(name: .long, help: "Colour in diagnostics: auto (when stderr is a terminal), always or never.")
    var color: ColorChoice = .auto
}
