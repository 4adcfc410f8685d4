import Testing
@testable import SurveyCoder

struct SwedishAgentNounTests {
    let stemmer = Stemmer(language: .swedish)!

    @Test func teachersAndLearningAreDifferentWords() {
        #expect(["lärare", "läraren", "lärarna", "lärarnas", "lärarens"].allSatisfy { stemmer.stem($0) == "lärar" })
        #expect(stemmer.stem("lärande") == "lär")
        #expect(stemmer.stem("lärandet") == "lär")
        #expect(stemmer.stem("förstelärarna") == "förstelärar")
        #expect(stemmer.stem("matematikutvecklare") == "matematikutvecklar")
        #expect(stemmer.stem("utvecklas") != stemmer.stem("utvecklare"))
    }

    @Test func pluralsAndComparativesAreLeftToSnowball() {
        // "träffarna" is the plural of "träff", "snabbare" a comparative: neither is a person.
        #expect(stemmer.stem("träffarna") == "träff")
        #expect(stemmer.stem("snabbare") == "snabb")
        #expect(Stemmer(language: .english)!.stem("teachers") == "teacher")
    }
}
