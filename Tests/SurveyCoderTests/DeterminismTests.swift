import Testing
@testable import SurveyCoder

struct DeterminismTests {
    /// Enough generated statements to take the large-input path (LSA and k-means on two cores).
    static func manyAnswers() -> [Answer] {
        let topics = [
            ["Matematiklyftet pågår", "Vi deltar i matematiklyftet", "Lärarna går matematiklyftet"],
            ["Tid för träffar saknas", "Svårt att hitta tid", "Tidsbrist i arbetslagen"],
            ["Förstelärare leder arbetet", "Förstelärarna stöttar kollegorna", "Vi har tillsatt förstelärare"],
            ["Kollegialt lärande i lärgrupper", "Lärgrupperna träffas varje vecka", "Det kollegiala lärandet växer"],
        ]
        var random = SeededGenerator(seed: 99)
        return (0..<200).map { index in
            let topic = topics[Int(random.next() % 4)]
            let other = topics[Int(random.next() % 4)]
            return Answer(respondent: "R\(index)", text: "- \(topic[Int(random.next() % 3)]) på skola \(index % 37)\n- \(other[Int(random.next() % 3)])")
        }
    }

    @Test func sameInputGivesTheSameOutputSmall() throws {
        let answers = try TestSupport.lankatsAnswers()
        let first = try Coder().code(answers, question: "lankats")
        let second = try Coder().code(answers, question: "lankats")
        #expect(first == second)
        #expect(try first.codebook.yaml() == second.codebook.yaml())
    }

    @Test func sameInputGivesTheSameOutputLarge() throws {
        let answers = Self.manyAnswers()
        var options = CoderOptions()
        options.smallInputLimit = 100
        let first = try Coder(options: options).code(answers, question: "q")
        let second = try Coder(options: options).code(answers, question: "q")
        #expect(first.coding.statements.count == 400)
        #expect(first == second)
        #expect(first.summary.json() == second.summary.json())
        #expect((2...8).contains(first.codebook.categories.count))
    }

    @Test func aDifferentSeedMayDifferButStaysValid() throws {
        var options = CoderOptions(seed: 7)
        options.smallInputLimit = 100
        let result = try Coder(options: options).code(Self.manyAnswers(), question: "q")
        let ids = Set(result.codebook.categoryIDs)
        #expect(result.coding.statements.allSatisfy { $0.categories.allSatisfy(ids.contains) })
    }
}
