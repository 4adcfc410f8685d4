import Foundation
import SurveyForm
import SurveyResponses
import SurveyRunner
import SurveyYAML
import Testing

/// What a respondent (or a script) can throw at a fill session: answers of megabytes, counts
/// beyond any real one, a disk that fails half-way.
struct HostileInputTests {
    static let tooLong = "Svaret är för långt (10 001 tecken); ett svar får vara högst 10 000 tecken. Korta det och skriv det igen."

    @Test func everyParserRefusesAnAnswerLongerThanTheLimit() throws {
        let form = try TestForms.allKinds()
        let limit = String(repeating: "å", count: AnswerLimits.maximumCharacters)
        let over = limit + "x"
        #expect(AnswerParser.parseText(limit, maxLength: nil) == .success(.text(limit)))
        #expect(AnswerParser.parseText(over, maxLength: nil) == .failure(InputProblem(Self.tooLong)))
        // Blank lines around it do not count; what would be saved does.
        #expect(AnswerParser.parseText("\n\n" + limit + "\n\n", maxLength: nil) == .success(.text(limit)))
        for question in form.questions {
            switch question.kind {
            case .countGrid, .checkGrid: continue
            default: #expect(AnswerParser.parseLine(over, for: question.kind) == .failure(InputProblem(Self.tooLong)), "\(question.id)")
            }
        }
        #expect(AnswerParser.parseCount(over) == .failure(InputProblem(Self.tooLong)))
        #expect(AnswerParser.parseCheckRow(over, columns: [Choice(id: "a", label: "A")]) == .failure(InputProblem(Self.tooLong)))
        // The text after "Annat:" is part of the line, so it is bounded too.
        let beslutade = try TestForms.question("beslutade", in: form)
        #expect(AnswerParser.parseLine("Annat: " + String(repeating: "x", count: 9_993), for: beslutade.kind).isSuccess)
        #expect(AnswerParser.parseLine("Annat: " + String(repeating: "x", count: 9_994), for: beslutade.kind)
            == .failure(InputProblem("Svaret är för långt (10 001 tecken); ett svar får vara högst 10 000 tecken. Korta det och skriv det igen.")))
    }

    @Test func countsAreBoundedAsFilesAre() {
        #expect(AnswerParser.parseCount("2147483646") == .success(CountGridSpec.maximumCount))
        #expect(AnswerParser.parseCount("2147483647") == .failure(InputProblem("Antalet är för stort; högst 2 147 483 646 går att skriva.")))
        #expect(AnswerParser.parseCount("9223372036854775807") == .failure(InputProblem("Antalet är för stort; högst 2 147 483 646 går att skriva.")))
    }

    /// Numbers have at most 15 digits before the decimal point, typed as in files: beyond that
    /// they would no longer print as the digits given ("1e+20 mål").
    @Test func numbersAreBoundedAsFilesAre() {
        let spec = NumberSpec()
        #expect(AnswerParser.parseNumber("999 999 999 999 999", spec: spec) == .success(.number(999_999_999_999_999)))
        #expect(AnswerParser.parseNumber("-999999999999999,5", spec: spec) == .success(.number(-999_999_999_999_999.5)))
        let tooLarge = InputProblem("Talet är för stort; ett svar får ha högst 15 siffror före decimalkommat.")
        #expect(AnswerParser.parseNumber("1 000 000 000 000 000", spec: spec) == .failure(tooLarge))
        #expect(AnswerParser.parseNumber("-99999999999999999999", spec: spec) == .failure(tooLarge))
        #expect(AnswerParser.parseNumber("9223372036854775807", spec: spec) == .failure(tooLarge))
    }

    @Test func aLongTextAnswerIsRefusedAndNothingIsSaved() throws {
        let lines = Array(repeating: String(repeating: "x", count: 99), count: 101)
        let run = SessionHarness(form: try TestForms.allKinds()).run(lines + [".", ":quit"])
        #expect(run.transcript.contains(
            "> .\nSvaret är för långt (10 099 tecken); ett svar får vara högst 10 000 tecken. Korta det och skriv det igen.\n"))
        #expect(run.saves.isEmpty)
    }

    @Test func afterAFailedSaveTheSessionHoldsWhatTheFileHolds() throws {
        let form = try TestForms.allKinds()
        let harness = SessionHarness(form: form)
        harness.saver.failure = .error("filen kan inte sparas: disken är full; den tidigare filen är oförändrad", at: nil)
        harness.saver.failsAfter = 1
        let run = harness.run(["Text.", ".", "Anna"])
        #expect(run.saves.count == 1)
        #expect(run.response.orderedEntries.map(\.questionID) == ["organiserat"])
        #expect(run.response == run.saves[0])
        // So the closing summary counts one answer, as the file holds one.
        let report = FillReport(response: run.response, form: form, path: "svar/pilot/Umeå.yaml")
        #expect(report.status.settled == 1)
    }
}

extension Result {
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}
