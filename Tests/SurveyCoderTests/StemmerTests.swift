import Testing
@testable import SurveyCoder

struct StemmerTests {
    @Test(arguments: [
        ("matematiklyftet", "matematiklyftet"),
        ("lyftet", "lyftet"),
        ("matematiken", "matematik"),
        ("kvalitetsarbetet", "kvalitetsarbetet"),
        ("kvalitetsarbete", "kvalitetsarbet"),
        ("systematiskt", "systematisk"),
        ("systematiska", "systematisk"),
        ("kompetensutvecklingsinsatser", "kompetensutvecklingsinsats"),
        ("förankringen", "förankring"),
        ("skolorna", "skol"),
        ("satsningen", "satsning"),
        ("diskussioner", "diskussion"),
    ])
    func swedishStemsAreSnowballs(word: String, stem: String) throws {
        let stemmer = try #require(Stemmer(language: .swedish))
        #expect(stemmer.stem(word) == stem)
    }

    @Test(arguments: [("running", "run"), ("connections", "connect"), ("databases", "databas"), ("generously", "generous")])
    func englishStemsAreSnowballs(word: String, stem: String) throws {
        let stemmer = try #require(Stemmer(language: .english))
        #expect(stemmer.stem(word) == stem)
    }

    @Test func emptyWordStaysEmpty() throws {
        let stemmer = try #require(Stemmer(language: .swedish))
        #expect(stemmer.stem("") == "")
    }
}
