/// Turns statements into term ids: word stems and character n-grams of those stems.
///
/// The n-grams are what let a compound meet its parts: "matematiklyftet" stems to
/// "matematiklyft", whose n-grams include "lyft" and "lyft>" like those of "lyftet"
/// ("<" and ">" mark the word's edges). Every distinct word is stemmed once and its
/// terms cached, so long inputs cost one dictionary look-up per word.
///
/// Holds a libstemmer stemmer, so an instance belongs to one task at a time.
final class TermExtractor {
    /// The terms of one statement, ids repeated as often as they occur.
    struct Terms {
        var stems: [Int32] = []
        var grams: [Int32] = []
    }

    private struct WordTerms {
        var stem: Int32
        var grams: [Int32]
    }

    let tokenizer: Tokenizer
    let stopWords: StopWords
    let gramLengths: ClosedRange<Int>
    let minimumGramWordLength: Int
    private let stemmer: Stemmer
    let glossary: GlossaryMatcher
    private var cache: [String: [WordTerms]] = [:]
    private var stemIDs: [String: Int32] = [:]
    private var gramIDs: [String: Int32] = [:]
    /// N-grams by id, in the order they were first seen.
    private(set) var gramTexts: [String] = []
    /// Stems by id, in the order they were first seen.
    private(set) var stems: [String] = []
    private(set) var gramCount = 0

    init(language: CoderLanguage, stopWords: StopWords, gramLengths: ClosedRange<Int>, minimumGramWordLength: Int,
         glossary: Glossary = Glossary()) throws(CoderError) {
        guard let stemmer = Stemmer(language: language) else { throw .stemmerUnavailable(language) }
        self.stemmer = stemmer
        self.tokenizer = Tokenizer(language: language)
        self.stopWords = stopWords
        self.gramLengths = gramLengths
        self.minimumGramWordLength = minimumGramWordLength
        self.glossary = GlossaryMatcher(glossary, tokenizer: tokenizer, stemmer: stemmer)
    }

    func terms(of text: String) -> Terms {
        terms(ofTokens: Self.tokens(of: text, tokenizer: tokenizer, glossary: glossary, stopWords: stopWords))
    }

    /// The tokens the coder reads: lower case, without the words of fixed expressions
    /// (`StopWords.phrases`: "över tid"), with abbreviations the glossary lists already
    /// replaced by its terms' words (they are matched as written, so before lower-casing).
    static func tokens(of text: String, tokenizer: Tokenizer, glossary: GlossaryMatcher, stopWords: StopWords) -> [String] {
        guard glossary.hasAbbreviations || !stopWords.phrases.isEmpty else { return tokenizer.tokens(in: text) }
        // One-letter words count in expressions ("i tid"); they are dropped afterwards as always.
        var everyWord = tokenizer
        everyWord.minimumLength = 1
        // Abbreviations are matched as written; otherwise the lower-case tokens are read at once.
        let written = glossary.hasAbbreviations ? everyWord.writtenTokens(in: text) : nil
        let lowered = written.map { $0.map { $0.lowercased() } } ?? everyWord.tokens(in: text)
        let inPhrase = stopWords.inPhrase(lowered)
        var tokens: [String] = []
        for (index, token) in lowered.enumerated()
        where !inPhrase[index] && (written?[index] ?? token).unicodeScalars.count >= tokenizer.minimumLength {
            if let written, let entry = glossary.abbreviationEntry(written[index]) {
                tokens.append(contentsOf: glossary.termTokens[entry])
            } else {
                tokens.append(token)
            }
        }
        return tokens
    }

    /// The terms of already tokenized text (tokens normalised by `tokenizer`).
    func terms(ofTokens tokens: [String]) -> Terms {
        var terms = Terms()
        for token in tokens {
            for word in wordTerms(token) {
                terms.stems.append(word.stem)
                terms.grams.append(contentsOf: word.grams)
            }
        }
        return terms
    }

