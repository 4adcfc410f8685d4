import Foundation
import SurveyForm
@testable import SurveyResponses
import SurveyYAML
import Testing

/// Response files edited by hand or built to break the readers: values out of range, keys that
/// do not belong to the answer's kind, errors that must decide `survey check`'s verdict.
struct HostileResponseTests {
    static let header = "form: testform\nversion: \"2.0\"\nrespondent: Umeå\nround: pilot\nanswers:\n"

    private func rendered(_ answers: String) throws -> String {
        let source = SourceText(path: "svar/pilot/Umeå.yaml", text: Self.header + answers)
        let form = try TestForm.form()
        // Both readers: the fast one must step aside for anything the tree reader reports.
        #expect(ResponseFastReader.read(source, form: form) == nil)
        return DiagnosticRenderer(sources: [source]).render(ResponseReader.read(source, form: form).diagnostics)
    }

    @Test func countsBeyondWhatCanBeTypedAreErrors() throws {
        let diagnostics = try rendered("""
          deltagare:
            answer: {politiker: 9223372036854775807, rektorer: 2147483647}
            total: 2147483647

        """)
        #expect(diagnostics == """
        svar/pilot/Umeå.yaml:7:25: error: raden 'politiker' i svaret på 'deltagare' ska vara ett heltal från 0 till 2147483646, inte '9223372036854775807'
          answer: {politiker: 9223372036854775807, rektorer: 2147483647}
                              ^
        svar/pilot/Umeå.yaml:7:56: error: raden 'rektorer' i svaret på 'deltagare' ska vara ett heltal från 0 till 2147483646, inte '2147483647'
          answer: {politiker: 9223372036854775807, rektorer: 2147483647}
                                                             ^
        svar/pilot/Umeå.yaml:8:12: error: totalen i svaret på 'deltagare' ska vara ett heltal från 0 till 2147483646, inte '2147483647'
          total: 2147483647
                 ^

        """)
    }

    @Test func theLargestCountReadsAndAddsUpWithoutOverflow() throws {
        let form = try TestForm.form()
        let text = Self.header + "  deltagare:\n    answer: {politiker: 2147483646, rektorer: 2147483646}\n    total: 4294967292\n"
        let result = ResponseReader.read(SourceText(path: "a.yaml", text: text), form: form)
        #expect(result.diagnostics == [.error("totalen i svaret på 'deltagare' ska vara ett heltal från 0 till 2147483646, inte '4294967292'",
                                              at: SourceLocation(path: "a.yaml", line: 8, column: 12))])
        let fine = Self.header + "  deltagare:\n    answer: {politiker: 2147483646, rektorer: 2147483646}\n    total: 2147483646\n"
        let read = ResponseReader.read(SourceText(path: "b.yaml", text: fine), form: form)
        #expect(read.diagnostics == [])
        #expect(read.response?["deltagare"]?.value == .countGrid(["politiker": 2147483646, "rektorer": 2147483646], total: 2147483646))
        // The rows add up past the total: a remark, not a trap.
        let location = ResponseStore.Location(round: "pilot", respondent: "Umeå", path: "b.yaml")
        let status = CompletenessChecker.status(of: read, at: location, form: form)
        #expect(status.findings.map(\.message).contains(
            "Umeå: raderna i frågan Hur många deltagare finns från varje nivå? summerar till 4294967292, men totalt antal deltagare är 2147483646."))
    }

    @Test func numbersBeyondFifteenDigitsAreErrors() throws {
        let diagnostics = try rendered("""
          antal:
            answer: 9223372036854775807

        """)
        #expect(diagnostics == """
        svar/pilot/Umeå.yaml:7:13: error: svaret på 'antal' har mer än 15 siffror före decimalkommat; inget svar får vara så stort
          answer: 9223372036854775807
                  ^

        """)
    }

    @Test func keysThatDoNotBelongToTheKindAreErrorsWithTheirPosition() throws {
        let diagnostics = try rendered("""
          antal:
            answer: 4
            other: fyra
          exempel:
            answer: ja
            total: 1
          organiserat:
            answer: Text.
            kommentar: bra

        """)
        #expect(diagnostics == """
        svar/pilot/Umeå.yaml:8:5: error: 'other' hör inte hemma i svaret på 'antal', en fråga av typen 'number'; bara svar på frågor av typen 'single-choice' och 'multiple-choice' har 'other'
          other: fyra
          ^
        svar/pilot/Umeå.yaml:11:5: error: 'total' hör inte hemma i svaret på 'exempel', en fråga av typen 'yes-no'; bara svar på frågor av typen 'count-grid' har 'total'
          total: 1
          ^
        svar/pilot/Umeå.yaml:14:5: error: okänd nyckel 'kommentar' i svaret på 'organiserat'; tillåtna nycklar: answer, empty, at, not-applicable, prefilled
          kommentar: bra
          ^

        """)
    }

    @Test func aFileWithErrorsIsNotCompleteWhateverItHolds() throws {
        let form = try TestForm.form()
        let text = ResponseReaderTests.complete.replacingOccurrences(of: "answers:\n", with: "extra: 1\nanswers:\n")
        let result = ResponseReader.read(SourceText(path: "svar/pilot/Umeå.yaml", text: text), form: form)
        let location = ResponseStore.Location(round: "pilot", respondent: "Umeå", path: "svar/pilot/Umeå.yaml")
        let status = CompletenessChecker.status(of: result, at: location, form: form)
        #expect(!status.isComplete)
        #expect(status.findings.first == CompletenessReport.Finding(
            kind: .fileErrors, severity: .missing, respondent: "Umeå", round: "pilot", questionID: nil,
            message: "Filen med Umeås svar har ett fel (se svar/pilot/Umeå.yaml:7:1) som måste rättas innan den kan fyllas i vidare.",
            location: SourceLocation(path: "svar/pilot/Umeå.yaml", line: 7, column: 1)))
        // The same file without the stray key is complete: the error alone decided the verdict.
        let clean = ResponseReader.read(SourceText(path: "svar/pilot/Umeå.yaml", text: ResponseReaderTests.complete), form: form)
        #expect(CompletenessChecker.status(of: clean, at: location, form: form).findings.filter { $0.severity == .missing }.map(\.kind) == [])
    }

    @Test func aMissingFolderOrAFileIsNotAnEmptyStore() throws {
        let folder = try TestForm.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(ResponseStore(root: folder).folderProblem() == nil)
        #expect(ResponseStore(root: folder + "/saknas").folderProblem() == .error("svarsmappen \(folder)/saknas finns inte", at: nil))
        #expect(FileManager.default.createFile(atPath: folder + "/svar.txt", contents: Data("x".utf8)))
        #expect(ResponseStore(root: folder + "/svar.txt").folderProblem() == .error("\(folder)/svar.txt är en fil, inte en svarsmapp", at: nil))
    }

    @Test func aFileTooLargeToReadBackIsNeverWritten() throws {
        let form = try TestForm.form()
        var response = Response(formID: "testform", formVersion: "2.0", respondent: "Umeå", round: "pilot")
        response["organiserat"] = AnswerEntry(value: .text(String(repeating: "å", count: 9_000_000)))
        #expect(throws: Diagnostic.error("svaren skulle göra filen större än 16 MB, mer än som kan läsas in igen; den tidigare filen är oförändrad",
                                         at: SourceLocation(path: "x.yaml", line: 1, column: 1))) {
            try ResponseStore.fileText(for: response, form: form, path: "x.yaml")
        }
    }
}
