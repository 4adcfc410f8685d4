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
    private var cache: [String: WordTerms?] = [:]
    private var stemIDs: [String: Int32] = [:]
    private var gramIDs: [String: Int32] = [:]
    /// N-grams by id, in the order they were first seen.
    private(set) var gramTexts: [String] = []
    /// Stems by id, in the order they were first seen.
    private(set) var stems: [String] = []
    private(set) var gramCount = 0

    init(language: CoderLanguage, stopWords: StopWords, gramLengths: ClosedRange<Int>, minimumGramWordLength: Int) throws(CoderError) {
        guard let stemmer = Stemmer(language: language) else { throw .stemmerUnavailable(language) }
        self.stemmer = stemmer
        self.tokenizer = Tokenizer(language: language)
        self.stopWords = stopWords
        self.gramLengths = gramLengths
        self.minimumGramWordLength = minimumGramWordLength
    }

    func terms(of text: String) -> Terms {
        terms(ofTokens: tokenizer.tokens(in: text))
    }

    /// The terms of already tokenized text (tokens normalised by `tokenizer`).
    func terms(ofTokens tokens: [String]) -> Terms {
        var terms = Terms()
        for token in tokens {
            guard let word = wordTerms(token) else { continue }
            terms.stems.append(word.stem)
            terms.grams.append(contentsOf: word.grams)
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
            let tokenizer = tokenizer
            let tokens = Parallel.mapChunks(of: end - start, size: 1000) { range in
                range.map { tokenizer.tokens(in: texts[start + $0]) }
            }
            for chunk in tokens {
                for statementTokens in chunk { result.append(terms(ofTokens: statementTokens)) }
            }
        }
        return result
    }

    /// The text of an n-gram id.
    func gramText(_ id: Int32) -> String { gramTexts[Int(id)] }

    /// The words of `text` as written, each with its stem id, or nil for a stop word.
    ///
    /// One-letter words are kept (as stop words) so phrases read as written: "Målen i skolplanen".
    func words(of text: String) -> [(written: String, stem: Int32?)] {
        var everyWord = tokenizer
        everyWord.minimumLength = 1
        return everyWord.writtenTokens(in: text).map { written in
            (written, written.count < tokenizer.minimumLength ? nil : wordTerms(written.lowercased())?.stem)
        }
    }

    private func wordTerms(_ token: String) -> WordTerms? {
        if let cached = cache[token] { return cached }
        var result: WordTerms?
        if !stopWords.contains(token) {
            let stem = stemmer.stem(token)
            if !stem.isEmpty, !stopWords.contains(stem) {
                result = WordTerms(stem: stemID(stem), grams: grams(of: stem))
            }
        }
        cache[token] = result
        return result
    }

    private func stemID(_ stem: String) -> Int32 {
        if let id = stemIDs[stem] { return id }
        let id = Int32(stems.count)
        stemIDs[stem] = id
        stems.append(stem)
        return id
    }

    private func grams(of stem: String) -> [Int32] {
        let letters = Array(stem.unicodeScalars)
        guard letters.count >= minimumGramWordLength, !letters.allSatisfy({ $0.properties.numericType != nil }) else { return [] }
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
