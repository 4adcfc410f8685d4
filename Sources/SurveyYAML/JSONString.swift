import SurveyText

/// JSON string literals, for the few outputs written as JSON by hand (large reports, where
/// writing directly is much faster than going through an encoder). JSON is a subset of
/// YAML 1.2, so its quoting lives with the YAML writer.
public enum JSONString {
    /// `text` as a quoted JSON string: quotes, backslashes and control characters escaped.
    public static func quoted(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }

    /// Appends `text` as a quoted JSON string; texts that need no escapes are appended whole.
    ///
    /// Characters `TextSafety` calls unsafe (controls, bidirectional controls) are written as
    /// `\uXXXX`: the value stays exact for programs, and never reaches a terminal raw.
    public static func append(_ text: String, to out: inout String) {
        out += "\""
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }),
           TextSafety.firstUnsafe(in: text) == nil {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || TextSafety.isUnsafe(scalar) {
                    appendEscape(scalar, to: &out)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// JSON written by an encoder, with every unsafe character left raw in its strings
    /// (JSONEncoder escapes C0 controls, but not DEL, C1 or bidirectional controls) written as
    /// `\uXXXX`. Such characters can only stand inside strings, so this changes no value.
    public static func escapingUnsafe(inEncoded json: String) -> String {
        guard TextSafety.firstUnsafe(in: json) != nil else { return json }
        var out = ""
        out.reserveCapacity(json.utf8.count + 16)
        for scalar in json.unicodeScalars {
            if TextSafety.isUnsafe(scalar) {
                appendEscape(scalar, to: &out)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func appendEscape(_ scalar: Unicode.Scalar, to out: inout String) {
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
