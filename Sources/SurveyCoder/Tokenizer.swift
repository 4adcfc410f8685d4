import Foundation

/// Splits text into lower-cased word tokens.
///
/// Text is put in Unicode NFC first, so a decomposed "a" + ring is the letter "å" and
/// Swedish letters stay letters. A token is a run of letters, digits and combining marks;
/// for English an apostrophe between letters stays inside the word ("don't"). Tokens of
/// one character are dropped, as most are noise ("s" from "SKL:s").
public struct Tokenizer: Hashable, Sendable {
    public var language: CoderLanguage
    public var minimumLength: Int

    public init(language: CoderLanguage, minimumLength: Int = 2) {
        self.language = language
        self.minimumLength = minimumLength
    }

    /// NFC, then lower case (which keeps å, ä and ö as they are).
    public static func normalize(_ text: String) -> String {
        composed(text).lowercased()
    }

    /// The text in NFC. Foundation's conversion is slow, so it is skipped for text that is
    /// NFC already by a conservative check: no combining marks, no Hangul jamo and no
    /// character that NFC replaces (composition exclusions such as U+212B Ångström sign).
    static func composed(_ text: String) -> String {
        let isStable = text.unicodeScalars.allSatisfy { scalar in
            if scalar.value < 0x300 { return true }
            let properties = scalar.properties
            return properties.canonicalCombiningClass == .notReordered && !properties.isFullCompositionExclusion
                && !(0x1100...0x11FF).contains(scalar.value) && !(0xA960...0xA97F).contains(scalar.value)
                && !(0xD7B0...0xD7FF).contains(scalar.value) && !(0x0300...0x036F).contains(scalar.value)
                && properties.generalCategory != .nonspacingMark && properties.generalCategory != .spacingMark
        }
        return isStable ? text : text.precomposedStringWithCanonicalMapping
    }

    /// The tokens of `text` in order, normalised.
    public func tokens(in text: String) -> [String] {
        scan(Self.normalize(text))
    }

    /// The tokens of `text` as written (NFC, case kept), for labels in the respondents' words.
    public func writtenTokens(in text: String) -> [String] {
        scan(Self.composed(text))
    }

    private func scan(_ normalized: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        var pendingApostrophe = false
        func finish() {
            if current.count >= minimumLength { tokens.append(String(current)) }
            current = String.UnicodeScalarView()
            pendingApostrophe = false
        }
        for scalar in normalized.unicodeScalars {
            if Self.isWordScalar(scalar) {
                if pendingApostrophe {
                    current.append("'")
                    pendingApostrophe = false
                }
                current.append(scalar)
            } else if language == .english, scalar == "'" || scalar == "\u{2019}", !current.isEmpty, !pendingApostrophe {
                pendingApostrophe = true
            } else {
                finish()
            }
        }
        finish()
        return tokens
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
