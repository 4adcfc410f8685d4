/// How every output escapes text: code point by code point, never by Swift `Character`.
///
/// A quote, comma or pipe with a combining mark after it ("\"\u{301}") is one `Character`, and a
/// comparison with `"\""` misses it; a browser, a CSS parser, a Markdown table or a spreadsheet
/// still reads the quote, the comma or the pipe on its own.
public enum Escaping {
    /// `text` with each code point that `replacement` has a replacement for written as that.
    public static func byCodePoint(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) {
                out.append(contentsOf: replaced.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
