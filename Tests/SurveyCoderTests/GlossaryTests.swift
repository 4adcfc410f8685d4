import Testing
@testable import SurveyCoder
import SurveyYAML

/// The glossary: its file, its matching rules, what is learned from codebooks, and its effect on coding.
struct GlossaryTests {
    static let schoolWords = Glossary(entries: [
        .init(term: "Matematiklyftet", variants: ["ML", "Mattelyftet", "lyftet"]),
        .init(term: "systematiskt kvalitetsarbete", variants: ["SKA"]),
        .init(term: "nationella prov", variants: ["NP"]),
    ])

    func extractor(_ glossary: Glossary) throws -> TermExtractor {
        try TermExtractor(language: .swedish, stopWords: StopWords(language: .swedish), gramLengths: 3...5,
                          minimumGramWordLength: 4, glossary: glossary)
    }

    @Test func readsTheBundledShape() throws {
        let source = SourceText(path: "glossary.yaml", text: """
            glossary:
              - term: Matematiklyftet
                variants: [ML, Mattelyftet, lyftet]
              - term: nationella prov
                variants: [NP]
            """)
        let glossary = try Glossary.read(source)
        #expect(glossary.entries.map(\.term) == ["Matematiklyftet", "nationella prov"])
        #expect(glossary.entries.map(\.variants) == [["ML", "Mattelyftet", "lyftet"], ["NP"]])
        #expect(glossary.entries.first?.location == SourceLocation(path: "glossary.yaml", line: 2, column: 5))
    }

