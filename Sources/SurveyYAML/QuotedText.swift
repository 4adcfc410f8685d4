/// How a message quotes a value taken from a file: `'maybe'`, or a short prefix of a long one.
///
/// A hostile or broken file can hold a scalar of megabytes (a `kind:`, an id, a key); echoing it
/// whole would bury the message and flood stderr. Every message that quotes text from a file
/// goes through here, so the bound is one rule in one place.
public enum QuotedText {
    /// Values longer than this (in characters) are shortened.
    public static let maximumCharacters = 60
    /// How much of a shortened value is shown.
    static let shownCharacters = 40

    /// `'text'`, or `'first 40 characters…' (5000000 tecken)` for a long or multi-line value.
    public static func quote(_ text: String) -> String {
        // Look no further than needed: a 5 MB value costs no more than a short one.
        var shown = ""
        var count = 0
        var shortened = false
        for character in text {
            if character.isNewline {
                shortened = true
                break
            }
            if count == maximumCharacters {
                shortened = true
                break
            }
            shown.append(character)
            count += 1
        }
        guard shortened else { return "'\(shown)'" }
        let prefix = String(shown.prefix(shownCharacters))
        let total = text.count
        let size = total > maximumCharacters ? " (\(total) tecken)" : ""
        return "'\(prefix)…'\(size)"
    }
}

extension DefaultStringInterpolation {
    /// Interpolates a value from a file as messages quote it (see `QuotedText`): `\(quoted: id)`.
    public mutating func appendInterpolation(quoted text: String) {
        appendLiteral(QuotedText.quote(text))
    }
}
