import Foundation
import SurveyForm
import SurveyYAML
import Testing

/// The forms shipped in forms/ must lint clean, and the report's own wordings must not.
struct BundledFormsTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        repository.appendingPathComponent(relative).path
    }

    @Test(arguments: ["forms/arsrapport-ar2.yaml", "forms/normallage-2016.yaml"])
    func bundledFormsLintClean(file: String) throws {
        let result = FormLinter.lint(path: Self.path(file))
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.validForm != nil)
    }

    @Test func registerLoadsClean() throws {
        let result = RegisterLoader.load(path: Self.path("forms/register-pisa-2015.yaml"))
        #expect(result.diagnostics.map(\.description) == [])
        let register = try #require(result.validRegister)
        #expect(register.round(withID: "pilot")?.municipalities.sorted() == ["Borås", "Karlstad", "Landskrona", "Luleå", "Sollentuna", "Umeå", "Uppsala"])
        #expect(register.rounds.count == 3)
        #expect(register.rounds.dropFirst().allSatisfy { $0.networks.count == 6 })
    }

    @Test func annualReportMirrorsTheReport() throws {
        let form = try #require(FormLoader.load(path: Self.path("forms/arsrapport-ar2.yaml")).validForm)
        #expect(form.sections.count == 4)
        // Every published table 1–21 is fed by exactly one question.
        let numbers = form.tabulatedQuestions.compactMap(\.table?.number).sorted()
        #expect(numbers == Array(1...21))
        // The six theses, three questions each.
        #expect(form.questions.filter { $0.repetition?.blockID == "satser" }.count == 18)
        // The report's compound questions are split, their wording kept in `from`.
        let origins = Set(form.splitGroups.map(\.originalText))
        #expect(origins.contains("Hur och när har alla lärare som undervisar i matematik fått vetskap om målen?"))
        #expect(origins.contains("Hur kommer de olika nivåerna att vara involverade i det fortsatta arbetet, vilka aktiviteter kommer att genomföras?"))
        #expect(origins.contains("Vilka svårigheter, glädjeämnen etc har identifierats?"))
        #expect(origins.contains("Vilka befattningshavare ingår i styrgrupp, kommungrupp samt nätverken?"))
    }

    /// The compound questions the report names (and the two lists it treats alike) are flagged as
    /// written; other `from:` wordings record a question reshaped into two kinds, which is no fault.
    @Test(arguments: [
        "Hur och när har alla lärare som undervisar i matematik fått vetskap om målen?",
        "Hur kommer de olika nivåerna att vara involverade i det fortsatta arbetet, vilka aktiviteter kommer att genomföras?",
        "Vilka svårigheter, glädjeämnen etc har identifierats?",
        "Vilka befattningshavare ingår i styrgrupp, kommungrupp samt nätverken?",
    ])
    func reportCompoundWordingsAreFlagged(original: String) throws {
        let form = try #require(FormLoader.load(path: Self.path("forms/arsrapport-ar2.yaml")).validForm)
        #expect(form.splitGroups.contains { $0.originalText == original })
        #expect(!DoubleBarrelDetector.findings(in: original).isEmpty)
    }
}
