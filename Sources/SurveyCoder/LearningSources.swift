import Foundation
import SurveyYAML

/// What `survey code --learn-from` reads: coded answers from another tool (`CodedAnswerCSV`)
/// and codings from another year or folder, each with the codebook beside it.
public struct LearningSources: Sendable {
    /// A coding and the codebook that names its categories.
    public struct CodingFile: Sendable {
        public var path: String
        public var codebook: Codebook
        public var coding: Coding
    }

    public var rows: [CodedAnswerCSV.Row] = []
    public var codings: [CodingFile] = []

    public init(rows: [CodedAnswerCSV.Row] = [], codings: [CodingFile] = []) {
        self.rows = rows
        self.codings = codings
    }

    /// The codebook beside a coding file: `Q.codebook.yaml` for `Q.coding.yaml`.
    public static func codebookPath(besideCoding path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        var name = (path as NSString).lastPathComponent
        for suffix in [".coding.yaml", ".coding.yml"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count)) + ".codebook.yaml"
        }
        return (folder as NSString).appendingPathComponent(name)
    }

    /// Reads a coding file and the codebook beside it.
    public static func loadCoding(_ path: String) throws(FileDiagnostics) -> CodingFile {
        let bookPath = codebookPath(besideCoding: path)
        guard bookPath != path, FileManager.default.fileExists(atPath: bookPath) else {
            throw FileDiagnostics([.error("en kodning att lära av behöver sin kodbok bredvid sig (\(bookPath)); "
                                          + "kodade svar från ett annat verktyg ska vara en CSV-fil",
                                          at: SourceLocation(path: path, line: 1, column: 1))])
        }
        let codebook = try Codebook.load(path: bookPath)
        return CodingFile(path: path, codebook: codebook, coding: try Coding.load(path: path, categories: Set(codebook.categoryIDs)))
    }

    /// Everything there is to learn for `question`: the staff decisions (and the coder's
    /// placements, at a lower weight) of its coding in the codes folder, the codings of that
    /// question given, and the CSV rows for it, their categories named as `codebook` names them.
    ///
    /// Without a codebook the categories come from the codings given, then from the CSV's labels.
    public func training(for question: String, codebook: Codebook?, existing: CodedQuestion?) throws(FileDiagnostics) -> TrainingSet {
        var result = existing.map { TrainingSet.from($0.coding, categories: $0.codebook.categories) } ?? TrainingSet()
        var categories = codebook?.categories ?? []
        for file in codings where file.coding.question == question {
            var set = TrainingSet.from(file.coding, categories: file.codebook.categories)
            if !categories.isEmpty { set = set.matching(categories) }
            result = result.adding(set)
            if codebook == nil { categories = result.categories }
        }
        let rows = self.rows.filter { $0.question == question }
        if !rows.isEmpty {
            result = result.adding(try TrainingSet.fromCodedAnswers(rows, question: question, categories: categories))
        }
        return result
    }
}
