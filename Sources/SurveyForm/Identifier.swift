/// Rules for ids in forms: kebab-case ASCII, and ids made from Swedish labels.
public enum Identifier {
    /// True for `[a-z0-9]+(-[a-z0-9]+)*`.
    public static func isKebabCase(_ text: String) -> Bool {
        guard !text.isEmpty, text.first != "-", text.last != "-", !text.contains("--") else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// An id made from a label: lowercase, å/ä → a, ö → o (é → e …), every run of other characters → `-`.
    ///
    /// `Nämnd/utskott/KF/KS` becomes `namnd-utskott-kf-ks`.
    public static func slug(_ label: String) -> String {
        var out = ""
        var pendingDash = false
        for character in label.lowercased() {
            let folded: String? = switch character {
            case "å", "ä", "à", "á", "â": "a"
            case "ö", "ø", "ó", "ò", "ô": "o"
            case "é", "è", "ê", "ë": "e"
            case "ü", "ú", "ù": "u"
            case "í", "ì", "ï": "i"
            default: character.isASCII && (character.isLetter || character.isNumber) ? String(character) : nil
            }
            if let folded {
                if pendingDash, !out.isEmpty { out += "-" }
                pendingDash = false
                out += folded
            } else {
                pendingDash = true
            }
        }
        return out
    }
}
