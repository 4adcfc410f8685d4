import Foundation
import SurveyForm
import SurveyResponses
import SurveyRunner
import SurveyYAML
import Testing

/// Finding the file to continue: none, readable (with warnings), or with errors and left alone.
struct ResponseOpenerTests {
    static func write(_ text: String) throws -> (folder: String, path: String) {
        let folder = try ResumeTests.temporaryFolder()
        let path = folder + "/Umeå.yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (folder, path)
    }

    @Test func noFileStartsAFreshResponse() throws {
        let form = try TestForms.allKinds()
        guard case .new(let response) = ResponseOpener.open(path: "/nonexistent/Umeå.yaml", form: form, respondent: "Umeå", round: "pilot") else {
            Issue.record("expected a new response")
            return
        }
        #expect(response == Response(formID: "alla-typer", formVersion: "1.0", respondent: "Umeå", round: "pilot"))
    }

    @Test func aReadableFileIsContinuedWithItsWarnings() throws {
        let form = try TestForms.allKinds()
        let (folder, path) = try Self.write("""
        form: alla-typer
        version: "0.9"
        respondent: Umea
        round: pilot
        answers:
          organiserat:
            answer: Text.
            at: 2014-01-10T09:02:11+01:00
          borttagen:
            answer: Gammalt.
        """)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard case .existing(let response, let result) = ResponseOpener.open(path: path, form: form, respondent: "Umeå", round: "pilot") else {
            Issue.record("expected an existing response")
            return
        }
        #expect(result.diagnostics.map(\.description) == [
            "\(path):2:10: warning: svaren gavs till version 0.9 av formuläret; det här är version 1.0",
            "\(path):9:3: warning: frågan 'borttagen' finns inte i version 1.0 av formuläret 'alla-typer'; svaret behålls",
        ])
        #expect(response.respondent == "Umeå")
        #expect(response["organiserat"]?.value == .text("Text."))
        #expect(response["borttagen"]?.raw != nil)
    }

    @Test(arguments: [
        ("""
        form: alla-typer
        version: "1.0"
        respondent: Umeå
        answers:
          antal-mal:
            answer: tolv
          beslutade:
            answer: [rektorer, styrelsen]
        """, [
            "6:13: error: svaret på 'antal-mal' ska vara ett tal, inte 'tolv'",
            "8:24: error: frågan 'beslutade' har inget svarsalternativ 'styrelsen'; svarsalternativen är namnd-utskott-kf-ks, rektorer, forvaltning, annat",
        ]),
        ("""
        form: alla-typer
        version: "1.0"
        respondent: Umeå
        answers:
          organiserat: [oavslutad
        """, ["6:1: error: här väntades ',' eller ']' (i listan inom hakparenteser som börjar på rad 5, kolumn 16)"]),
        ("""
        form: normallage-2016
        version: "2016"
        respondent: Umeå
        answers: {}
        """, ["1:7: error: svaren gäller formuläret 'normallage-2016', inte 'alla-typer'"]),
    ])
    func aFileWithErrorsIsNotUsed(text: String, expected: [String]) throws {
        let form = try TestForms.allKinds()
        let (folder, path) = try Self.write(text)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = try String(contentsOfFile: path, encoding: .utf8)
        guard case .unusable(let result) = ResponseOpener.open(path: path, form: form, respondent: "Umeå", round: "pilot") else {
            Issue.record("expected the file to be refused")
            return
        }
        #expect(result.diagnostics.filter(\.isError).map(\.description) == expected.map { "\(path):\($0)" })
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
    }
}
