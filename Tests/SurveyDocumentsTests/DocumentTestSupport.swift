import Foundation
import SurveyDocuments
import SurveyForm
import SurveyResponses
import SurveyTables
import Testing

/// The bundled pilot report and the programs the document tests read their results with.
enum DocumentTestSupport {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func bundledReport() throws -> Report {
        let form = try #require(FormLoader.load(path: repository.appendingPathComponent("forms/arsrapport-ar2.yaml").path).validForm)
        let register = RegisterLoader.load(path: repository.appendingPathComponent("forms/register-pisa-2015.yaml").path).validRegister
        let responses = repository.appendingPathComponent("responses").path
        let set = ResponseSet.load(from: ResponseStore(root: responses), form: form)
        let (codes, _) = CodeSet.load(folder: responses + "/codes", form: form)
        let tables = TableBuilder(form: form, responses: set, codes: codes, register: register).tables().tables
        let completeness = CompletenessChecker.check(form: form, responses: set, register: register, expectedRounds: ["pilot"])
        return Report.build(form: form, responses: set, tables: tables, completeness: completeness)
    }

    /// A Debian program the test needs; `.ci/run` installs its package.
    static func program(_ name: String, package: String) throws -> String {
        let path = try #require(["/usr/bin/", "/usr/local/bin/", "/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) },
                                "\(name) is missing; install Debian's \(package) (.ci/run does)")
        return path
    }

    /// Runs a program and returns its stdout; a non-zero exit fails the test.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in folder: String) throws -> String {
        let program = ExternalProgram(name: (executable as NSString).lastPathComponent, path: executable)
        do {
            return try program.run(arguments, in: folder, timeout: 300)
        } catch {
            Issue.record("\(executable) \(arguments.joined(separator: " ")): \(error)")
            throw error
        }
    }

    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("documents-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// `pdfinfo`'s "Pages:" and "Page size:" lines.
    static func info(_ pdf: String, in folder: String) throws -> (pages: Int, size: String) {
        let text = try run(try program("pdfinfo", package: "poppler-utils"), [pdf], in: folder)
        var pages = 0
        var size = ""
        for line in text.split(separator: "\n") {
            if line.hasPrefix("Pages:") { pages = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0 }
            if line.hasPrefix("Page size:") { size = line.dropFirst(10).trimmingCharacters(in: .whitespaces) }
        }
        return (pages, size)
    }

    /// The width and height a PNG file's header gives.
    static func pngSize(_ path: String) throws -> (width: Int, height: Int) {
        let png = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(png.starts(with: Data([0x89, 0x50, 0x4E, 0x47])))
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        return (width, height)
    }

    /// Every heading of the report, as its text; `withTheirLines`, also the lines printed under
    /// a question's heading before its content (where a split question came from, how many
    /// answered), which belong with the heading as much as it does with what follows.
    static func headings(_ report: Report, withTheirLines: Bool = false) -> [String] {
        var headings = ["Innehåll", "Sammanfattning", Report.appendixTitle]
        for section in report.sections {
            headings.append(section.heading)
            for block in section.blocks {
                switch block {
                case .heading(_, let text): headings.append(text)
                case .question(let question):
                    headings.append(question.text)
                    guard withTheirLines else { continue }
                    if let original = question.originalQuestion { headings.append("Delfråga av: ”\(original)”") }
                    // A question nobody answered ends with this line; it is content then.
                    if let line = question.answeredLine, !question.answers.isEmpty { headings.append(line) }
                }
            }
        }
        return headings + report.appendix.parts.map(\.heading)
    }

    static func normalized(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
