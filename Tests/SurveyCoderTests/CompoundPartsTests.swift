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

    @Test func aCompoundMeetsALastPartThatSplitsAnotherCompound() {
        // No answer writes "chef", but "rektorsbyten" proves that "byten" ends compounds.
        let stems = ["chefsbyt", "rektorsbyt", "rektor", "byt", "studietid", "tid"]
        let frequency: [Int32] = [3, 2, 5, 6, 2, 9]
        let parts = CompoundParts(stems: stems, documentFrequency: frequency, occurring: (0..<6).map { Int32($0) })
        #expect(parts.parts[1] == [2, 3])
        #expect(parts.parts[0] == [3])
        // "tid" ends no split compound: nothing shows that "studie-tid" is one.
        #expect(parts.parts[4].isEmpty)
    }

    @Test func noLastPartAfterAnUnknownWordWithoutTheEvidence() {
        let stems = ["chefsbyt", "rektorsbyt", "rektor", "byt"]
        let all: [Int32] = [0, 1, 2, 3]
        // Written in one statement only.
        #expect(CompoundParts(stems: stems, documentFrequency: [1, 2, 5, 6], occurring: all).parts[0].isEmpty)
        // The last part is no commoner than the compound: the compound is a word of its own.
        #expect(CompoundParts(stems: stems, documentFrequency: [6, 2, 5, 6], occurring: all).parts[0].isEmpty)
        // A word of the question.
        #expect(CompoundParts(stems: stems, documentFrequency: [3, 2, 5, 6], occurring: all, questionStems: [3]).parts[0].isEmpty)
        // A light head: "lärare" follows three words in split compounds, so "förstelärare" is
        // not joined to every answer about teachers.
        let teachers = ["förstelärar", "matematiklärar", "speciallärar", "förskollärar", "matematik", "special", "förskol", "lärar"]
        let frequency: [Int32] = [8, 2, 2, 2, 9, 4, 4, 20]
        let light = CompoundParts(stems: teachers, documentFrequency: frequency, occurring: (0..<8).map { Int32($0) })
        #expect(light.parts[1] == [4, 7])
        #expect(light.parts[0].isEmpty)
        let twoWords = CompoundParts(stems: teachers, documentFrequency: frequency, occurring: [0, 1, 2, 4, 5, 7])
        #expect(twoWords.parts[0] == [7])
    }

    @Test func aLongLastPartNeedsNoOtherCompoundSplitThere() {
        // No answer writes "inspiration" or "diamant", and no compound is split at "föreläsning"
        // or "diagnos"; six letters or more are a word, not an ending. "tid" is shorter.
        let stems = ["inspirationsföreläsning", "föreläsning", "diamantdiagnos", "diagnos", "studietid", "tid"]
        let parts = CompoundParts(stems: stems, documentFrequency: [3, 8, 2, 5, 2, 9], occurring: (0..<6).map { Int32($0) })
        #expect(parts.parts[0] == [1])
        #expect(parts.parts[2] == [3])
        #expect(parts.parts[4].isEmpty)
    }

    @Test func aLongLastPartAfterThreeUnknownWordsIsLight() {
        let stems = ["inspirationsföreläsning", "gästföreläsning", "kvällsföreläsning", "föreläsning"]
        let three = CompoundParts(stems: stems, documentFrequency: [2, 2, 2, 9], occurring: [0, 1, 2, 3])
        #expect(three.parts[0].isEmpty && three.parts[1].isEmpty && three.parts[2].isEmpty)
        let two = CompoundParts(stems: stems, documentFrequency: [2, 2, 2, 9], occurring: [0, 1, 3])
        #expect(two.parts[0] == [3] && two.parts[1] == [3])
    }

    /// Parts of `stems` with shared last parts numbered after them; the parts' texts by id.
    private func partsWithLastParts(_ stems: [String], frequency: [Int32], stem: @escaping (String) -> String = { $0 },
                                    isGlossaryVariant: @escaping (String) -> Bool = { _ in false }) -> (parts: CompoundParts, added: [String]) {
        var added: [String] = []
        let parts = CompoundParts(stems: stems, documentFrequency: frequency, occurring: stems.indices.map { Int32($0) }, stem: stem,
                                  newStem: { tail in
                                      if let index = added.firstIndex(of: tail) { return Int32(stems.count + index) }
                                      added.append(tail)
                                      return Int32(stems.count + added.count - 1)
                                  }, isGlossaryVariant: isGlossaryVariant)
        return (parts, added)
    }

    @Test func compoundsMeetThroughALastPartNeverWrittenAlone() {
        // "Målen finns med i skolplanen", "Kopplat till verksamhetsplanens mål": plans both,
        // though no answer writes "plan"; what comes before it in "skolplan" is a word.
        let (parts, added) = partsWithLastParts(["skolplan", "verksamhetsplan", "skol"], frequency: [4, 3, 20])
        #expect(added == ["plan"])
        #expect(parts.parts[0] == [2, 3])
        #expect(parts.parts[1] == [3])
    }

    @Test func theLastPartStartsWhereAWordEnds() {
        // "högsta|nivån", not "högst|anivån", though "högst" is a word too ("högsta" stems to it).
        let (parts, added) = partsWithLastParts(["högstanivån", "lägstanivån", "högst", "lägst"], frequency: [2, 3, 5, 5]) { word in
            word.hasSuffix("a") ? String(word.dropLast()) : word
        }
        #expect(added == ["nivån"])
        #expect(parts.parts[0].last == 4 && parts.parts[1].last == 4)
    }

    @Test func aLightHeadJoinsNothing() {
        // "grupp" after three different words: the groups are told apart by what comes first,
        // and no longer ending ("sgrupp") stands in for it.
        let stems = ["lärgrupp", "rektorsgrupp", "kommungrupp", "ledningsgrupp", "lär", "rektor", "kommun", "ledning"]
        #expect(partsWithLastParts(stems, frequency: [4, 3, 3, 2, 9, 9, 9, 9]).added.isEmpty)
        // After two, it is a part.
        #expect(partsWithLastParts(["kommungrupp", "ledningsgrupp", "kommun", "ledning"], frequency: [3, 2, 9, 9]).added == ["grupp"])
    }

    @Test func noLastPartWhereTheEvidenceIsMissing() {
        // Written once each: "Skolgården har rustats upp", "Fritidsgården har fått längre öppettider".
        #expect(partsWithLastParts(["skolgård", "fritidsgård", "skol", "fritid"], frequency: [1, 1, 9, 4]).added.isEmpty)
        // Nothing before the shared ending is a word commoner than the compound.
        #expect(partsWithLastParts(["infoblad", "informationsblad", "information"], frequency: [3, 4, 2]).added.isEmpty)
        // An ending that makes nouns of verbs is no part ("sats-ning", "ord-ning").
        #expect(partsWithLastParts(["satsning", "ordning", "sats", "ord"], frequency: [5, 3, 9, 9]).added.isEmpty)
        // A last part the answers write alone is the frequency rule's to split off.
        #expect(partsWithLastParts(["skolprojekt", "utvecklingsprojekt", "projekt", "skol"], frequency: [3, 3, 4, 20]).added.isEmpty)
        // "Lärarlyftet" is no kind of "Matematiklyftet": the glossary reads "lyftet" as that name.
        let lyft = partsWithLastParts(["matematiklyftet", "lärarlyftet", "matematik", "lärar"], frequency: [30, 3, 40, 50],
                                      isGlossaryVariant: { $0 == "lyftet" })
        #expect(lyft.added.isEmpty)
        // Without a glossary they share it.
        #expect(partsWithLastParts(["matematiklyftet", "lärarlyftet", "matematik", "lärar"], frequency: [30, 3, 40, 50]).added == ["lyftet"])
    }
}
