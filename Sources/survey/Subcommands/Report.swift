import ArgumentParser
import Foundation
import SurveyDocuments
import SurveyForm
import SurveyResponses
import SurveyTables
import SurveyYAML

extension SurveyCommand {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a draft of the annual report: rapport.html and rapport.md, and with --pdf and --docx an A4 PDF and a Word file.",
            discussion: """
            A title page and a table of contents; a summary of the strongest findings of each section; \
            the form's sections in order, each question with its table and bar chart, sentences that \
            say what the table shows ("Sex av sju kommuner nämner ”Matematiklyftet”."; with --previous, \
            the change since last year), a few quotes per category (whole sentences, the most typical \
            first) and the answers to free text that no table counts. What is missing goes to the \
            appendix "Bortfall och kompletteringar", not into the text. Tables the form marks \
            `publish: false` are given in sentences only.

            --pdf prints the HTML with headless Chromium (Debian's chromium, found on PATH, or \
            --chromium PATH) and reads the pages of the headings with pdftotext (poppler-utils) for the \
            table of contents. --docx converts the report with pandoc (and the charts with rsvg-convert \
            from librsvg2-bin) into a Word file with Word's heading styles, real tables, the charts as \
            pictures and the quotes as quotations. When a program is missing, the HTML and Markdown are \
            still written, and the message says how to install it.
            Exit status: 0 when everything asked for is written, 1 when a program is missing or a \
            response file has errors (the report is written without what cannot be read in it), 2 when \
            the form, the register or the responses folder cannot be read.
            """
        )

        @Argument(help: "The form.")
        var form: String

        @Argument(help: "The responses folder.")
        var responses: String

        @OptionGroup var tableOptions: TableOptions

        @Option(help: "Folder to write rapport.html and rapport.md (and rapport.pdf, rapport.docx) into.")
        var out: String

        @Flag(name: .customLong("no-findings"), help: "Leave out the generated sentences under the tables and in the summary.")
        var noFindings = false

        @Flag(help: "Also write rapport.pdf: A4, printed by headless Chromium.")
        var pdf = false

        @Option(help: ArgumentHelp("The Chromium program for --pdf (default: chromium on PATH).", valueName: "path"))
        var chromium: String?

        @Flag(help: "Also write rapport.docx for Word or LibreOffice, made by pandoc.")
        var docx = false

        @Option(help: ArgumentHelp("The pandoc program for --docx (default: pandoc on PATH).", valueName: "path"))
        var pandoc: String?

        @OptionGroup var diagnosticOptions: DiagnosticOptions

        func run() throws {
            var output = DiagnosticOutput(color: diagnosticOptions.color)
            defer { output.finish() }
            let built = try tableOptions.build(form: form, responses: responses, output: &output)
            let rounds = Set(built.responses.items.map(\.location.round).filter { !$0.isEmpty })
            let completeness = CompletenessChecker.check(form: built.form, responses: built.responses, register: built.register,
                                                         expectedRounds: rounds.isEmpty ? nil : rounds)
            let format = tableOptions.tableFormat
            let report = SurveyTables.Report.build(form: built.form, responses: built.responses, tables: built.tables,
                                                   completeness: completeness, options: .init(findings: !noFindings), format: format)
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

            var failed = false
            if pdf {
                let path = (out as NSString).appendingPathComponent("rapport.pdf")
                failed = !write(path, output: &output) { () throws(DocumentError) -> [UInt8] in
                    let chromium = try ExternalProgram.find(.chromium, given: chromium)
                    let pdftotext = try? ExternalProgram.find(.pdftotext)
                    let (bytes, warnings) = try PDFPrinter(chromium: chromium, pdftotext: pdftotext).print(report, format: format)
                    for warning in warnings { StandardError.write(warning + "\n") }
                    return bytes
                } || failed
            }
            if docx {
                let path = (out as NSString).appendingPathComponent("rapport.docx")
                failed = !write(path, output: &output) { () throws(DocumentError) -> [UInt8] in
                    let writer = WordWriter(pandoc: try ExternalProgram.find(.pandoc, given: pandoc),
                                            rsvgConvert: try ExternalProgram.find(.rsvgConvert))
                    return try writer.write(report, format: format)
                } || failed
            }
            output.finish()
            try built.filesWithErrors.fail(countedIn: "rapporten")
            if failed { throw ExitCode.failure }
        }

        /// Makes one document and saves it; on failure says why, and that the HTML and Markdown are written.
        private func write(_ path: String, output: inout DiagnosticOutput, _ make: () throws(DocumentError) -> [UInt8]) -> Bool {
            let name = (path as NSString).lastPathComponent
            do {
                try AtomicFile.write(bytes: try make(), toPath: path)
            } catch let error as DocumentError {
                StandardError.write("Kan inte skriva \(name): \(error.description)\nrapport.html och rapport.md är skrivna i \(out).\n")
                return false
            } catch let error as Diagnostic {
                output.print([error])
                return false
            } catch {
                StandardError.write("Kan inte skriva \(name): \(error)\n")
                return false
            }
            print(path)
            return true
        }
    }
}
