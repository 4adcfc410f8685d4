import Foundation
@testable import SurveyFuzz
import SurveyCoder
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
        #expect(edited.diagnostics.map(\.message) == ["frågan 'okand' finns inte i version 1 av formuläret 'fuzz'; svaret behålls"])
    }

    @Test func theCSVSeedsRead() throws {
        let answers = try AnswerCSV.read(SourceText(path: "a.csv", text: FuzzSeeds.answerCSV))
        #expect(answers.map(\.question) == ["lankats", "fråga 3"])
        #expect(answers[0].answers.map(\.text) == ["Matematiklyftet, och \"SKA\" sedan 2013", "Vi har kopplat arbetet\ntill skolplanen"])
        let excel = try AnswerCSV.read(SourceText(path: "e.csv", text: FuzzSeeds.swedishExcelCSV))
        #expect(excel.first?.answers.map(\.text) == ["Matematiklyftet", "Skolplanen; målen"])
        let coded = try CodedAnswerCSV.read(SourceText(path: "c.csv", text: FuzzSeeds.codedCSV))
        #expect(coded.map(\.labels) == [["Matematiklyftet"], ["Skolplanen", "Systematiska kvalitetsarbetet"], []])
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

    /// Found by `fuzz/run.sh all 120`: a response whose form version held a form feed read
    /// cleanly, but the header comment written with it ("# Svar på … version …") carried the
    /// form feed raw, and the saved file no longer read. The response target's property, checked here.
    @Test func aFormFeedInTheVersionIsWrittenBackReadable() throws {
        let crash = try #require(Data(base64Encoded: """
            Zm9ybTogZnV6egp2ZXJzaW9uOiAiMS0xMFQwOTowMDowMCswMTowMCF1cGRhdGVkYeKzrytyczAxLTEwVDA5OiAgdGV4dDoKICAgIGFuc3dlcjogfC0KICAgICAgS29lfXVuZ3J1cHBlbiB0csOkXGZhCXMuCiAgICAgIFZhcmplMDEtMTBUMDk6MDANCjowMGFiIgpyZXNwb25kZW50OiBVbWXDpQphbnN3ZXJzOgogICB7bGFhOiNuYU1NTU1NTU1NTU1NTUVNTU1NTU1NTU1NTU1NTU1NTW1lZH0K
            """))
        let form = FuzzForm.form
        let read = ResponseReader.read(SourceText(path: "svar/pilot/Umeå.yaml", bytes: Array(crash)), form: form)
        #expect(!read.hasErrors)
        let response = try #require(read.response)
        #expect(response.formVersion.contains("\u{0C}"))
        let text = try ResponseStore.fileText(for: response, form: form, path: "svar/pilot/Umeå.yaml")
        #expect(text.hasPrefix("# Svar på Alla frågetyper (fuzz, version 1-10T09:00:00+01:00!updateda⳯+rs01-10T09:  text: answer: |- Koe}ungruppen trä\u{240C}a\ts. Varje01-10T09:00 :00ab).\n"))
        let again = ResponseReader.read(SourceText(path: "svar/pilot/Umeå.yaml", text: text), form: form)
        #expect(again.diagnostics.filter { $0.isError } == [])
        #expect(again.response?.formVersion == response.formVersion)
        FuzzTarget.response.run(Array(crash))
    }

    /// Found by `fuzz/run.sh csv 300`: an answer holding a quote with a combining mark after it
    /// (U+065C) was written with the quote undoubled (Swift saw one character, not a quote),
    /// and the written file no longer read. The csv target's property, checked here.
    @Test func aQuoteWithACombiningMarkIsWrittenBackReadable() throws {
        let crash = try #require(Data(base64Encoded: "cmVzcG9uZGVudCxxdWVzdGlvbix0ZXh0DQpVbWXDpSxsYW5rYXRzLCJNYXRlbWF0aWtseWZ0ZVMgdG5oU3JpIiJTS0EiIiBzd3d3d3cxd3d3ZWRhbiAyMDEzIg0KTHVsZcOlLGxhbmthdHMsIlZpIGhhciBrb3BwbHNrb2xwbGFuZXRyaW5oICIiU0tBIiLZnHRlZ29yaSBzd3d3d3cxd3d3ZWRhbiAyMDEzIg0KTHVsZcOlLGxhbmthdHMsUmVrdG9yZXJuYS4NcigK"))
        let answers = try AnswerCSV.read(SourceText(path: "svar.csv", bytes: Array(crash)))
        #expect(answers.first?.answers[1].text.unicodeScalars.contains("\u{65C}") == true)
        #expect(try AnswerCSV.read(SourceText(path: "skrivet.csv", text: AnswerCSV.text(answers))) == answers)
        FuzzTarget.csv.run(Array(crash))
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
