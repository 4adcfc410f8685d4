import Foundation

/// A respondent's name made safe to use as a file name, or the reason it cannot be.
///
/// Swedish letters stay (`Umeå.yaml`, `Borås.yaml`); anything that could leave the responses
/// folder or hide a file is refused, and so is anything that would break where response files
/// travel (Windows and macOS): reserved device names such as `CON` or `com1`, the characters
/// `< > : " | ? *`, a trailing dot. Messages are in Swedish: respondents see them.
public enum RespondentName {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case empty
        case pathSeparator
        case parentFolder
        case leadingDot
        case trailingDot
        case controlCharacter
        case forbiddenCharacter(Character)
        case reservedName(String)
        case tooLong(Int)

        public var description: String {
            switch self {
            case .empty: "Namnet är tomt."
            case .pathSeparator: "Namnet får inte innehålla / eller \\."
            case .parentFolder: "Namnet får inte innehålla \"..\"."
            case .leadingDot: "Namnet får inte börja med en punkt."
            case .trailingDot: "Namnet får inte sluta med en punkt; det fungerar inte som filnamn i Windows."
            case .controlCharacter: "Namnet får inte innehålla styrtecken (som radbrytning eller tabb)."
            case .forbiddenCharacter(let character):
                "Namnet får inte innehålla \(character); tecknen < > : \" | ? * fungerar inte i filnamn i Windows och macOS."
            case .reservedName(let name):
                "\(name) är ett reserverat namn i Windows (som CON, PRN, AUX, NUL, COM1–COM9 och LPT1–LPT9) och kan inte bli ett filnamn."
            case .tooLong(let bytes): "Namnet är för långt (\(bytes) byte; högst 200)."
            }
        }
    }

    /// Characters Windows refuses in file names (macOS refuses `:`); `/` and `\` are refused on their own.
    static let forbiddenCharacters: Set<Unicode.Scalar> = ["<", ">", ":", "\"", "|", "?", "*"]

    /// Windows device names, refused in any case and with any extension (`con.txt` too).
    static let reservedNames: Set<String> = {
        var names: Set<String> = ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
        for number in ["1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³"] {
            names.insert("COM" + number)
            names.insert("LPT" + number)
        }
        return names
    }()

    /// The name without a `.yaml` (or `.yml`) someone typed out of habit: `Umeå.yaml` names `Umeå`.
    public static func withoutFileExtension(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        for suffix in [".yaml", ".yml"] where trimmed.count > suffix.count && trimmed.lowercased().hasSuffix(suffix) {
            return String(trimmed.dropLast(suffix.count))
        }
        return name
    }

    /// The one of `existing` names that `name` names when case is ignored (`ÅRE` names `Åre`), if
    /// exactly one does; so a respondent typing their name differently finds their own file.
    public static func matching(_ name: String, among existing: some Sequence<String>) -> String? {
        let folded = foldedForMatching(name)
        let matches = Set(existing.filter { foldedForMatching($0) == folded })
        return matches.count == 1 ? matches.first : nil
    }

    /// The form of a name that does not depend on case or Unicode normalisation.
    public static func foldedForMatching(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// The name, trimmed and in Unicode NFC so `Umeå` typed on any keyboard names one file.
    public static func validated(_ name: String) -> Result<String, Problem> {
        let normalized = name.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        if normalized.isEmpty { return .failure(.empty) }
        if normalized.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format && $0 != "\u{200D}" }) {
            return .failure(.controlCharacter)
        }
        // By code point, as the file system reads the name: "/" with a combining mark after it
        // ("a/\u{301}b") is one Swift character, and still a folder to the file system.
        let scalars = Array(normalized.unicodeScalars)
        if scalars.contains(where: { $0 == "/" || $0 == "\\" }) { return .failure(.pathSeparator) }
        if zip(scalars, scalars.dropFirst()).contains(where: { $0 == "." && $1 == "." }) { return .failure(.parentFolder) }
        if scalars.first == "." { return .failure(.leadingDot) }
        if let scalar = scalars.first(where: forbiddenCharacters.contains) { return .failure(.forbiddenCharacter(Character(scalar))) }
        if scalars.last == "." { return .failure(.trailingDot) }
        let stem = normalized.split(separator: ".", maxSplits: 1).first.map(String.init) ?? normalized
        if reservedNames.contains(stem.trimmingCharacters(in: .whitespaces).uppercased()) { return .failure(.reservedName(normalized)) }
        let bytes = normalized.utf8.count
        if bytes > 200 { return .failure(.tooLong(bytes)) }
        return .success(normalized)
    }
}
