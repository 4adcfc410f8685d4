import Testing
@testable import SurveyCoder

struct CompoundPartsTests {
    @Test func aCompoundMeetsItsParts() {
        let stems = ["rektorsbyt", "rektor", "byt", "tidsbrist", "tid", "brist", "matematik"]
        let frequency: [Int32] = [2, 5, 6, 3, 9, 4, 8]
        let parts = CompoundParts(stems: stems, documentFrequency: frequency, occurring: (0..<7).map { Int32($0) })
        #expect(parts.parts[0] == [1, 2])
        #expect(parts.parts[3] == [4, 5])
        #expect(parts.parts[1].isEmpty)
        #expect(parts.parts[6].isEmpty)
        let terms = parts.apply(TermExtractor.Terms(stems: [0, 6], grams: []))
        #expect(terms.stems == [0, 6, 1, 2])
    }

    @Test func rarePartsDoNotSplitACommonWord() {
        // "kvalitetsarbet" is used more than its parts together justify: it stays whole.
        let stems = ["kvalitetsarbet", "kvalitet", "arbet"]
        let parts = CompoundParts(stems: stems, documentFrequency: [20, 1, 2], occurring: [0, 1, 2])
        #expect(parts.parts[0].isEmpty)
    }

    @Test func partsAreComparedAsStems() {
        // The head "erfarenhet" of "erfarenhetsutbyt" stems to "erfaren", a stem of the input.
        let stems = ["erfarenhetsutbyt", "erfaren", "utbyt"]
        let parts = CompoundParts(stems: stems, documentFrequency: [2, 6, 3], occurring: [0, 1, 2]) { word in
            word == "erfarenhet" ? "erfaren" : word
        }
        #expect(parts.parts[0] == [1, 2])
    }

    @Test func aCompoundMeetsItsFirstPartWhenTheRestIsNoWordOfTheInput() {
        // "träff" and "grupp" are never written alone; the compounds still meet "rektor".
        let stems = ["rektorsträff", "rektorsgrupp", "rektor", "kvalitetsarbet", "kvalitet", "rektorn", "skolgård", "skol"]
        let parts = CompoundParts(stems: stems, documentFrequency: [2, 3, 6, 5, 1, 2, 1, 9], occurring: (0..<8).map { Int32($0) })
        #expect(parts.parts[0] == [2])
        #expect(parts.parts[1] == [2])
        // The first part must be the commoner word, and what remains a word, not an ending.
        #expect(parts.parts[3].isEmpty)
        #expect(parts.parts[5].isEmpty)
        // A compound written once stays whole: "Skolgården har rustats upp" is no remark on schools.
        #expect(parts.parts[6].isEmpty)
    }

    @Test func aWordOfTheQuestionIsNoFirstPartAlone() {
        // Answers on "lärarnas kompetens": "lärarlyftet" does not meet every answer on teachers.
        let stems = ["lärarlyftet", "lärar", "förstelärartjänst", "förstelärar"]
        let frequency: [Int32] = [4, 30, 3, 12]
        let parts = CompoundParts(stems: stems, documentFrequency: frequency, occurring: [0, 1, 2, 3], questionStems: [1])
        #expect(parts.parts[0].isEmpty)
        #expect(parts.parts[2] == [3])
        #expect(CompoundParts(stems: stems, documentFrequency: frequency, occurring: [0, 1, 2, 3]).parts[0] == [1])
    }
}
