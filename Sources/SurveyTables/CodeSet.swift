import Foundation
public import SurveyCoder
public import SurveyForm
public import SurveyYAML

/// The codebooks and codings of a codes folder, by question id.
public struct CodeSet: Sendable {
    public struct Entry: Sendable {
        public var codebook: Codebook
        public var coding: Coding
    }

    public var entries: [String: Entry]
    public var sources: [SourceText]

    public init(entries: [String: Entry] = [:], sources: [SourceText] = []) {
        self.entries = entries
        self.sources = sources
    }

    public subscript(questionID: String) -> Entry? { entries[questionID] }

    /// Reads `QUESTION.codebook.yaml` and `QUESTION.coding.yaml` for every codable question of the form.
    ///
    /// A missing folder or file is no error here (the table says the question is not coded);
    /// files that do not read are, with their positions.
    public static func load(folder: String, form: Form) -> (CodeSet, [Diagnostic]) {
        var set = CodeSet()
        var diagnostics: [Diagnostic] = []
        let manager = FileManager.default
        for question in form.questions where question.isCodable {
            let codebookPath = (folder as NSString).appendingPathComponent("\(question.id).codebook.yaml")
            let codingPath = (folder as NSString).appendingPathComponent("\(question.id).coding.yaml")
            guard manager.fileExists(atPath: codebookPath) || manager.fileExists(atPath: codingPath) else { continue }
            do {
                let codebook = try Codebook.load(path: codebookPath)
                let coding = try Coding.load(path: codingPath, categories: Set(codebook.categoryIDs))
                set.entries[question.id] = Entry(codebook: codebook, coding: coding)
                diagnostics += CodedQuestion.questionMismatches(of: question.id, codebook: codebook, codebookPath: codebookPath,
                                                                coding: coding, codingPath: codingPath)
            } catch {
                diagnostics += error.diagnostics
            }
            for path in [codebookPath, codingPath] {
                if let source = try? SourceText.load(path: path) { set.sources.append(source) }
            }
        }
        if let files = try? manager.contentsOfDirectory(atPath: folder) {
            for file in files.sorted() where file.hasSuffix(".codebook.yaml") {
                let id = String(file.dropLast(".codebook.yaml".count))
                if form.question(withID: id) == nil {
                    diagnostics.append(.warning("kodboken för \(quoted: id) används inte: formuläret \(quoted: form.id) har ingen sådan fråga",
                                                at: SourceLocation(path: (folder as NSString).appendingPathComponent(file), line: 1, column: 1)))
                } else if form.question(withID: id)?.isCodable == false {
                    diagnostics.append(.warning("kodboken för \(quoted: id) används inte: bara textfrågor med en tabell kodas",
                                                at: SourceLocation(path: (folder as NSString).appendingPathComponent(file), line: 1, column: 1)))
                }
            }
        }
        return (set, diagnostics)
    }
}
