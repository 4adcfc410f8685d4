import Foundation

/// A respondent's name made safe to use as a file name, or the reason it cannot be.
///
/// Swedish letters stay (`Umeå.yaml`, `Borås.yaml`); anything that could leave the responses
/// folder or hide a file is refused. Messages are in Swedish: respondents see them.
public enum RespondentName {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case empty
        case pathSeparator
        case parentFolder
        case leadingDot
        case controlCharacter
        case tooLong(Int)

        public var description: String {
            switch self {
            case .empty: "Namnet är tomt."
            case .pathSeparator: "Namnet får inte innehålla / eller \\."
            case .parentFolder: "Namnet får inte innehålla \"..\"."
            case .leadingDot: "Namnet får inte börja med en punkt."
            case .controlCharacter: "Namnet får inte innehålla styrtecken (som radbrytning eller tabb)."
            case .tooLong(let bytes): "Namnet är för långt (\(bytes) byte; högst 200)."
            }
        }
    }

    /// The name, trimmed and in Unicode NFC so `Umeå` typed on any keyboard names one file.
    public static func validated(_ name: String) -> Result<String, Problem> {
        let normalized = name.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        if normalized.isEmpty { return .failure(.empty) }
        if normalized.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format && $0 != "\u{200D}" }) {
            return .failure(.controlCharacter)
        }
        if normalized.contains("/") || normalized.contains("\\") { return .failure(.pathSeparator) }
        if normalized.contains("..") { return .failure(.parentFolder) }
        if normalized.hasPrefix(".") { return .failure(.leadingDot) }
        let bytes = normalized.utf8.count
        if bytes > 200 { return .failure(.tooLong(bytes)) }
        return .success(normalized)
    }
}
