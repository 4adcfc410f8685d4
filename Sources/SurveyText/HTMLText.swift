/// How text is written into HTML: the one escaping step every HTML output of the tool uses
/// (the report draft, its tables, the respondent's pages in the browser).
public enum HTMLText {
    /// Text as HTML shows it literally: control characters through `TextSafety.displayable`,
    /// then `& < > " '` as entities; safe in element content and in quoted attribute values.
    public static func escape(_ text: String) -> String {
        let shown = TextSafety.displayable(text)
        guard shown.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
            || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else { return shown }
        // By scalar, not by character: a quote with a combining mark after it ("\"\u{301}") is
        // one Swift character, but to a browser it is a quote that ends the attribute.
        var out = String.UnicodeScalarView()
        for scalar in shown.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
