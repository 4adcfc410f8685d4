import Foundation

/// What a word is, as far as labels need to know: a category's label is never a verb, an
/// adverb or a function word alone, and its key terms are neither.
///
/// Function words are the stop words. Verbs come from the language's list of common verbs
/// with every form (`*-verbs.txt`) and, for Swedish, from endings only verbs have: "-erade",
/// "-erar", "-eras", "-era" ("informerade", "prioriteras", "analysera") and the past "-ade" ("startade",
/// "kopplade"), "-ades", "-ats" ("kopplats"). Comparatives ending "-igare" ("tydligare"),
/// adverbs ending "-ligen" ("årligen", "slutligen") and a few others are adverbs for this
/// purpose: alone they say how, not what.
struct WordClasses: Sendable {
    enum WordClass: Hashable, Sendable {
        case function
        case verb
        case adverb
        case content
    }

    let language: CoderLanguage
    let stopWords: StopWords
    let verbs: Set<String>

    static let swedishAdverbs: Set<String> = [
        "bättre", "sämre", "större", "mindre", "högre", "lägre", "längre", "tydligt", "tydligare", "gemensamt", "tillsammans",
        "regelbundet", "kontinuerligt", "löpande", "successivt", "delvis", "tyvärr", "däremot", "emellertid", "framför", "bl",
        "igång", "vidare", "sedan", "därefter", "innan", "efteråt", "nästa", "nu", "ännu", "ute", "inne",
    ]
    static let englishAdverbs: Set<String> = ["better", "more", "less", "well", "best", "really", "properly", "correctly", "easily"]

    /// Quantifiers that may open a label before the noun they count: "Andra kommunernas
    /// erfarenheter", "Alla elever undervisas av behöriga lärare". Function words otherwise.
    static let swedishQuantifiers: Set<String> = ["alla", "andra", "flera", "fler", "många", "vissa", "samtliga", "varje"]
    static let englishQuantifiers: Set<String> = ["all", "other", "many", "several", "more", "every", "each"]

    /// True for a quantifier a label may begin with (see `swedishQuantifiers`).
    func opensLabel(_ word: String) -> Bool {
        (language == .swedish ? Self.swedishQuantifiers : Self.englishQuantifiers).contains(word)
    }

    init(language: CoderLanguage, stopWords: StopWords) throws(CoderError) {
        self.language = language
        self.stopWords = stopWords
        // The stop lists' format, every word of a line: a verb's forms.
        let list = try StopWords.resource(language == .swedish ? "swedish-verbs" : "english-verbs")
        self.verbs = Set(StopWords.parseLines(list).flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) })
    }

    /// Conjunctions and prepositions Snowball's list lacks that a label must not end with
    /// ("Viktigt både") and that are no key terms ("hos" and "bland" of "brist hos lärarna").
    /// Words for labels and key terms only: as stop words they changed the clustering.
    static let swedishFunctionWords: Set<String> = ["både", "antingen", "varken", "respektive",
                                                    "hos", "bland", "enligt", "kring", "inför", "trots", "all"]

    /// Swedish verb particles that are seldom prepositions: said with the verb before them
    /// ("följas upp", "nå ut", "ta fram"), so a label that ends on the verb lacks its particle.
    static let swedishParticles: Set<String> = ["upp", "ut", "fram", "bort", "ihop", "tillbaka", "ner", "ned", "undan", "isär"]

    /// Words that deny their clause ("Läroboken styr inte längre", "Inga problem med …"): a
    /// label that leaves one out says the opposite of what the members wrote.
    static let swedishNegations: Set<String> = ["inte", "ej", "icke", "aldrig", "ingen", "inget", "inga", "varken"]
    static let englishNegations: Set<String> = ["not", "no", "never", "cannot", "none", "neither", "nor"]
    /// Negations that stand before a noun, which they deny ("inga problem").
    static let negatingDeterminers: Set<String> = ["ingen", "inget", "inga", "no"]

    /// True for a word that denies its clause (see `swedishNegations`); English "-n't" too.
    func isNegation(_ word: String) -> Bool {
        switch language {
        case .swedish: Self.swedishNegations.contains(word)
        case .english: Self.englishNegations.contains(word) || word.hasSuffix("n't")
        }
    }

    /// True for a verb particle a label may end with, after its verb.
    func isParticle(_ word: String) -> Bool { language == .swedish && Self.swedishParticles.contains(word) }

    /// The class of a lower-case word.
    func classify(_ word: String) -> WordClass {
        // A negation is never what a statement is about ("ing" of "inga" was a key term).
        if stopWords.contains(word) || language == .swedish && Self.swedishFunctionWords.contains(word) || isNegation(word) {
            return .function
        }
        // The listed adverbs before the verbs: "framför" of "framför allt" is also a form of "framföra".
        if (language == .swedish ? Self.swedishAdverbs : Self.englishAdverbs).contains(word) { return .adverb }
        if verbs.contains(word) { return .verb }
        switch language {
        case .swedish:
            let length = word.unicodeScalars.count
            if length >= 7, word.hasSuffix("igare") || word.hasSuffix("ligen") { return .adverb }
            if length >= 7, ["erade", "erades", "erats", "eras", "erar", "era"].contains(where: word.hasSuffix) { return .verb }
            if length >= 6, word.hasSuffix("ades") || word.hasSuffix("ade") { return .verb }
            if length >= 7, word.hasSuffix("ats"), !word.hasSuffix("plats") { return .verb }
        case .english:
            if word.unicodeScalars.count >= 6, word.hasSuffix("ly") { return .adverb }
        }
        return .content
    }

    /// True for a word that can stand alone as a label or be a key term.
    func isContent(_ word: String) -> Bool { classify(word) == .content }

    /// True for a word with an adjective's ending ("kritisk", "digitalt", "tydliga", "intressant")
    /// or a present participle's ("givande", "utmanande"): as a label alone it usually lacks
    /// the noun it describes, and a category's nouns say more of what it is about.
    func looksAdjectival(_ word: String) -> Bool {
        guard language == .swedish else { return false }
        if Self.swedishShortAdjectives.contains(word) { return true }
        guard word.unicodeScalars.count >= 5 else { return false }
        let endings = ["isk", "iskt", "iska", "lig", "ligt", "liga", "ell", "ellt", "ella", "ig", "igt", "iga", "bar", "bart", "bara",
                       "sam", "samt", "samma", "al", "alt", "ala", "ant", "anta", "ande", "ende"]
        return endings.contains(where: word.hasSuffix)
    }

    /// Common adjectives too short for an ending to tell, in their forms ("bra" of "Bra att
    /// jämföra oss med andra", "höga" of "höga förväntningar").
    static let swedishShortAdjectives: Set<String> = [
        "bra", "god", "gott", "goda", "stor", "stort", "stora", "ny", "nytt", "nya", "hög", "högt", "höga",
        "låg", "lågt", "låga", "svår", "svårt", "svåra", "lätt", "lätta", "kul", "fin", "fint", "fina",
    ]

    /// True for a content word a label can end with: not an adjective in the form that
    /// stands before a noun ("kritiska", "digitala", "nationella"), which alone leaves the
    /// label unfinished ("Kritiska" for "kritiska vänner").
    func canEndLabel(_ word: String) -> Bool {
        guard isContent(word) else { return false }
        guard language == .swedish, word.unicodeScalars.count >= 6 else { return true }
        return !["iska", "ella", "ala"].contains(where: word.hasSuffix)
    }
}
