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
            abstract: "Skriv ett utkast till årsrapporten: rapport.html och rapport.md, och med --pdf och --docx en PDF i A4 och en Word-fil.",
            discussion: """
            En titelsida och en innehållsförteckning; en sammanfattning av de tydligaste resultaten i varje \
            avsnitt; formulärets avsnitt i ordning, varje fråga med sin tabell och sitt stapeldiagram, \
            meningar som säger vad tabellen visar ("Sex av sju kommuner nämner ”Matematiklyftet”."; med \
            --previous även förändringen sedan förra året), några citat per kategori (hela meningar, de \
            mest typiska först) och de fritextsvar som ingen tabell räknar. Det som saknas hamnar i \
            bilagan "Bortfall och kompletteringar", inte i texten. Tabeller som formuläret markerar med \
            `publish: false` redovisas bara i meningar.

            --pdf skriver ut HTML-filen med Chromium utan fönster (headless; Debians chromium, som hittas \
            via PATH, eller --chromium SÖKVÄG) och läser med pdftotext (poppler-utils) av på vilka sidor \
            rubrikerna står, till innehållsförteckningen. --docx gör om rapporten med pandoc (och diagrammen med \
            rsvg-convert från librsvg2-bin) till en Word-fil med Words rubrikformat, riktiga tabeller, \
            diagrammen som bilder och citaten som citatstycken. Om ett program saknas skrivs HTML- och \
            Markdown-filerna ändå, och meddelandet säger hur programmet installeras.
            Slutstatus: 0 när allt som begärts har skrivits, 1 när ett program saknas eller en svarsfil \
            har fel (rapporten skrivs utan det som inte kan läsas i den), 2 när formuläret, registret \
            eller svarsmappen inte kan läsas.
            """
        )

        @Argument(help: ArgumentHelp("Formuläret.", valueName: "formulär"))
        var form: String

        @Argument(help: ArgumentHelp("Svarsmappen.", valueName: "svarsmapp"))
        var responses: String

        @OptionGroup var tableOptions: TableOptions

        @Option(help: ArgumentHelp("Mapp att skriva rapport.html och rapport.md (och rapport.pdf, rapport.docx) till.", valueName: "mapp"))
        var out: String

        @Flag(name: .customLong("no-findings"), help: "Utelämna de genererade meningarna under tabellerna och i sammanfattningen.")
        var noFindings = false

        @Flag(help: "Skriv även rapport.pdf: A4, utskriven av Chromium utan fönster (headless).")
        var pdf = false

        @Option(help: ArgumentHelp("Chromium-programmet för --pdf (standard: chromium i PATH).", valueName: "sökväg"))
        var chromium: String?

        @Flag(help: "Skriv även rapport.docx för Word eller LibreOffice, gjord med pandoc.")
        var docx = false

        @Option(help: ArgumentHelp("Pandoc-programmet för --docx (standard: pandoc i PATH).", valueName: "sökväg"))
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
