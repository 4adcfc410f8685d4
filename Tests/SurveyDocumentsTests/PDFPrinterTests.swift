import Foundation
import SurveyDocuments
import SurveyTables
import Testing

/// The bundled pilot report printed by headless Chromium (Debian's chromium; `.ci/run` installs
/// it and poppler-utils), read back with poppler's tools.
@Suite(.serialized) struct PDFPrinterTests {
    typealias Support = DocumentTestSupport

    @Test func theBundledReportPrintsAsAnA4Document() throws {
        let report = try Support.bundledReport()
        let chromium = try ExternalProgram.find(.chromium)
        let printer = PDFPrinter(chromium: chromium, pdftotext: try ExternalProgram.find(.pdftotext))
        let (bytes, warnings) = try printer.print(report)
        #expect(warnings == [])
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(FileManager.default.createFile(atPath: folder + "/rapport.pdf", contents: Data(bytes)))

        // A4 (595 × 842 points), and as many pages as a printed annual report.
        let info = try Support.info("rapport.pdf", in: folder)
        #expect(info.size.hasSuffix("(A4)"), "\(info.size)")
        #expect((25...45).contains(info.pages), "\(info.pages) pages")

        let pdftotext = try Support.program("pdftotext", package: "poppler-utils")
        let pages = try Support.run(pdftotext, ["-layout", "-enc", "UTF-8", "rapport.pdf", "-"], in: folder)
            .split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(pages.count == info.pages)
        let title = Support.normalized(report.title)

        // The title page has the title and no running header or page number; every other page has both.
        #expect(Support.normalized(pages[0]).hasPrefix("Årlig rapport år 2 – SKL Matematik PISA 2015"))
        #expect(!pages[0].contains("Sida "))
        for (index, page) in pages.enumerated().dropFirst() {
            let lines = page.split(separator: "\n").map(Support.normalized).filter { !$0.isEmpty }
            #expect(lines.first == title, "page \(index + 1) has no running header")
            #expect(lines.last == "Sida \(index + 1) av \(info.pages)", "page \(index + 1): \(lines.last ?? "")")
        }

        // No page ends with a heading, nor with the lines that belong to one ("Delfråga av: …",
        // "Sex av sju kommuner har svarat på frågan."): a heading is kept with what follows it.
        let headings = Support.headings(report, withTheirLines: true).map(Support.normalized)
        for (index, page) in pages.enumerated().dropFirst() {
            let lines = page.split(separator: "\n").map(Support.normalized).filter { !$0.isEmpty && $0 != title && !$0.hasPrefix("Sida ") }
            guard let last = lines.last else { continue }
            let isHeading = headings.contains { heading in
                heading == last || (last.count >= 12 && (heading.hasPrefix(last) || heading.hasSuffix(last)))
            }
            #expect(!isHeading, "page \(index + 1) ends with the heading \"\(last)\"")
        }

        // The table of contents gives each section's page, and the section starts there.
        let contents = pages[1].split(separator: "\n").map(Support.normalized)
        #expect(contents.contains("Innehåll"))
        for entry in report.contents {
            let line = try #require(contents.first { $0.hasPrefix(entry.title + " ") }, "\(entry.title) not in the table of contents")
            let number = try #require(Int(line.dropFirst(entry.title.count + 1)), "\(line)")
            let start = pages[number - 1].split(separator: "\n").map(Support.normalized).filter { !$0.isEmpty }.dropFirst().first
            #expect(start.map { entry.title.hasPrefix($0) } == true, "\(entry.title) is not at the top of page \(number)")
        }
        #expect(contents.contains { $0.hasPrefix("Sammanfattning 3") })

        // Tabell 3 with its sentences, whole.
        let tabell3 = try #require(pages.firstIndex { $0.contains("Tabell 3 Pilotomgång år 2") })
        let page = Support.normalized(pages[tabell3])
        #expect(page.contains("Matematiklyftet 6 86%"))
        #expect(page.contains("Sex av sju kommuner nämner ”Matematiklyftet”."))

        // Pages as pictures: A4's proportions.
        let pdftoppm = try Support.program("pdftoppm", package: "poppler-utils")
        try Support.run(pdftoppm, ["-png", "-r", "60", "-f", String(tabell3 + 1), "-l", String(tabell3 + 1), "-singlefile", "rapport.pdf", "sida"], in: folder)
        let size = try Support.pngSize(folder + "/sida.png")
        #expect(size.width == 496 && size.height == 702, "\(size)")
    }

    /// Without pdftotext the PDF is still printed; its table of contents has no page numbers, and a warning says so.
    @Test func withoutPdftotextTheContentsHaveNoPageNumbers() throws {
        let printer = PDFPrinter(chromium: try ExternalProgram.find(.chromium), pdftotext: nil)
        let (bytes, warnings) = try printer.print(try Support.bundledReport())
        #expect(bytes.starts(with: Array("%PDF".utf8)))
        #expect(warnings == ["Innehållsförteckningen i PDF-filen har inga sidnummer: pdftotext saknas (installera Debian-paketet poppler-utils)."])
    }

    @Test func aMissingProgramSaysHowToInstallIt() {
        #expect(throws: DocumentError.missing(.chromium)) { try ExternalProgram.find(.chromium, environment: ["PATH": "/nonexistent"]) }
        #expect(DocumentError.missing(.chromium).description
            == "Chromium hittades inte (sökte efter chromium, chromium-browser, google-chrome i PATH). Installera det med `apt-get install chromium` (Debian-paketet chromium), eller ange var det finns med --chromium SÖKVÄG.")
        #expect(DocumentError.missing(.pandoc).description
            == "pandoc hittades inte (sökte efter pandoc i PATH). Installera det med `apt-get install pandoc` (Debian-paketet pandoc), eller ange var det finns med --pandoc SÖKVÄG.")
        #expect(throws: DocumentError.notAProgram("Chromium", path: "/etc", option: "--chromium")) {
            try ExternalProgram.find(.chromium, given: "/etc")
        }
        #expect(DocumentError.notAProgram("Chromium", path: "/etc", option: "--chromium").description
            == "/etc (angivet med --chromium) är inget program som kan köras; ange var Chromium finns.")
    }
}
