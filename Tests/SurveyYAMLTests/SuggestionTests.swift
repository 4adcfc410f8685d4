import SurveyYAML
import Testing

struct SuggestionTests {
    @Test(arguments: [
        ("requred", "required"),
        ("singel-choice", "single-choice"),
        ("txt", "text"),
        ("choises", "choices"),
        ("qeustions", "questions"),
    ])
    func suggestsTheIntendedWord(typo: String, intended: String) {
        let candidates = ["required", "single-choice", "text", "choices", "questions", "kind", "help"]
        #expect(Suggestion.closest(to: typo, in: candidates) == intended)
    }

    @Test func staysQuietWhenNothingIsClose() {
        #expect(Suggestion.closest(to: "colour", in: ["required", "kind"]) == nil)
    }

    @Test func transpositionCountsOnce() {
        #expect(Suggestion.editDistance(Array("ab"), Array("ba")) == 1)
        #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
    }

    @Test func aHugeWordIsComparedWithNothing() {
        // A 5 MB `kind:` once took 13 s here; candidates of another length cannot be close.
        let huge = String(repeating: "x", count: 5_000_000)
        #expect(Suggestion.closest(to: huge, in: ["text", "yes-no", "count-grid"]) == nil)
        #expect(Suggestion.closest(to: "yes-noo", in: ["text", "yes-no", String(repeating: "y", count: 1_000_000)]) == "yes-no")
    }
}
