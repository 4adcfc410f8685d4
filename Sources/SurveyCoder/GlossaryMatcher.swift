/// A glossary compiled for look-ups while reading statements (rules in `Glossary`).
struct GlossaryMatcher: Sendable {
    /// Abbreviations as written ("ML", "SKA") and the entry each belongs to.
    private let asWritten: [String: Int]
    /// Other variants in lower case.
    private let folded: [String: Int]
    /// Snowball stems (six letters or more) of variants and the entry each belongs to.
    private let stems: [String: Int]
    /// The same, in order, as letters.
    private let stemList: [(letters: [Unicode.Scalar], entry: Int)]
    /// Part variants that begin compounds ("matte-"), in lower case, longest first, with the
    /// linking letter their term takes before the next part ("s" for "information").
    private let firstParts: [(letters: [Character], entry: Int, link: String)]
    /// Part variants that end compounds ("-matte"), in lower case, longest first.
    private let lastParts: [(letters: [Character], entry: Int)]
    /// Each entry's term as lower-case tokens, and as written.
    let termTokens: [[String]]
    let termWrittenTokens: [[String]]

    /// Stems shorter than this match only word forms the glossary lists.
    static let minimumStemLength = 6

    init(_ glossary: Glossary, tokenizer: Tokenizer, stemmer: Stemmer) {
        var asWritten: [String: Int] = [:]
        var folded: [String: Int] = [:]
        var stems: [String: Int] = [:]
        var termTokens: [[String]] = []
        var termWrittenTokens: [[String]] = []
        var firstParts: [(letters: [Character], entry: Int, link: String)] = []
        var lastParts: [(letters: [Character], entry: Int)] = []
        for (index, entry) in glossary.entries.enumerated() {
            termTokens.append(tokenizer.tokens(in: entry.term))
            termWrittenTokens.append(tokenizer.writtenTokens(in: entry.term))
            let termStems = Set(tokenizer.tokens(in: entry.term).map(stemmer.stem))
            for variant in entry.variants {
                if let part = Glossary.compoundPart(variant) {
                    // A part is read as one word of the compound, so only a one-word term can stand in for it.
                    guard termTokens[index].count == 1 else { continue }
                    let letters = Tokenizer.normalize(part.letters)
                    switch part.position {
                    case .first: firstParts.append((Array(letters), index, Self.linkingLetter(after: termTokens[index][0], language: tokenizer.language)))
                    case .last: lastParts.append((Array(letters), index))
                    }
                    continue
                }
                if Glossary.isAbbreviation(variant) {
                    if asWritten[variant] == nil { asWritten[variant] = index }
                    continue
                }
                let lowered = Tokenizer.normalize(variant)
                if folded[lowered] == nil { folded[lowered] = index }
                let stem = stemmer.stem(lowered)
                // A variant that stems like a word of its own term adds nothing (and must not
                // map the term's own forms away from it).
                if stem.unicodeScalars.count >= Self.minimumStemLength, !termStems.contains(stem), stems[stem] == nil {
                    stems[stem] = index
                }
            }
        }
        self.asWritten = asWritten
        self.folded = folded
        self.stems = stems
        self.stemList = stems.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }
            .map { (Array($0.key.unicodeScalars), $0.value) }
        self.firstParts = firstParts.sorted { $0.letters.count > $1.letters.count }
        self.lastParts = lastParts.sorted { $0.letters.count > $1.letters.count }
        self.termTokens = termTokens
        self.termWrittenTokens = termWrittenTokens
    }

    var isEmpty: Bool { termTokens.isEmpty }
    var hasParts: Bool { !firstParts.isEmpty || !lastParts.isEmpty }
    var hasAbbreviations: Bool { !asWritten.isEmpty }

    /// The entry whose abbreviation is written exactly as `written`.
    func abbreviationEntry(_ written: String) -> Int? {
        asWritten.isEmpty ? nil : asWritten[written]
    }

    /// The entry a lower-case word is a variant of: as listed, with a genitive "s", or by stem.
    func wordEntry(_ lowered: String, stem: @autoclosure () -> String) -> Int? {
        if let entry = folded[lowered] { return entry }
        if lowered.hasSuffix("s"), let entry = folded[String(lowered.dropLast())] { return entry }
        guard !stems.isEmpty else { return nil }
        let wordStem = stem()
        if let entry = stems[wordStem] { return entry }
        // Forms of one word whose stems differ at the end ("mattelyft", "mattelyftet"), by the
        // rule stem families follow.
        guard wordStem.unicodeScalars.count >= Self.minimumStemLength else { return nil }
        let letters = Array(wordStem.unicodeScalars)
        return stemList.first { StemFamilies.sameWord(letters, $0.letters) }?.entry
    }

    /// The letter a Swedish word takes before the next part of a compound: "s" after the
    /// endings that always take one ("informationsblad", "utbildningsdag", "säkerhetsfråga",
    /// "kunskapsnivå", "kvalitetsarbete"), otherwise none ("matematiklärare").
    static func linkingLetter(after word: String, language: CoderLanguage) -> String {
        guard language == .swedish else { return "" }
        return ["tion", "sion", "ing", "het", "skap", "dom", "tet"].contains { word.hasSuffix($0) } ? "s" : ""
    }

    /// How a compound word with a part variant is read: the letters before the part, the
    /// entry whose term replaces it, the linking letter after the term, and the letters after
    /// the part ("intensiv" + "matematik" + "" + "" for "intensivmatten"; "" + "matematik" +
    /// "" + "lärare" for "mattelärare"; "" + "information" + "s" + "blad" for "infoblad").
    /// Counts are in characters of `lowered`, so the written word splits at the same places.
    func compoundReading(_ lowered: String, stem: @autoclosure () -> String) -> (before: Int, entry: Int, link: String, after: Int)? {
        guard hasParts else { return nil }
        let letters = Array(lowered)
        let minimum = Glossary.minimumPartLetters
        // A word that already has the term where the part would be is read as it is
        // ("informationsblad" is no "info-" compound).
        func hasTerm(_ entry: Int, at start: Int) -> Bool {
            letters[start...].starts(with: termTokens[entry].first ?? "")
        }
        for part in firstParts where letters.count >= part.letters.count + minimum && letters.starts(with: part.letters) {
            guard !hasTerm(part.entry, at: 0) else { return nil }
            return (0, part.entry, part.link, letters.count - part.letters.count)
        }
        guard !lastParts.isEmpty else { return nil }
        // A last part in any form: the word is letters, the part, and an ending the stemmer
        // takes off ("intensiv" + "matte" + "n"), so the word's stem ends inside the part.
        let stemLength = stem().count
        for part in lastParts {
            let latest = letters.count - part.letters.count
            guard latest >= minimum else { continue }
            for before in stride(from: latest, through: minimum, by: -1)
            where stemLength > before && stemLength <= before + part.letters.count
                && letters[before..<(before + part.letters.count)].elementsEqual(part.letters) {
                guard !hasTerm(part.entry, at: before) else { return nil }
                return (before, part.entry, "", 0)
            }
        }
        return nil
    }
}
