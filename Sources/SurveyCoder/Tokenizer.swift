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
        scan(Self.normalize(text), recordingEnds: false).tokens
    }

    /// The tokens of `text` as written (NFC, case kept), for labels in the respondents' words.
    public func writtenTokens(in text: String) -> [String] {
        scan(Self.composed(text), recordingEnds: false).tokens
    }

    /// A token as written, with what follows it before the next one.
    public struct WrittenWord: Hashable, Sendable {
        public var token: String
        /// The hyphen (and comma) after the first part of a suspended compound: Swedish writes
        /// "individ-, grupp- och skolnivå" for individnivå, gruppnivå and skolnivå. A hyphen marks
        /// such a part when a comma follows it, or a space and a conjunction ("och", "eller", …).
        public var suspension: String?
        /// Whether punctuation that parts phrases (, ; : . ! ? / brackets, dashes) follows it:
        /// "individ, grupp och enhet" lists three things, and "individ grupp" is no phrase of it.
        public var endsPhrase: Bool
    }

    /// The tokens of `text` as written (NFC, case kept), each with what follows it.
    public func writtenWords(in text: String) -> [WrittenWord] {
        let composed = Self.composed(text)
        let scalars = Array(composed.unicodeScalars)
        let (tokens, ends) = scan(composed, recordingEnds: true)
        return tokens.indices.map { index in
            let end = ends[index]
            let next = index + 1 < tokens.count ? ends[index + 1] - tokens[index + 1].unicodeScalars.count : scalars.count
            let between = scalars[end..<max(end, next)]
            var suspension: String?
            if between.first == "-" {
                let after = between.dropFirst()
                if after.first == "," {
                    suspension = "-,"
                } else if after.first == " ", index + 1 < tokens.count, after.allSatisfy({ $0 == " " }),
                          Self.suspensionConjunctions.contains(tokens[index + 1].lowercased()) {
                    suspension = "-"
                }
            }
            let endsPhrase = suspension == nil && between.contains { Self.phraseBreaks.contains($0) }
            return WrittenWord(token: tokens[index], suspension: suspension, endsPhrase: endsPhrase)
        }
    }

    /// Whether a token is a number (every character numeric: "9", "2015", "½"): years, grades
    /// and percentages, which say when and how much, not what a statement is about.
    static func isNumber(_ token: some StringProtocol) -> Bool {
        !token.isEmpty && token.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
    }

    /// Punctuation no label phrase runs across.
    static let phraseBreaks: Set<Unicode.Scalar> = [",", ";", ":", ".", "!", "?", "/", "(", ")", "[", "]", "\u{2013}", "\u{2014}", "\u{2026}"]

    /// Words that join the parts of a suspended compound to the next ("individ- och gruppnivå").
    static let suspensionConjunctions: Set<String> = ["och", "eller", "samt", "respektive", "resp", "till", "and", "or", "to"]

    /// The tokens, and with `recordingEnds` the position (in Unicode scalars) just after each.
    private func scan(_ normalized: String, recordingEnds: Bool) -> (tokens: [String], ends: [Int]) {
        var tokens: [String] = []
        var ends: [Int] = []
        var current = String.UnicodeScalarView()
        var pendingApostrophe = false
        var position = 0
        func finish() {
            if current.count >= minimumLength {
                tokens.append(String(current))
                if recordingEnds { ends.append(position) }
            }
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
            position += 1
        }
        finish()
        return (tokens, ends)
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
