@testable import SurveyFuzz
import SurveyForm
import SurveyResponses
import SurveyRunner
import SurveyYAML
import Testing

/// The fuzz harness itself: seeds that reach deep (valid inputs), and mutations that repeat.
struct FuzzTargetTests {
    @Test func theSeedsAreValidInputs() throws {
        let form = FuzzForm.form
        #expect(FormLoader.load(source: SourceText(path: "f.yaml", text: FuzzForm.yaml)).diagnostics == [])
        #expect(FormLoader.load(source: SourceText(path: "f.yaml", text: FuzzSeeds.conditionForm)).diagnostics == [])
        let read = ResponseReader.read(SourceText(path: "r.yaml", text: FuzzSeeds.answeredResponse), form: form)
        #expect(read.diagnostics == [])
        #expect(read.response?.orderedEntries.count == 17)
        // The hand-edited seed reads, with the warning its unknown question earns.
        let edited = ResponseReader.read(SourceText(path: "r.yaml", text: FuzzSeeds.handEditedResponse), form: form)
        #expect(!edited.hasErrors)
        #expect(edited.diagnostics.map(\.message) == ["question 'okand' is not in version 1 of form 'fuzz'; its answer is kept"])
    }

    @Test func theAnswerScriptFillsTheWholeForm() throws {
        let lines = FuzzSeeds.answerScript.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let response = FuzzTarget.fill(lines)
        let report = FillReport(response: response, form: FuzzForm.form, path: "svar/pilot/Umeå.yaml")
        #expect(report.text.hasSuffix("Allt som krävs är besvarat.\n"), "\(report.text)")
        #expect(report.status.settled == report.status.applicable)
    }

    @Test func everyTargetTakesItsSeeds() {
        for target in FuzzTarget.allCases {
            for seed in FuzzSeeds.seeds(for: target) { target.run(seed) }
        }
    }

    @Test func mutationsRepeatForTheSameSeed() {
        let corpus = FuzzSeeds.seeds(for: .form)
        var first = FuzzMutator(seed: 7)
        var second = FuzzMutator(seed: 7)
        for _ in 0..<50 {
            #expect(first.mutate(corpus[0], corpus: corpus) == second.mutate(corpus[0], corpus: corpus))
        }
        var other = FuzzMutator(seed: 8)
        var same = FuzzMutator(seed: 7)
        #expect(other.mutate(corpus[0], corpus: corpus) != same.mutate(corpus[0], corpus: corpus))
    }
}
