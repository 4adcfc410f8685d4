import Foundation
@testable import SurveyCoder
import SurveyYAML

/// Fixtures and small helpers shared by the coder's tests.
enum TestSupport {
    static func fixturePath(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)?.path ?? "Fixtures/\(name)"
    }

    /// The seven pilot municipalities' answers to "lankats" (Tabell 3 in the year-2 report).
    static func lankatsAnswers() throws -> [Answer] {
        let questions = try AnswerCSV.load(path: fixturePath("lankats.csv"))
        return questions.first?.answers ?? []
    }

    /// A file of the repository (the bundled forms and answers), by its path from the root.
    static func repositoryPath(_ path: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(path).path
    }

    static func answers(_ pairs: [(String, String)]) -> [Answer] {
        pairs.map { Answer(respondent: $0.0, text: $0.1) }
    }
}
