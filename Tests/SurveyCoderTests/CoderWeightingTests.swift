import Testing
@testable import SurveyCoder

/// How the coder weighs words on small inputs and places statements in more than one category.
struct CoderWeightingTests {
    @Test func definiteAndIndefiniteFormsAreOneKeyTerm() throws {
        let answers = TestSupport.answers([
            ("Karlstad", "Ingår i kvalitetsarbetet."), ("Umeå", "Vårt systematiska kvalitetsarbete."), ("Borås", "Ett nytt intranät."),
        ])
        let result = try Coder().code(answers, question: "lankats")
        #expect(result.summary.categories.map(\.respondents) == [["Karlstad", "Umeå"]])
        #expect(result.codebook.categories.map(\.terms) == [["kvalitetsarbet"]])
    }

    @Test func aStatementOfItsOwnWordsKeepsApart() throws {
        // Karlstad's "över tid" is about comparing results, not about lack of time.
        let answers = TestSupport.answers([
            ("Borås", "Tid för träffar."), ("Umeå", "Ont om tid för träffar."),
            ("Karlstad", "Bytet av betygssystem gör det svårt att jämföra resultaten över tid."),
        ])
        let damped = try Coder().code(answers, question: "svarigheter").summary
        #expect(damped.categories.map(\.label) == ["Tid för träffar"])
        #expect(damped.categories.map(\.respondents) == [["Borås", "Umeå"]])
    }

    @Test func topicWordsNameNoCategory() throws {
        let answers = TestSupport.answers([
            ("Borås", "Attityder, motivation, intresse och självförtroende i matematik."),
            ("Umeå", "Läxhjälp, lovskola, mattestugor och studiecirklar i matematik."),
            ("Luleå", "Nytt intranät."),
            ("Uppsala", "Artiklar på intranätet."),
        ])
        let plain = try Coder().code(answers, question: "gladjeamnen").summary
        #expect(plain.categories.map(\.label) == ["Matematik", "Intranät"])
        #expect(plain.categories.map(\.respondents) == [["Borås", "Umeå"], ["Luleå", "Uppsala"]])
        let topical = try Coder().code(answers, question: "gladjeamnen", topic: ["Matematik PISA 2015"]).summary
        #expect(topical.categories.map(\.label) == ["Intranätet"])
        #expect(topical.uncategorizedRespondents == ["Borås", "Umeå"])
    }

    @Test func theProgrammesLettersJoinCompoundsNoMoreThanItsWord() throws {
        // In the mathematics programme's report "matematik-" opens words about many things
        // (developers, Matematiklyftet, results); its n-grams weigh as little as the word.
        let texts = ["Matematikutvecklaren stöttar skolorna", "Vi deltar i Matematiklyftet", "Nytt intranät", "Läxhjälp på alla skolor"]
        let keys = texts.enumerated().map { StatementKey(respondent: String($0.offset), text: $0.element) }
        func similarity(topic: [String]) throws -> Float {
            var run = try CodingRun(options: CoderOptions(), stopWords: StopWords(language: .swedish), keys: keys, topic: topic,
                                    codebook: nil, previous: nil)
            run.weigh(progress: { _ in })
            return run.matrix.dot(row: 0, row: 1)
        }
        let plain = try similarity(topic: [])
        let topical = try similarity(topic: ["Matematik PISA 2015"])
        #expect(plain > 0.1)
        #expect(topical < plain * 2 / 3)
    }

    @Test func aLabelIsNotTheProgrammesWordAlone() throws {
        // The subject meetings are a category; "Matematik" is what members write most, and in
        // the mathematics programme's report it says nothing.
        let answers = TestSupport.answers([
            ("Borås", "Ämnesgruppen i matematik träffas."), ("Umeå", "Ämnesgruppen i matematik har diskuterat målen."),
            ("Luleå", "Lärare i matematik möts varje månad i ämnesgrupp."), ("Karlstad", "Genom ämnesansvariga i matematik."),
            ("Växjö", "I ämneslagen i matematik."), ("Örebro", "Lärarna i matematik träffas."),
            ("Uppsala", "Nytt intranät."), ("Gävle", "Artiklar på intranätet."),
        ])
        let plain = try Coder().code(answers, question: "vetskap").summary
        #expect(plain.categories.map(\.label).contains("Matematik"))
        let topical = try Coder().code(answers, question: "vetskap", topic: ["Matematik PISA 2015"]).summary
        let label = try #require(topical.categories.first { $0.respondents.contains("Borås") }?.label)
        #expect(label != "Matematik" && label.lowercased().contains("ämnesgrupp"))
    }

    @Test func aStatementNamingTwoCategoriesIsInBoth() throws {
        let codebook = Codebook(question: "lankats", categories: [
            .init(id: "matematiklyftet", label: "Matematiklyftet", examples: ["Satsningen har kopplats ihop med Matematiklyftet."]),
            .init(id: "kvalitetsarbete", label: "Systematiska kvalitetsarbetet", examples: ["Ingår i det systematiska kvalitetsarbetet."]),
        ])
        let answers = TestSupport.answers([
            ("Borås", "Satsningen hänger ihop med Matematiklyftet och vårt systematiska kvalitetsarbete."),
            ("Umeå", "Matematiklyftet pågår."),
            ("Luleå", "Den är en del av kvalitetsarbetet."),
        ])
        let result = try Coder().code(answers, question: "lankats", codebook: codebook)
        // Borås's statement is a little closer to the quality work ("vårt systematiska kvalitetsarbete").
        #expect(result.coding.statements.map(\.categories) == [["kvalitetsarbete", "matematiklyftet"], ["matematiklyftet"], ["kvalitetsarbete"]])
        // The score stays the similarity to the first category.
        #expect(result.coding.statements.map(\.score) == [0.68, 0.83, 0.83])
        #expect(result.summary.categories.map(\.respondents) == [["Borås", "Umeå"], ["Borås", "Luleå"]])

        var options = CoderOptions()
        options.furtherCategoryRatio = 2
        let single = try Coder(options: options).code(answers, question: "lankats", codebook: codebook)
        #expect(single.coding.statements.map(\.categories) == [["kvalitetsarbete"], ["matematiklyftet"], ["kvalitetsarbete"]])
    }

    @Test func staffPlacementsGetNoFurtherCategories() throws {
        let codebook = Codebook(question: "lankats", categories: [
            .init(id: "matematiklyftet", label: "Matematiklyftet", examples: ["Satsningen har kopplats ihop med Matematiklyftet."]),
            .init(id: "kvalitetsarbete", label: "Systematiska kvalitetsarbetet", examples: ["Ingår i det systematiska kvalitetsarbetet."]),
        ])
        let text = "Satsningen hänger ihop med Matematiklyftet och vårt systematiska kvalitetsarbete."
        let previous = Coding(question: "lankats", statements: [
            CodedStatement(respondent: "Borås", text: text, categories: ["kvalitetsarbete"], decidedByStaff: true),
        ])
        let answers = TestSupport.answers([("Borås", text), ("Umeå", "Matematiklyftet pågår.")])
        let result = try Coder().code(answers, question: "lankats", codebook: codebook, previous: previous)
        #expect(result.coding.statements.map(\.categories) == [["kvalitetsarbete"], ["matematiklyftet"]])
    }
}
