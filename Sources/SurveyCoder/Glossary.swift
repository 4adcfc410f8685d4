public import SurveyYAML

/// Words the answers write in several ways, each mapped to one term: "ML", "Mattelyftet" and
/// "lyftet" are all "Matematiklyftet"; "SKA" is "systematiskt kvalitetsarbete".
///
/// The coder reads every statement through the glossary before it weighs and clusters, so a
/// statement that says "ML" and one that says "Matematiklyftet" share their key word, and a
/// category's label is written with the term. The statements themselves (in codings, tables
/// and quotes) keep the respondents' wording.
///
/// How a variant matches a word (the rules are in docs/coding-format.md):
/// - a variant written in capitals ("ML", "SKA", "NP") matches the word written exactly so,
///   so "SKA" is not the verb "ska";
/// - any other variant matches the word in any case, also with a genitive "s" ("lyftets");
/// - a variant whose Snowball stem has at least six letters also matches every word with the
///   same stem ("Mattelyftet" matches "mattelyft" and "mattelyftets"); shorter stems would
///   catch unrelated words ("lyftet" and "lyfta" share the stem "lyft");
/// - a variant with a hyphen at one end is a part of compound words: "matte-" begins them
///   ("mattelärare" is read "matematiklärare"), "-matte" ends them, in any form
///   ("intensivmatten" is read "intensivmatematik"); the rest of the word needs at least three
///   letters, a Swedish term takes its linking "s" ("infoblad": "informationsblad"), and a
///   variant of a whole word wins over a part.
public struct Glossary: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        /// The form every variant is read as, as it is written in labels.
        public var term: String
        public var variants: [String]
        /// Where the entry was written, or nil for one learned from a codebook.
        public var location: SourceLocation?
        /// For a learned entry: the codebook category the variants were found in ("lankats/matematiklyftet").
        public var learnedFrom: String?

        public init(term: String, variants: [String], location: SourceLocation? = nil, learnedFrom: String? = nil) {
            self.term = term
            self.variants = variants
            self.location = location
            self.learnedFrom = learnedFrom
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// This glossary with `other`'s entries added, except variants this one already maps
    /// (so a staff-written file wins over what is learned).
    public func adding(_ other: Glossary) -> Glossary {
        var known = Set(entries.flatMap { $0.variants.map(Self.matchKey) })
        var result = self
        for entry in other.entries {
            let fresh = entry.variants.filter { known.insert(Self.matchKey($0)).inserted }
            guard !fresh.isEmpty else { continue }
            var added = entry
            added.variants = fresh
            result.entries.append(added)
        }
        return result
    }

    /// A variant written only in capitals (and digits), such as "ML" or "NP", is matched as written.
    public static func isAbbreviation(_ variant: String) -> Bool {
        variant.contains(where: \.isLetter) && !variant.contains(where: \.isLowercase)
    }

    /// How a variant is compared: as written for abbreviations, otherwise in lower case.
    static func matchKey(_ variant: String) -> String {
        isAbbreviation(variant) ? variant : Tokenizer.normalize(variant)
    }

    /// Where in a compound word a part variant stands.
    enum PartPosition: Hashable, Sendable {
        /// "matte-": the word begins with it.
        case first
        /// "-matte": the word ends with it.
        case last
    }

    /// A variant's letters and position when it is a part of compound words ("matte-",
    /// "-matte"), or nil for a variant of a whole word.
    static func compoundPart(_ variant: String) -> (letters: String, position: PartPosition)? {
        if variant.count > 1, variant.hasSuffix("-"), !variant.hasPrefix("-") { return (String(variant.dropLast()), .first) }
        if variant.count > 1, variant.hasPrefix("-"), !variant.hasSuffix("-") { return (String(variant.dropFirst()), .last) }
        return nil
    }

    /// Whether a variant or term is one word: letters and digits only.
    static func isOneWord(_ text: String) -> Bool {
        text.allSatisfy { $0.isLetter || $0.isNumber }
    }

    /// The least number of letters a compound part (a part variant, and the rest of a word it
    /// matches) has: shorter ones would begin or end unrelated words.
    static let minimumPartLetters = 3
}