    /// The terms of many texts: tokenized on all cores, then looked up in order on this one,
    /// so ids are numbered exactly as a one-by-one run would number them.
    func terms(of texts: [String], progress: (Int) -> Void = { _ in }) -> [Terms] {
        var result: [Terms] = []
        result.reserveCapacity(texts.count)
        let batch = 20_000
        for start in stride(from: 0, to: texts.count, by: batch) {
            progress(start)
            let end = min(start + batch, texts.count)
            let tokenizer = tokenizer, glossary = glossary, stopWords = stopWords
            let tokens = Parallel.mapChunks(of: end - start, size: 1000) { range in
                range.map { Self.tokens(of: texts[start + $0], tokenizer: tokenizer, glossary: glossary, stopWords: stopWords) }
            }
            for chunk in tokens {
                for statementTokens in chunk { result.append(terms(ofTokens: statementTokens)) }
            }
        }
        return result
    }

    /// The Snowball stem of a lower-case word.
    func stem(_ word: String) -> String { stemmer.stem(word) }

    /// Pairs of stem ids that are one word although Snowball cut one of them short (the short
    /// one first), among the words read so far. Swedish Snowball strips "-or" as the plural of
    /// an "-a" noun ("skolor", "skola": "skol"), also from a singular that ends so: "rektor"
    /// stems to "rekt" while "rektorer", "rektorerna" and "rektors" stem to "rektor", and the
    /// two forms of one word met only through n-grams and named a category "Rektor" where its
    /// members wrote "Rektorerna". A word ending in "-or" that is also the stem of other words
    /// read is taken for such a singular, unless the words read also have an "-a" form of the
    /// short stem ("fakta" beside "faktor": two words).
    func shortenedStems() -> [(short: Int32, full: Int32)] {
        guard tokenizer.language == .swedish else { return [] }
        var pairs: [(short: Int32, full: Int32)] = []
        for word in cache.keys.filter({ $0.hasSuffix("or") && $0.unicodeScalars.count >= 6 }).sorted() {
            let short = String(word.dropLast(2))
            guard stemmer.stem(word) == short, let shortID = stemIDs[short], let fullID = stemIDs[word],
                  cache[short + "a"] == nil, cache[short + "an"] == nil else { continue }
            pairs.append((shortID, fullID))
        }
        return pairs
    }

    /// Pairs of stem ids that are one word, the definite singular of an "-a" noun and the stem
    /// of its other forms, among the words read so far. Swedish Snowball strips "-a", "-or" and
    /// "-orna" but not "-an": "skola", "skolor" and "skolorna" stem to "skol", "skolan" stays
    /// "skolan", too short a stem to meet "skol" as a form of one word (three quarters of the
    /// longer). A stem ending in "-an" (of "skolan" or "skolans") is taken for such a form where
    /// the words read also have its "-a" or "-or" form.
    func definiteFormsOfANouns() -> [(definite: Int32, stem: Int32)] {
        guard tokenizer.language == .swedish else { return [] }
        var pairs: [(definite: Int32, stem: Int32)] = []
        for stem in stemIDs.keys.filter({ $0.hasSuffix("an") && $0.unicodeScalars.count >= 5 }).sorted() {
            let base = String(stem.dropLast(2))
            guard let definiteID = stemIDs[stem], let stemID = stemIDs[base],
                  [base + "a", base + "or", base + "orna"].contains(where: { cache[$0] != nil }) else { continue }
            pairs.append((definiteID, stemID))
        }
        return pairs
    }

    /// The text of an n-gram id.
    func gramText(_ id: Int32) -> String { gramTexts[Int(id)] }

    /// The words of `text` as written, each with its stem id, or nil for a stop word, and what
    /// follows it (see `Tokenizer.WrittenWord`).
    ///
    /// One-letter words are kept (as stop words) so phrases read as written: "Målen i skolplanen".
    /// A word the glossary maps is given as its term, written as the glossary writes it.
    func words(of text: String) -> [(written: String, stem: Int32?, suspension: String?, endsPhrase: Bool)] {
        var everyWord = tokenizer
        everyWord.minimumLength = 1
        var result: [(written: String, stem: Int32?, suspension: String?, endsPhrase: Bool)] = []
        let writtenWords = everyWord.writtenWords(in: text)
        let inPhrase = stopWords.inPhrase(writtenWords.map { $0.token.lowercased() })
        for (position, word) in writtenWords.enumerated() {
            let written = word.token
            guard written.count >= tokenizer.minimumLength, !inPhrase[position] else {
                result.append((written, nil, word.suspension, word.endsPhrase))
                continue
            }
            let lowered = written.lowercased()
            if let entry = glossary.abbreviationEntry(written) ?? glossary.wordEntry(lowered, stem: stemmer.stem(lowered)) {
                let termWords = glossary.termWrittenTokens[entry]
                for (index, token) in glossary.termTokens[entry].enumerated() {
                    let last = index == termWords.count - 1
                    result.append((termWords[index], plainWordTerms(token).first?.stem, last ? word.suspension : nil, last && word.endsPhrase))
                }
                continue
            }
            let read = compoundReading(written: written, lowered: lowered) ?? written
            result.append((read, wordTerms(lowered).first?.stem, word.suspension, word.endsPhrase))
        }
        return result
    }

