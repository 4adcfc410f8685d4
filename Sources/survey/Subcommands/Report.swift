import ArgumentParser
import Foundation
import SurveyForm
import SurveyResponses
import SurveyTables
import SurveyYAML

extension SurveyCommand {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a draft of the annual report: rapport.html (self-contained, prints well) and rapport.md.",
            discussion: """
            Sections in the form's order; each question with its table and bar chart, a few quotes per \
            category, the answers to free text that no table counts, and what is missing as sentences \
            ("Uppsala har inte svarat på frågan.").
            """
        )

        @Argument(help: "The form.")
        var form: String

        @Argument(help: "The responses folder.")
        var responses: String

        @OptionGroup var tableOptions: TableOptions

        @Option(help: "Folder to write rapport.html and rapport.md into.")
        var out: String

        @OptionGroup var diagnosticOptions: DiagnosticOptions

        func run() throws {
            var output = DiagnosticOutput(color: diagnosticOptions.color)
            let built = try tableOptions.build(form: form, responses: responses, output: &output)
            let rounds = Set(built.responses.items.map(\.location.round).filter { !$0.isEmpty })
            let completeness = CompletenessChecker.check(form: built.form, responses: built.responses, register: built.register,
                                                         expectedRounds: rounds.isEmpty ? nil : rounds)
            let report = SurveyTables.Report.build(form: built.form, responses: built.responses, tables: built.tables,
                                                   completeness: completeness)
            let format = tableOptions.tableFormat
            let htmlPath = (out as NSString).appendingPathComponent("rapport.html")
            let markdownPath = (out as NSString).appendingPathComponent("rapport.md")
            do {
                try AtomicFile.write(ReportHTML.render(report, format: format), toPath: htmlPath)
                try AtomicFile.write(ReportMarkdown.render(report, format: format), toPath: markdownPath)
            } catch {
                output.print([error])
                throw ExitCode.failure
            }
            print(htmlPath)
            print(markdownPath)
        }
    }
}