    @Test func everyProblemIsReportedWithItsPosition() throws {
        let source = SourceText(path: "g.yaml", text: """
            glossary:
              - term: Matematiklyftet
                variants: [ML, Mattelyftet]
              - term: Lyftet
                variants: [ML, två ord, Lyftet]
              - term: Tid
                variants: []
              - term: x
                varianter: [y]
            """)
        #expect(throws: FileDiagnostics.self) { try Glossary.read(source) }
        do {
            _ = try Glossary.read(source)
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "g.yaml:5:16: error: varianten 'ML' står två gånger (för 'Matematiklyftet' och 'Lyftet')",
                "g.yaml:5:20: error: varianten 'två ord' av 'Lyftet' ska vara ett ord av bokstäver och siffror; skriv varje ord som en egen variant",
                "g.yaml:5:29: error: varianten 'Lyftet' är termen 'Lyftet' själv",
                "g.yaml:7:15: error: termen 'Tid' har inga varianter; skriv de andra sätt som svaren skriver den på",
                "g.yaml:8:5: error: termen 'x' saknar den obligatoriska nyckeln 'variants'",
                "g.yaml:9:5: error: okänd nyckel 'varianter' i termen 'x'; menade du 'variants'?",
            ])
        }
    }

    @Test func aVariantThatIsAnotherTermIsAnError() throws {
        // Read one way or the other depending on the order words are replaced: one entry says it.
        let source = SourceText(path: "g.yaml", text: """
            glossary:
              - term: Matematiklyftet
                variants: [ML, Mattelyftet]
              - term: Mattelyftet
                variants: [mattelyft]
            """)
        do {
            _ = try Glossary.read(source)
            Issue.record("a variant that is another term was read")
        } catch {
            #expect(error.diagnostics == [
                .error("varianten 'Mattelyftet' av 'Matematiklyftet' är också en term i ordlistan; slå ihop posterna 'Matematiklyftet' och 'Mattelyftet' till en",
                       at: SourceLocation(path: "g.yaml", line: 3, column: 20),
                       notes: [.note("termen 'Mattelyftet' står här", at: SourceLocation(path: "g.yaml", line: 4, column: 11))]),
            ])
        }
    }

    @Test func anEmptyFileIsAnError() {
        #expect(throws: FileDiagnostics([.error("ordlistan är tom", at: SourceLocation(path: "g.yaml", line: 1, column: 1))])) {
            try Glossary.read(SourceText(path: "g.yaml", text: ""))
        }
    }

    @Test func abbreviationsMatchOnlyAsWritten() throws {
        let extractor = try extractor(Self.schoolWords)
        // "SKA" is systematic quality work; "ska" is the verb "shall" (a stop word).
        let abbreviated = extractor.terms(of: "Ingår i SKA.").stems.map { extractor.stems[Int($0)] }
        let verb = extractor.terms(of: "Vi ska göra det.").stems.map { extractor.stems[Int($0)] }
        #expect(abbreviated == ["ingår", "systematisk", "kvalitetsarbet"])
        #expect(verb == [])
    }

    @Test func variantsMatchInAnyCaseWithAGenitiveAndByLongStems() throws {
        let extractor = try extractor(Self.schoolWords)
        func stems(_ text: String) -> [String] { extractor.terms(of: text).stems.map { extractor.stems[Int($0)] } }
        let term = stems("Matematiklyftet")
        #expect(stems("ML") == term)
        #expect(stems("ML:s moduler") == term + ["modul"])
        #expect(stems("LYFTET") == term)
        #expect(stems("lyftets") == term)
        // "Mattelyftet" has a long stem, so its other forms match too …
        #expect(stems("mattelyft") == term)
        #expect(stems("Mattelyftets") == term)
        // … but "lyftet" is matched as listed only: "lyfta" (to lift) shares its short stem.
        #expect(stems("lyfta fram") == ["lyft"])
    }

    static let compoundParts = Glossary(entries: [
        .init(term: "Matematiklyftet", variants: ["Mattelyftet"]),
        .init(term: "matematik", variants: ["matte", "matte-", "-matte"]),
    ])

    @Test func partsOfCompoundsAreReadWithTheTerm() throws {
        let extractor = try extractor(Self.compoundParts)
        func stems(_ text: String) -> [String] { extractor.terms(of: text).stems.map { extractor.stems[Int($0)] } }
        // A first part keeps the rest of the word as written; a last part matches any form of the word.
        #expect(stems("Mattelärarna") == stems("matematiklärarna"))
        #expect(stems("matteundervisningen") == stems("matematikundervisningen"))
        #expect(stems("Intensivmatte") == stems("intensivmatematik"))
        #expect(stems("intensivmatten") == stems("intensivmatematik"))
        #expect(stems("matte") == ["matematik"])
        // A variant of the whole word wins over a part; the rest of a word needs three letters.
        #expect(stems("Mattelyftet") == stems("Matematiklyftet"))
        #expect(stems("matten") == ["matt"])
        // A part in the middle of a word is no first or last part.
        #expect(stems("intensivmattelärare") == ["intensivmattelärar"])
    }

    @Test func aFirstPartTakesTheLinkingLetterOfItsTerm() throws {
        let glossary = Glossary(entries: [.init(term: "information", variants: ["info-"]), .init(term: "matematik", variants: ["matte-"])])
        let extractor = try extractor(glossary)
        func stems(_ text: String) -> [String] { extractor.terms(of: text).stems.map { extractor.stems[Int($0)] } }
        // Swedish joins "information" to the next part with an "s"; "matematik" with nothing.
        #expect(stems("infoblad") == stems("informationsblad"))
        #expect(stems("mattelärare") == stems("matematiklärare"))
        #expect(GlossaryMatcher.linkingLetter(after: "utbildning", language: .swedish) == "s")
        #expect(GlossaryMatcher.linkingLetter(after: "information", language: .english) == "")
    }

    @Test func aLabelWritesTheCompoundWithTheTerm() throws {
        let answers = TestSupport.answers([
            ("Borås", "Intensivmatte på lovskolan."), ("Luleå", "Intensivmatematik för elever i åk 9."),
            ("Umeå", "Intensivmatten på sommarlovet."), ("Karlstad", "Ett nytt intranät."),
        ])
        let plain = try Coder().code(answers, question: "mal-atgarder").summary
        #expect(!plain.categories.contains { $0.respondents.count == 3 })
        let read = try Coder(glossary: Self.compoundParts).code(answers, question: "mal-atgarder").summary
        #expect(read.categories.map(\.label) == ["Intensivmatematik"])
        #expect(read.categories.map(\.respondents) == [["Borås", "Luleå", "Umeå"]])
    }

    @Test func aPartVariantsProblemsAreReportedWithTheirPositions() throws {
        let source = SourceText(path: "g.yaml", text: """
            glossary:
              - term: matematik
                variants: [matte-, -matte-, ma-, mat-te]
              - term: nationella prov
                variants: [-provet]
            """)
        do {
            let glossary = try Glossary.read(source)
            Issue.record("read \(glossary)")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "g.yaml:3:24: error: varianten '-matte-' av 'matematik' är en ordled med bindestreck i ena änden ('matte-' först i ordet, '-matte' sist), inte i båda eller mitt i",
                "g.yaml:3:33: error: ordleden 'ma-' av 'matematik' är för kort; en ordled behöver minst 3 bokstäver",
                "g.yaml:3:38: error: varianten 'mat-te' av 'matematik' är en ordled med bindestreck i ena änden ('matte-' först i ordet, '-matte' sist), inte i båda eller mitt i",
                "g.yaml:5:16: error: ordleden '-provet' kan inte läsas som 'nationella prov', som inte är ett enda ord; en ordled byts mot ett ord i det sammansatta ordet",
            ])
        }
    }

    @Test func labelsAreWrittenWithTheTerm() throws {
        let answers = TestSupport.answers([
            ("Karlstad", "ML på alla skolor."), ("Umeå", "Vi deltar i ML."), ("Borås", "Mattelyftet."), ("Luleå", "Ett nytt intranät."),
        ])
        // Without the glossary, "ML" and "Mattelyftet" are different words.
        let plain = try Coder().code(answers, question: "lankats").summary
        #expect(plain.categories.map(\.respondents) == [["Karlstad", "Umeå"]])
        let read = try Coder(glossary: Self.schoolWords).code(answers, question: "lankats").summary
        #expect(read.categories.map(\.label) == ["Matematiklyftet"])
        #expect(read.categories.map(\.respondents) == [["Karlstad", "Umeå", "Borås"]])
        // The statements keep the respondents' words.
        #expect(read.categories.first?.statements.map(\.text) == ["ML på alla skolor.", "Vi deltar i ML.", "Mattelyftet."])
    }

    @Test func variantsAreLearnedFromACodebooksTerms() {
        let codebook = Codebook(question: "lankats", categories: [
            .init(id: "matematiklyftet", label: "Matematiklyftet", terms: ["matematiklyft", "lyft", "ML", "mattelyft"]),
            .init(id: "ska", label: "Systematiska kvalitetsarbetet", terms: ["kvalitetsarbete", "SKA"]),
            .init(id: "prov", label: "Resultat på nationella prov", terms: ["NP", "resultat"]),
            // Unrelated capitals are not abbreviations of anything here.
            .init(id: "befintliga", label: "Befintliga projekt", terms: ["projekt", "IKT", "befintlig"]),
        ])
        let learned = Glossary.learned(from: [codebook])
        #expect(learned.entries.map(\.term) == ["Matematiklyftet", "Systematiska kvalitetsarbetet", "nationella prov"])
        #expect(learned.entries.map(\.variants) == [["ML", "mattelyft"], ["SKA"], ["NP"]])
        #expect(learned.entries.map(\.learnedFrom) == ["lankats/matematiklyftet", "lankats/ska", "lankats/prov"])
    }

    @Test func theFileWinsOverWhatIsLearned() {
        let file = Glossary(entries: [.init(term: "Mattelyftet", variants: ["ML"])])
        let learned = Glossary(entries: [.init(term: "Matematiklyftet", variants: ["ML", "mattelyft"])])
        let combined = file.adding(learned)
        #expect(combined.entries.map(\.term) == ["Mattelyftet", "Matematiklyftet"])
        #expect(combined.entries.map(\.variants) == [["ML"], ["mattelyft"]])
    }

    @Test func theBundledPilotCodebooksTeachMatematiklyftet() throws {
        let codebook = try Codebook.load(path: TestSupport.fixturePath("lankats.codebook.yaml"))
        let learned = Glossary.learned(from: [codebook])
        #expect(learned.entries.first { $0.term == "Matematiklyftet" }?.variants == ["ML", "mattelyft"])
    }
}
