import Foundation
import SurveyYAML

/// Rules for ids in forms: kebab-case ASCII, and ids made from Swedish labels.
public enum Identifier {
    /// True for `[a-z0-9]+(-[a-z0-9]+)*`.
    public static func isKebabCase(_ text: String) -> Bool {
        guard !text.isEmpty, text.first != "-", text.last != "-", !text.contains("--") else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The message for an id that is not kebab-case, with the id made from it as an example
    /// when there is one; forms and registers say it in these words.
    static func invalidMessage(_ id: String) -> String {
        let suggestion = slug(id)
        let example = suggestion.isEmpty ? "" : "; till exempel \(quoted: suggestion)"
        return "\(quoted: id) är inget giltigt id: använd gemena a–z, siffror och enkla bindestreck\(example)"
    }

    /// An id made from a label: lowercase, å/ä → a, ö → o (é → e …), every run of other characters → `-`.
    ///
    /// `Nämnd/utskott/KF/KS` becomes `namnd-utskott-kf-ks`.
    public static func slug(_ label: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingDash = false
        // Scalar by scalar of the composed, lower-cased label: linear, and quick even for a
        // hostile id of megabytes.
        for scalar in label.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            let folded: Unicode.Scalar? = switch scalar {
            case "a"..."z", "0"..."9": scalar
            case "å", "ä", "à", "á", "â": "a"
            case "ö", "ø", "ó", "ò", "ô": "o"
            case "é", "è", "ê", "ë": "e"
            case "ü", "ú", "ù": "u"
            case "í", "ì", "ï": "i"
            default: nil
            }
            if let folded {
                if pendingDash, !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(folded)
            } else {
                pendingDash = true
            }
        }
        return String(out)
    }
}
