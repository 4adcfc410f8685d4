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

    @Test func stemsOutsideTheInputAreTheirOwn() {
        let families = StemFamilies(stems: ["nätverket", "nätverk"], occurring: [0])
        #expect(families.representative == [0, 1])
    }
}
