import Testing
@testable import SurveyCoder

struct TokenizerTests {
    @Test func lowerCasesAndKeepsSwedishLetters() {
        let tokenizer = Tokenizer(language: .swedish)
        #expect(tokenizer.tokens(in: "Förankringen i ÅRSKURS 9 är svår!") == ["förankringen", "årskurs", "är", "svår"])
    }

    @Test func composesDecomposedLetters() {
        let decomposed = "a\u{030A}rskurs"  // "a" + combining ring above
        #expect(Tokenizer(language: .swedish).tokens(in: decomposed) == ["årskurs"])
        #expect(Tokenizer.normalize("A\u{0308}ven") == "även")
    }

    @Test func splitsAtPunctuationHyphensAndColons() {
        #expect(Tokenizer(language: .swedish).tokens(in: "PISA-satsningen, SKL:s modell (2015)") == ["pisa", "satsningen", "skl", "modell", "2015"])
    }

    @Test func keepsApostrophesInsideEnglishWords() {
        #expect(Tokenizer(language: .english).tokens(in: "Don't parse the user's input'") == ["don't", "parse", "the", "user's", "input"])
        #expect(Tokenizer(language: .swedish).tokens(in: "don't") == ["don"])
    }

    @Test func writtenTokensKeepCase() {
        #expect(Tokenizer(language: .swedish).writtenTokens(in: "Skolverkets Matematiklyft.") == ["Skolverkets", "Matematiklyft"])
    }
}
