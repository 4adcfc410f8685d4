import Testing
@testable import SurveyCoder

struct StemFamiliesTests {
    /// The representative of each stem, as text.
    func families(_ stems: [String]) -> [String: String] {
        let families = StemFamilies(stems: stems, occurring: (0..<stems.count).map { Int32($0) })
        var result: [String: String] = [:]
        for (id, stem) in stems.enumerated() { result[stem] = stems[Int(families.representative[id])] }
        return result
    }

    @Test func definiteFormsMeetTheirStem() {
        let family = families(["matematiklyftet", "kvalitetsarbetet", "matematiklyft", "kvalitetsarbet", "nätverket", "nätverk"])
        #expect(family == ["matematiklyftet": "matematiklyft", "matematiklyft": "matematiklyft", "kvalitetsarbetet": "kvalitetsarbet",
                           "kvalitetsarbet": "kvalitetsarbet", "nätverket": "nätverk", "nätverk": "nätverk"])
    }

    @Test func compoundsAndShortStemsStayApart() {
        // "matematik" is 9 of "matematiklyft"'s 13 letters, "lyft" 4 of "lyftet"'s 6; "tid" is shorter than four letters.
        let family = families(["matematiklyft", "matematik", "lyftet", "lyft", "tid", "tida", "behov", "behöv"])
        #expect(family == ["matematiklyft": "matematiklyft", "matematik": "matematik", "lyftet": "lyftet", "lyft": "lyft",
                           "tid": "tid", "tida": "tida", "behov": "behov", "behöv": "behöv"])
    }

    @Test func formsMeetAcrossTheirNeighbours() {
        // "uppföljningarna" reaches "uppföljning" through "uppföljningar", the shortest representing all three.
        let family = families(["uppföljningarna", "uppföljning", "uppföljningar", "uppfölj"])
        #expect(family == ["uppföljningarna": "uppföljning", "uppföljning": "uppföljning", "uppföljningar": "uppföljning",
                           "uppfölj": "uppfölj"])
    }

    @Test func formsMeetAcrossAnotherWordSortedBetweenThem() {
        // "analysarbet" sorts between "analys" and "analyser", a misspelling "resultaetn" between
        // "result" ("resultat") and "resultat" ("resultaten"): neither keeps the forms apart.
        let family = families(["analys", "analysarbet", "analyser", "result", "resultaetn", "resultat"])
        #expect(family["analyser"] == "analys")
        #expect(family["resultat"] == "result")
        #expect(family["analysarbet"] == "analysarbet")
    }

    @Test func stemsSharingABeginningAreNotChainedThroughMisspellings() {
        // "kollegil" (a misspelt "kollegial") begins with "kolleg" ("kollegor"), but "kollegial"
        // and "kollegialt" do not, so collegial learning does not meet colleagues; "behöv" and
        // "behör" (need, qualified) share four letters and neither begins with the other.
        let family = families(["kolleg", "kollegial", "kollegialt", "kollegil", "behör", "behörig", "behöv"])
        #expect(family["kollegialt"] == "kollegial")
        #expect(family["kollegial"] != "kolleg")
        #expect(family["behöv"] == "behöv")
    }

    @Test func aMisspellingDoesNotRepresentItsFamily() {
        // A dropped letter makes the shortest form; written twice against thirty, it names nothing.
        let stems = ["förankringsarbetet", "förankringsarbeet", "kvalitetsarbet", "kvalitetsarbetet"]
        let families = StemFamilies(stems: stems, occurring: [0, 1, 2, 3], uses: [30, 2, 10, 12])
        #expect(families.representative == [0, 0, 2, 2])
    }

    @Test func termsTakeTheirRepresentative() {
        let families = StemFamilies(stems: ["nätverket", "nätverk", "tid"], occurring: [0, 1, 2])
        let terms = families.apply(TermExtractor.Terms(stems: [0, 2, 1, 7], grams: [3]))
        #expect(terms.stems == [1, 2, 1, 7])
        #expect(terms.grams == [3])
    }

    @Test func theDefiniteFormOfAnANounMeetsItsOtherForms() throws {
        // Snowball stems "skolor" and "skolorna" to "skol" but leaves "skolan" whole; "tavlan"
        // has no other form here, so nothing shows what its stem is.
        let extractor = try TermExtractor(language: .swedish, stopWords: StopWords(language: .swedish), gramLengths: 3...5,
                                          minimumGramWordLength: 4)
        let terms = ["Skolans plan", "Alla skolor", "Mål på tavlan", "Skolorna deltar"].map { extractor.terms(of: $0) }
        let pairs = extractor.definiteFormsOfANouns().map { [extractor.stems[Int($0.definite)], extractor.stems[Int($0.stem)]] }
        #expect(pairs == [["skolan", "skol"]])
        let families = StemFamilies(stems: extractor.stems, occurring: Set(terms.flatMap(\.stems)), definite: extractor.definiteFormsOfANouns())
        let representative = { (stem: String) in
            extractor.stems[Int(families.representative(of: Int32(extractor.stems.firstIndex(of: stem)!)))]
        }
        #expect(representative("skolan") == "skol")
        #expect(representative("tavlan") == "tavlan")
    }

    @Test func aSingularSnowballCutShortMeetsItsOtherForms() throws {
        // Snowball stems "rektor" to "rekt" (as if "-or" were a plural) and "rektorer",
        // "rektorerna" to "rektor"; "faktor" also stems to "fakt", but "fakta" is another word.
        let extractor = try TermExtractor(language: .swedish, stopWords: StopWords(language: .swedish), gramLengths: 3...5,
                                          minimumGramWordLength: 4)
        let terms = ["Varje rektor informerar", "Rektorerna informerar lärarna", "Fakta om skolan", "Faktorer och en faktor"]
            .map { extractor.terms(of: $0) }
        let pairs = extractor.shortenedStems().map { [extractor.stems[Int($0.short)], extractor.stems[Int($0.full)]] }
        #expect(pairs == [["rekt", "rektor"]])
        let occurring = Set(terms.flatMap(\.stems))
        let families = StemFamilies(stems: extractor.stems, occurring: occurring, shortened: extractor.shortenedStems())
        let representative = { (stem: String) in
            extractor.stems[Int(families.representative(of: Int32(extractor.stems.firstIndex(of: stem)!)))]
        }
        // The family is named by the full stem, not the short one.
        #expect(representative("rekt") == "rektor")
        #expect(representative("rektor") == "rektor")
        #expect(representative("fakt") == "fakt")
        // In English nothing is cut so.
        let english = try TermExtractor(language: .english, stopWords: StopWords(language: .english), gramLengths: 3...5,
                                        minimumGramWordLength: 4)
        _ = english.terms(of: "the motor and the motors")
        #expect(english.shortenedStems().isEmpty)
    }

    @Test func stemsOutsideTheInputAreTheirOwn() {
        let families = StemFamilies(stems: ["nätverket", "nätverk"], occurring: [0])
        #expect(families.representative == [0, 1])
    }
}
