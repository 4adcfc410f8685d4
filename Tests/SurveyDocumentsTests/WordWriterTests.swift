import Foundation
import SurveyDocuments
import SurveyTables
import Testing

/// The bundled pilot report as a Word file (pandoc, rsvg-convert), read back from its XML and
/// through LibreOffice (`.ci/run` installs pandoc, librsvg2-bin, libreoffice-writer-nogui, unzip).
struct WordWriterTests {
    typealias Support = DocumentTestSupport

    @Test func theBundledReportAsAWordFile() throws {
        let report = try Support.bundledReport()
        let writer = WordWriter(pandoc: try ExternalProgram.find(.pandoc), rsvgConvert: try ExternalProgram.find(.rsvgConvert))
        let bytes = try writer.write(report)
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(FileManager.default.createFile(atPath: folder + "/rapport.docx", contents: Data(bytes)))

        // Word's own structure: heading styles (the navigation pane and table of contents use them),
        // tables, the charts as pictures, the quotes in the quotation style, A4 pages.
        let unzip = try Support.program("unzip", package: "unzip")
        let document = try Support.run(unzip, ["-p", "rapport.docx", "word/document.xml"], in: folder)
        func count(_ text: String) -> Int { document.components(separatedBy: text).count - 1 }
        #expect(count("<w:pStyle w:val=\"Heading1\" />") == 6)
        #expect(count("<w:pStyle w:val=\"Heading2\" />") == 30)
        #expect(count("<w:pStyle w:val=\"Heading3\" />") == 6)
        #expect(count("<w:pStyle w:val=\"Heading4\" />") == 18)
        #expect(document.contains("<w:t xml:space=\"preserve\">2. Kommunens organisation samt hemmaplansarbete</w:t>"))
        #expect(count("<w:tbl>") == 21)
        #expect(count("<w:pStyle w:val=\"TableCaption\" />") == 21)
        #expect(count("<pic:pic>") >= 20)
        #expect(count("<w:pStyle w:val=\"BlockText\" />") > 50)
        #expect(document.contains("<w:instrText xml:space=\"preserve\"> TOC \\o \"1-1\" \\h \\z \\u </w:instrText>"))
        #expect(document.contains("<w:pgSz w:h=\"16838\" w:w=\"11906\" />"))
        let core = try Support.run(unzip, ["-p", "rapport.docx", "docProps/core.xml"], in: folder)
        #expect(core.contains("<dc:title>Årlig rapport år 2 – SKL Matematik PISA 2015</dc:title>"))
        let media = try Support.run(unzip, ["-l", "rapport.docx"], in: folder)
        #expect(media.contains("media/"))

        // LibreOffice opens it: converted to PDF, A4, with the report's text and Tabell 3.
        let soffice = try Support.program("soffice", package: "libreoffice-writer-nogui")
        try Support.run(soffice, ["--headless", "--norestore", "-env:UserInstallation=file://\(folder)/lo-profile",
                                  "--convert-to", "pdf", "--outdir", folder, folder + "/rapport.docx"], in: folder)
        let info = try Support.info("rapport.pdf", in: folder)
        #expect(info.size.hasSuffix("(A4)"), "\(info.size)")
        #expect((25...50).contains(info.pages), "\(info.pages) pages")
        let text = Support.normalized(try Support.run(try Support.program("pdftotext", package: "poppler-utils"),
                                                      ["-enc", "UTF-8", "rapport.pdf", "-"], in: folder))
        #expect(text.contains("Tabell 3 Pilotomgång år 2"))
        #expect(text.contains("Sex av sju kommuner nämner ”Matematiklyftet”."))
        #expect(text.contains("Sida 2 av \(info.pages)"))
        #expect(text.contains("Bilaga: Bortfall och kompletteringar"))
    }
}
