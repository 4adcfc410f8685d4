/// How text is written into HTML: the one escaping step every HTML output of the tool uses
/// (the report draft, its tables, the respondent's pages in the browser).
public enum HTMLText {
    /// Text as HTML shows it literally: control characters through `TextSafety.displayable`,
    /// then `& < > " '` as entities; safe in element content and in quoted attribute values.
    public static func escape(_ text: String) -> String {
        let shown = TextSafety.displayable(text)
        guard shown.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
            || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else { return shown }
        return Escaping.byCodePoint(shown) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            default: nil
            }
        }
    }
}
