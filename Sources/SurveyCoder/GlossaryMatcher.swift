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
        for (index, entry) in glossary.entries.enumerated() {
            termTokens.append(tokenizer.tokens(in: entry.term))
            termWrittenTokens.append(tokenizer.writtenTokens(in: entry.term))
            let termStems = Set(tokenizer.tokens(in: entry.term).map(stemmer.stem))
            for variant in entry.variants {
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
        self.termTokens = termTokens
        self.termWrittenTokens = termWrittenTokens
    }

    var isEmpty: Bool { termTokens.isEmpty }
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
}
