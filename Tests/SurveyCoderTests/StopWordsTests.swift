import Testing
@testable import SurveyCoder

struct StopWordsTests {
    @Test func snowballSwedishListIsComplete() throws {
        let list = try StopWords.snowball(.swedish)
        #expect(list.words.count == 114)
        #expect(list.contains("och"))
        #expect(list.contains("vilkas"))
        #expect(list.contains("så"))
        #expect(!list.contains("även"))
    }

    @Test func snowballEnglishListIsComplete() throws {
        let list = try StopWords.snowball(.english)
        #expect(list.words.count == 174)
        #expect(list.contains("the"))
        #expect(list.contains("mustn't"))
        #expect(!list.contains("will"))
    }

    @Test func projectAdditionsJoinTheSwedishList() throws {
        let list = try StopWords(language: .swedish)
        #expect(list.contains("även"))
        #expect(list.contains("redan"))
        #expect(list.contains("och"))
        #expect(!list.contains("matematik"))
    }

    @Test func fixedExpressionsAreMarkedWhereTheirWordsStandTogether() throws {
        let list = try StopWords(language: .swedish)
        let tokens = Tokenizer(language: .swedish, minimumLength: 1).tokens(in: "Svårt att jämföra resultaten över tid, i samband med att vi saknar tid")
        let marked = list.inPhrase(tokens)
        #expect(zip(tokens, marked).filter(\.1).map(\.0) == ["över", "tid", "i", "samband", "med"])
        // The longest expression first: "på längre sikt" whole, not "på" left over.
        let longer = ["vi", "ser", "det", "på", "längre", "sikt"]
        #expect(list.inPhrase(longer) == [false, false, false, true, true, true])
        #expect(StopWords(words: []).inPhrase(tokens).allSatisfy { !$0 })
    }

    @Test func parsesSnowballFormat() {
        let text = """
         | a comment line
        och            | and
           | indented comment
        det            | it
        |commented-out
        """
        #expect(StopWords.parse(text) == ["och", "det"])
    }
}
