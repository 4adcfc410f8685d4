public import ArgumentParser

extension ColorChoice: ExpressibleByArgument {}

/// Options every subcommand that prints diagnostics shares.
public struct DiagnosticOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: "Colour in diagnostics: auto (when stderr is a terminal), always or never.")
    public var color: ColorChoice = .auto
}
