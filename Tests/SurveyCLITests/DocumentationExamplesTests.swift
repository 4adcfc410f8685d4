import Foundation
import Testing

/// Every YAML example in docs/ (and README.md) is valid: forms, registers and glossaries lint clean,
/// fragments of a form lint clean inside a minimal form, the response file reads against the
/// year-2 form and the codebook and coding read as codes, all without a single finding.
struct DocumentationExamplesTests {
    typealias Support = FillTestSupport

    struct Example: CustomTestStringConvertible, Sendable {
        var file: String
        var line: Int
        var text: String
        var testDescription: String { "\(file):\(line)" }
    }

    /// The ```yaml blocks of every Markdown file in docs/ and of README.md, with where they start.
    static let examples: [Example] = {
        let docs = Support.repository.appendingPathComponent("docs")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        let files = names.map { "docs/" + $0 } + ["README.md"]
        var found: [Example] = []
        for file in files {
            guard let text = try? String(contentsOf: Support.repository.appendingPathComponent(file), encoding: .utf8) else { continue }
            var block: [String]?
            var start = 0
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if block == nil, line == "```yaml" {
                    block = []
                    start = index + 2
                } else if block != nil, line == "```" {
                    found.append(Example(file: file, line: start, text: block!.joined(separator: "\n") + "\n"))
                    block = nil
                } else if block != nil {
                    block!.append(String(line))
                }
            }
        }
        return found
    }()

    @Test func theExamplesAreFound() {
        // The extraction itself works: the pages known to hold examples give them all.
        #expect(Set(Self.examples.map(\.file)).isSuperset(of: ["docs/coding-format.md", "docs/form-format.md",
                                                               "docs/register-format.md", "docs/response-format.md"]))
        #expect(Self.examples.count >= 8)
    }

    /// Lines without their common indentation.
    private static func dedented(_ text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indent = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { $0.count >= indent ? String($0.dropFirst(indent)) : $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func indented(_ lines: [String], by spaces: Int) -> String {
        lines.map { $0.isEmpty ? "" : String(repeating: " ", count: spaces) + $0 }.joined(separator: "\n") + "\n"
    }

    /// A fragment of questions (or of one question's keys) inside the smallest form around it.
    private static func form(around lines: [String], asQuestionKeys: Bool) -> String {
        var form = "form: exempel\ntitle: Exempel\nversion: \"1\"\nlanguage: sv\nsections:\n  - id: exempel\n    title: Exempel\n    questions:\n"
        if asQuestionKeys {
            form += "      - id: exempel\n        text: Vad är exemplet?\n        kind: text\n" + indented(lines, by: 8)
        } else {
            form += indented(lines, by: 6)
        }
        return form
    }

    @Test(arguments: examples)
    func exampleIsValid(example: Example) throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lines = Self.dedented(example.text)
        let first = lines.first { !$0.isEmpty } ?? ""
        let result: FillTestSupport.Finished
        if first.hasPrefix("register:") || first.hasPrefix("glossary:") || (first.hasPrefix("form:") && example.text.contains("\nsections:")) {
            try example.text.write(toFile: folder + "/exempel.yaml", atomically: true, encoding: .utf8)
            result = try Support.run(["lint", "exempel.yaml"], input: "", in: folder)
            #expect(result.status == 0, "\(example.testDescription)")
        } else if first.hasPrefix("- ") || first.hasPrefix("table:") {
            try Self.form(around: lines, asQuestionKeys: first.hasPrefix("table:")).write(toFile: folder + "/exempel.yaml", atomically: true, encoding: .utf8)
            result = try Support.run(["lint", "exempel.yaml"], input: "", in: folder)
            #expect(result.status == 0, "\(example.testDescription)")
        } else if first.hasPrefix("form:"), example.text.contains("\nanswers:") {
            try FileManager.default.createDirectory(atPath: folder + "/svar/pilot", withIntermediateDirectories: true)
            try example.text.write(toFile: folder + "/svar/pilot/Umeå.yaml", atomically: true, encoding: .utf8)
            result = try Support.run(["check", Support.annualReport, "svar"], input: "", in: folder)
            #expect(result.status == 1, "\(example.testDescription): the example answers only some questions")
        } else if first.hasPrefix("form:"), example.text.contains("\ninvitations:") {
            // An invitations file: `survey invite` reads it (and would refuse a broken one) before
            // it issues links to the rest of the round.
            try FileManager.default.createDirectory(atPath: folder + "/svar/pilot", withIntermediateDirectories: true)
            try (lines.joined(separator: "\n") + "\n").write(toFile: folder + "/svar/pilot/.invitations.yaml", atomically: true, encoding: .utf8)
            let register = Support.repository.appendingPathComponent("forms/register-pisa-2015.yaml").path
            let invite = try Support.run(["invite", Support.annualReport, "--register", register, "--round", "pilot", "--responses", "svar",
                                          "--out", "lankar.csv"], input: "", in: folder)
            #expect(invite.status == 0, "\(example.testDescription)")
            #expect(invite.stderr.hasPrefix("Umeå har redan en länk (utfärdad 2014-01-08T10:00:00+01:00); --reissue Umeå ger en ny.\nBorås har en stängd länk; --reissue Borås ger en ny.\n"),
                    "\(example.testDescription)")
            return
        } else if first.hasPrefix("question:") {
            // Codebooks and codings are read when tables are built from them; a codebook needs
            // its coding, so the examples of the same page go in together.
            try FileManager.default.createDirectory(atPath: folder + "/koder", withIntermediateDirectories: true)
            for code in Self.examples where code.file == example.file && code.text.hasPrefix("question:") {
                let kind = code.text.contains("\nstatements:") ? "coding" : "codebook"
                try code.text.write(toFile: folder + "/koder/lankats.\(kind).yaml", atomically: true, encoding: .utf8)
            }
            let responses = Support.repository.appendingPathComponent("responses").path
            let tables = try Support.run(["tables", Support.annualReport, responses, "--codes", "koder", "--table", "3"], input: "", in: folder)
            // Other tables are not coded in this folder: those warnings are not about the example.
            let about = tables.stderr.split(separator: "\n").filter { $0.contains("lankats") || $0.contains("koder/") }
            #expect(about == [], "\(example.testDescription)")
            #expect(tables.status == 0, "\(example.testDescription)")
            return
        } else {
            Issue.record("\(example.testDescription): an example of a kind this test does not know; teach it")
            return
        }
        #expect(result.stderr == "", "\(example.testDescription)")
    }
}
