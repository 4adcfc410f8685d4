/// Category ids: kebab-case, made from labels.
public enum CategoryID {
    /// True for lower-case ASCII letters and digits in words joined by single hyphens.
    public static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
    }

    /// A kebab-case id from free text: Swedish letters to their base letters
    /// (å, ä → a; ö → o), at most `maximumWords` words; "kategori" when nothing is left.
    public static func slug(_ text: String, maximumWords: Int = 4) -> String {
        var words: [String] = []
        var current = ""
        for scalar in Tokenizer.normalize(text).unicodeScalars {
            if let ascii = transliterated(scalar) {
                current += ascii
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        let slug = words.prefix(maximumWords).joined(separator: "-")
        return slug.isEmpty ? "kategori" : slug
    }

    /// `base` itself if unused, else `base-2`, `base-3`, … whichever is free first.
    public static func unique(_ base: String, avoiding used: Set<String>) -> String {
        guard used.contains(base) else { return base }
        var number = 2
        while used.contains("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }

    private static func transliterated(_ scalar: Unicode.Scalar) -> String? {
        if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") { return String(scalar) }
        switch scalar {
        case "å", "ä", "à", "á", "â", "ã": return "a"
        case "ö", "ø", "ò", "ó", "ô", "õ": return "o"
        case "é", "è", "ê", "ë": return "e"
        case "ü", "ú", "ù", "û": return "u"
        case "í", "ì", "î", "ï": return "i"
        case "ç": return "c"
        case "ñ": return "n"
        case "æ": return "ae"
        case "ß": return "ss"
        default:
            // Other letters (and letters with marks not listed) have no ASCII form here.
            return nil
        }
    }
}
