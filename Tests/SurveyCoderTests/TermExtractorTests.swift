import Testing
@testable import SurveyCoder

struct TermExtractorTests {
    func extractor() throws -> TermExtractor {
        try TermExtractor(language: .swedish, stopWords: StopWords(language: .swedish), gramLengths: 3...5, minimumGramWordLength: 4)
    }

    /// The n-grams of one word's stem, as text.
    func grams(_ word: String, _ extractor: TermExtractor) -> Set<String> {
        let terms = extractor.terms(of: word)
        return Set(terms.grams.map { extractor.gramText($0) })
    }

    @Test func aFixedExpressionsWordsAreStopWordsThereOnly() throws {
        let extractor = try extractor()
        let overTime = extractor.terms(of: "Svårt att jämföra resultaten över tid.").stems.map { extractor.stems[Int($0)] }
        let findTime = extractor.terms(of: "Svårt att hitta tid för träffar.").stems.map { extractor.stems[Int($0)] }
        #expect(!overTime.contains("tid"))
        #expect(overTime.contains("resultat"))
        #expect(findTime.contains("tid"))
        // Labels read the same words: "över tid" holds no stem there.
        let words = extractor.words(of: "Jämföra resultaten över tid")
        #expect(words.map(\.stem).suffix(2).allSatisfy { $0 == nil })
    }

    @Test func theVerbOfBeingSeenIsNoTermButTheNounViewIs() throws {
        // "syns" says that something shows, as "märks" does; "syn" (view) is a word of its own.
        let extractor = try extractor()
        let shows = extractor.terms(of: "Det tar tid innan resultaten syns.").stems.map { extractor.stems[Int($0)] }
        let view = extractor.terms(of: "Vi har en gemensam syn.").stems.map { extractor.stems[Int($0)] }
        #expect(!shows.contains("syn") && shows.contains("resultat"))
        #expect(view.contains("syn"))
    }

    @Test func numberWordsSayHowManyNotWhat() throws {
        // As digits are no terms, "två gånger per termin" names nothing: a label does not end in "per".
        let extractor = try extractor()
        let stems = extractor.terms(of: "Diagnoser i matematik två gånger per termin, tre rektorer.").stems.map { extractor.stems[Int($0)] }
        #expect(!stems.contains("två") && !stems.contains("per") && !stems.contains("tre"))
        #expect(stems.contains("diagnos") && stems.contains("rektor"))
    }

    @Test func compoundMeetsItsLastPart() throws {
        let extractor = try extractor()
        let compound = grams("matematiklyftet", extractor)
        let part = grams("lyftet", extractor)
        #expect(compound.intersection(part) == ["lyf", "yft", "fte", "tet", "et>", "lyft", "yfte", "ftet", "tet>", "lyfte", "yftet", "ftet>"])
        #expect(part.subtracting(compound) == ["<ly", "<lyf", "<lyft"])
    }

    @Test func compoundMeetsItsFirstPart() throws {
        let extractor = try extractor()
        let shared = grams("matematiklyftet", extractor).intersection(grams("matematik", extractor))
        #expect(shared == ["<ma", "mat", "ate", "tem", "ema", "ati", "tik", "<mat", "mate", "atem", "tema", "emat", "mati", "atik",
                           "<mate", "matem", "atema", "temat", "emati", "matik"])
    }

    @Test func inflectedCompoundsShareTheirStemOrAlmostAllGrams() throws {
        let extractor = try extractor()
        let definite = extractor.terms(of: "kvalitetsarbetet")
        let systematic = extractor.terms(of: "systematiskt kvalitetsarbete")
        #expect(definite.stems.map { extractor.stems[Int($0)] } == ["kvalitetsarbetet"])
        #expect(systematic.stems.map { extractor.stems[Int($0)] } == ["systematisk", "kvalitetsarbet"])
        let a = Set(definite.grams), b = Set(systematic.grams)
        // Every n-gram of "kvalitetsarbet" but "bet>" and "rbet>" is one of "kvalitetsarbetet".
        #expect(a.intersection(b).count == 37)
        let stemGrams = Set(extractor.terms(of: "kvalitetsarbete").grams.map { extractor.gramText($0) })
        #expect(stemGrams.subtracting(a.map { extractor.gramText($0) }) == ["bet>", "rbet>"])
    }

    @Test func stopWordsAndShortWordsGiveNoTerms() throws {
        let extractor = try extractor()
        let terms = extractor.terms(of: "och det är även så")
        #expect(terms.stems.isEmpty)
        #expect(terms.grams.isEmpty)
    }

    @Test func numbersGiveNoTerms() throws {
        let extractor = try extractor()
        let terms = extractor.terms(of: "PISA 2015 i åk 3, 6 och 9 med 20 %")
        #expect(terms.stems.map { extractor.stems[Int($0)] } == ["pis", "åk"])
        #expect(terms.grams.allSatisfy { !extractor.gramText($0).contains("2015") })
    }

    @Test func batchesNumberTermsLikeOneByOne() throws {
        let texts = ["Matematiklyftet pågår", "Kvalitetsarbetet", "Lyftet i matematik", "Matematiklyftet igen"]
        let one = try extractor()
        let single = texts.map { one.terms(of: $0) }
        let batch = try extractor().terms(of: texts)
        #expect(single.map(\.stems) == batch.map(\.stems))
        #expect(single.map(\.grams) == batch.map(\.grams))
    }
}
