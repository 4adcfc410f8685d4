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

    @Test func writtenWordsMarkSuspendedCompoundPartsAndPhraseBreaks() {
        let words = Tokenizer(language: .swedish).writtenWords(in: "Rutiner på individ-, grupp- och skolnivå; PISA-arbetet (åk 9), Tid -hitta tid")
        #expect(words.map(\.token) == ["Rutiner", "på", "individ", "grupp", "och", "skolnivå", "PISA", "arbetet", "åk", "Tid", "hitta", "tid"])
        // "individ-," and "grupp- och" are first parts of compounds; "PISA-arbetet" is one word
        // written with a hyphen, and "Tid -hitta" a dash.
        #expect(words.map(\.suspension) == [nil, nil, "-,", "-", nil, nil, nil, nil, nil, nil, nil, nil])
        // The semicolon, the bracket and the comma after "(åk 9)" part phrases; a suspended part's comma does not.
        #expect(words.map(\.endsPhrase) == [false, false, false, false, false, true, false, true, true, false, false, false])
        // Nine in "(åk 9)" is one letter: dropped like every one-letter token.
        #expect(Tokenizer(language: .swedish).writtenWords(in: "Lärare i matematik- eller NO-ämnen").map(\.suspension) == [nil, "-", nil, nil, nil])
    }
}
