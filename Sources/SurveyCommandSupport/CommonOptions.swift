public import ArgumentParser

extension ColorChoice: ExpressibleByArgument {}

/// Options every subcommand that prints diagnostics shares.
public struct DiagnosticOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: ArgumentHelp("Färg i fel- och varningsmeddelanden: auto (när stderr är en terminal), always (alltid) eller never (aldrig).", valueName: "läge"))
    public var color: ColorChoice = .auto
}
