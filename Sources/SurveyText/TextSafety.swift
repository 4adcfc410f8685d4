/// Which characters the tool refuses in what people type, and how it shows them when they
/// come from a file anyway.
///
/// One definition for every runner (terminal, browser) and every output (terminal, tables,
/// report, JSON, diagnostics): C0 controls other than tab and line feed (ESC sequences, BEL,
/// CR), DEL, C1 controls, and the bidirectional controls that can reverse what a reader sees
/// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). Tab and line feed are ordinary
/// text here; outputs that keep to one line deal with them themselves.
public enum TextSafety {
    /// True for a character that input refuses and output neutralises.
    @inline(__always)
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return isBidirectionalControl(scalar)
        }
    }

    /// True for a bidirectional control (Unicode's Bidi_Control property), which input refuses
    /// with its own explanation.
    @inline(__always)
    public static func isBidirectionalControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The first character of `text` that input refuses, if any.
    public static func firstUnsafe(in text: String) -> Unicode.Scalar? {
        guard mayContainUnsafe(text) else { return nil }
        return text.unicodeScalars.first(where: isUnsafe)
    }

    /// `text` as it may be shown anywhere: every unsafe character replaced by a visible stand-in
    /// (see `standIn(for:)`); tab and line feed kept. Text without any comes back as it is.
    public static func displayable(_ text: String) -> String {
        guard mayContainUnsafe(text), text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out.append(contentsOf: standIn(for: scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// What an unsafe character is shown as: a C0 control as its Unicode control picture
    /// (ESC as ␛, BEL as ␇, CR as ␍), DEL as ␡, anything else (C1 and bidirectional
    /// controls) as the replacement character �. A character that is safe stands for itself.
    public static func standIn(for scalar: Unicode.Scalar) -> String {
        guard isUnsafe(scalar) else { return String(scalar) }
        switch scalar.value {
        case 0x00...0x1F: return String(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }

    /// The character as a reader can name it: `U+202E`.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A quick look at the bytes: plain printable ASCII (with tab and line feed) holds nothing unsafe.
    @inline(__always)
    static func mayContainUnsafe(_ text: String) -> Bool {
        text.utf8.contains { byte in byte >= 0x7F || (byte < 0x20 && byte != 0x09 && byte != 0x0A) }
    }
}
