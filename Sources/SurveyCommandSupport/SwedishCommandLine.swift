public import ArgumentParser
import Foundation

/// Runs a command as ArgumentParser's `main()` does, but says the framework's own words in
/// Swedish: the help's headings ("ANVÄNDNING:", "FLAGGOR:"), "Visa hjälpen.", "(standard: …)",
/// and its errors ("Fel: Argumentet '<form>' saknas"). Everything else the commands print is
/// Swedish already, and the help texts they declare are too; without this, `--help` and a
/// mistyped option would be the only English a staff member meets.
///
/// ArgumentParser has no localisation, so its fixed phrases are replaced here, each as a whole
/// phrase; a phrase not listed (a newer version's) stays as the framework wrote it.
public enum SwedishCommandLine {
    /// Parses the arguments, runs the command and exits: what `@main` calls.
    public static func main(_ root: any ParsableCommand.Type, arguments: [String]? = nil) -> Never {
        do {
            var command = try root.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch {
            let code = root.exitCode(for: error)
            let message = translate(root.fullMessage(for: error))
            if !message.isEmpty {
                let text = message.hasSuffix("\n") ? message : message + "\n"
                if code == .success {
                    FileHandle.standardOutput.write(Data(text.utf8))
                } else {
                    StandardError.write(text)
                }
            }
            exit(code.rawValue)
        }
    }

    /// The framework's phrases in `text`, said in Swedish.
    public static func translate(_ text: String) -> String {
        var result = text
        for (english, swedish) in phrases {
            result = result.replacingOccurrences(of: english, with: swedish)
        }
        for (pattern, template) in patterns {
            result = result.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        return result
    }

    /// Fixed phrases of the help and of error messages, longest first where one holds another.
    static let phrases: [(String, String)] = [
        ("OVERVIEW: ", "ÖVERSIKT: "),
        ("USAGE: ", "ANVÄNDNING: "),
        ("ARGUMENTS:\n", "ARGUMENT:\n"),
        ("OPTIONS:\n", "FLAGGOR:\n"),
        ("SUBCOMMANDS:\n", "UNDERKOMMANDON:\n"),
        ("' for detailed help.", "' för mer hjälp."),
        ("<subcommand>", "<underkommando>"),
        ("Show the version.", "Visa versionen."),
        ("Show help information.", "Visa hjälpen."),
        ("(values: ", "(värden: "),
        ("[<options>]", "[<flaggor>]"),
        ("' for more information.", "' för mer information."),
    ]

    /// Phrases that vary, as regular expressions over the whole message: error lines (they begin
    /// "Error: ", "Usage: ", "  See '…", "Help: ") and the help's "(default: …)".
    static let patterns: [(String, String)] = [
        ("(?m)^Error: Missing expected argument '([^']*)'", "Fel: argumentet '$1' saknas"),
        ("(?m)^Error: Missing value for '([^']*)'", "Fel: värde saknas för '$1'"),
        ("(?m)^Error: The value '([^']*)' is invalid for '([^']*)'", "Fel: '$1' är inget giltigt värde för '$2'"),
        ("(?m)^Error: Unknown option '([^']*)'", "Fel: okänd flagga '$1'"),
        ("(?m)^Error: Unexpected argument ", "Fel: oväntat argument "),
        ("(?m)^Error: (\\d+) unexpected arguments: ", "Fel: $1 oväntade argument: "),
        ("(?m)^Error: The option '([^']*)' does not take any value, but '([^']*)' was specified\\.",
         "Fel: flaggan '$1' tar inget värde, men '$2' angavs."),
        ("(?m)^Error: Invalid option: ", "Fel: ogiltig flagga: "),
        ("(?m)^Error: Missing required subcommand\\.", "Fel: underkommando saknas."),
        ("(?m)^Error: Missing one of: ", "Fel: ett av följande saknas: "),
        ("(?m)^Error: The value '([^']*)' is invalid\\.", "Fel: '$1' är inget giltigt värde."),
        ("\\. Please provide one of the following:\n", ". Ange ett av följande:\n"),
        // The allowed values, "'a', 'b' or 'c'" (two: "'a' and 'b'"), as one Swedish list.
        ("\\. Please provide one of ((?:'[^'\n]*', )*'[^'\n]*') (?:or|and) ('[^'\n]*')\\.", ". Ange $1 eller $2."),
        ("\\. Please provide one of ('[^'\n]*')\\.", ". Ange $1."),
        ("(?m)^Error: Unknown command '([^']*)'", "Fel: okänt kommando '$1'"),
        ("(?m)^Error: ", "Fel: "),
        ("(?m)Did you mean '([^']*)'\\?", "Menade du '$1'?"),
        ("(?m)^Usage: ", "Användning: "),
        ("(?m)^Help: ", "Hjälp: "),
        ("(?m)^(\\s+)See '", "$1Se '"),
        // The help wraps its lines wherever a word ends, so also between "default:" and its value.
        ("([(;] ?)default:(\\s)", "$1standard:$2"),
    ]
}