    /// A compound word with a glossary part, written with the part's term ("Intensivmatte" as
    /// "Intensivmatematik", "Mattelärare" as "Matematiklärare"), or nil when no part matches.
    /// `written` is the word as written when there is one, else `lowered` itself.
    private func compoundReading(written: String? = nil, lowered: String) -> String? {
        guard let reading = glossary.compoundReading(lowered, stem: stemmer.stem(lowered)) else { return nil }
        let word = Array(written ?? lowered)
        // Lower-casing can change a word's length (rarely); the lower-case word is then read.
        let letters = word.count == lowered.count ? word : Array(lowered)
        var term = written == nil ? glossary.termTokens[reading.entry][0] : glossary.termWrittenTokens[reading.entry][0]
        // A capital that began the written word begins its reading.
        if reading.before == 0, let first = letters.first, first.isUppercase, let termFirst = term.first, termFirst.isLowercase {
            term = termFirst.uppercased() + term.dropFirst()
        }
        return String(letters[..<reading.before]) + term + reading.link + String(letters[(letters.count - reading.after)...])
    }

    /// A token's terms: its own stem and n-grams, or those of the glossary term it is a variant of.
    private func wordTerms(_ token: String) -> [WordTerms] {
        if let cached = cache[token] { return cached }
        var result: [WordTerms]
        if !glossary.isEmpty, let entry = glossary.wordEntry(token, stem: stemmer.stem(token)) {
            result = glossary.termTokens[entry].flatMap(plainWordTerms)
        } else if let read = compoundReading(lowered: token) {
            result = plainWordTerms(read)
        } else {
            result = plainWordTerms(token)
        }
        cache[token] = result
        return result
    }

    /// A token's own stem and n-grams; none for a stop word.
    private func plainWordTerms(_ token: String) -> [WordTerms] {
        guard !stopWords.contains(token) else { return [] }
        // Numbers (years, grades, percentages) say when and how much, not what a statement is about.
        guard !Tokenizer.isNumber(token) else { return [] }
        let stem = stemmer.stem(token)
        guard !stem.isEmpty, !stopWords.contains(stem) else { return [] }
        return [WordTerms(stem: stemID(stem), grams: grams(of: stem))]
    }

    /// The id of `stem`, numbered now if no word read so far had it (a compound's last part).
    func internStem(_ stem: String) -> Int32 { stemID(stem) }

    private func stemID(_ stem: String) -> Int32 {
        if let id = stemIDs[stem] { return id }
        let id = Int32(stems.count)
        stemIDs[stem] = id
        stems.append(stem)
        return id
    }

    private func grams(of stem: String) -> [Int32] {
        let letters = Array(stem.unicodeScalars)
        guard letters.count >= minimumGramWordLength, !Tokenizer.isNumber(stem) else { return [] }
        let marked = ["<"] + letters + [">"]
        var ids: [Int32] = []
        for length in gramLengths where length <= marked.count {
            for start in 0...(marked.count - length) {
                var gram = String.UnicodeScalarView()
                gram.append(contentsOf: marked[start..<(start + length)])
                ids.append(gramID(String(gram)))
            }
        }
        return ids
    }

    private func gramID(_ gram: String) -> Int32 {
        if let id = gramIDs[gram] { return id }
        let id = Int32(gramCount)
        gramIDs[gram] = id
        gramTexts.append(gram)
        gramCount += 1
        return id
    }
}
