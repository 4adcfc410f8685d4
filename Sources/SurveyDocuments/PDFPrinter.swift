import Foundation
public import SurveyTables

/// Prints the report's HTML to an A4 PDF with headless Chromium.
///
/// Chromium honours the page's CSS for paper: `@page` size and margins, the page margin boxes
/// that carry the running header and "Sida N av M" (Chromium 131 and later), `break-*` to keep
/// headings with what follows and tables whole. What CSS cannot do in Chromium is put page
/// numbers into the table of contents (`target-counter()` is not supported), so the report is
/// printed twice: once with stand-ins, whose text `pdftotext` reads to find the page each
/// heading starts on, then with those numbers. The stand-ins are as wide as any real number,
/// so the second printing breaks its pages where the first did; it is read again to make sure.
public struct PDFPrinter: Sendable {
    public var chromium: ExternalProgram
    /// Without it the table of contents has no page numbers (and a warning says so).
    public var pdftotext: ExternalProgram?
    /// Seconds one printing may take.
    public var timeout: Double

    public init(chromium: ExternalProgram, pdftotext: ExternalProgram?, timeout: Double = 180) {
        self.chromium = chromium
        self.pdftotext = pdftotext
        self.timeout = timeout
    }

    /// The PDF's bytes, and warnings (in Swedish) about what it lacks.
    public func print(_ report: Report, format: TableFormat = TableFormat()) throws(DocumentError) -> (pdf: [UInt8], warnings: [String]) {
        let folder = try TemporaryFolder(prefix: "survey-pdf")
        defer { folder.remove() }
        guard let pdftotext else {
            let pdf = try printOnce(ReportHTML.render(report, format: format), in: folder.path)
            return (pdf, ["Innehållsförteckningen i PDF-filen har inga sidnummer: pdftotext saknas (installera Debian-paketet poppler-utils)."])
        }
        var html = ReportHTML.render(report, format: format, pageNumbers: .placeholder)
        var pdf = try printOnce(html, in: folder.path)
        var pages = try ContentsPages.find(report.contents, in: text(of: folder.path, with: pdftotext))
        // Printing with the numbers must not move a heading; if one moves, print with the new numbers.
        for _ in 0..<3 {
            html = ReportHTML.render(report, format: format, pageNumbers: .pages(pages))
            pdf = try printOnce(html, in: folder.path)
            let found = try ContentsPages.find(report.contents, in: text(of: folder.path, with: pdftotext))
            if found == pages { break }
            pages = found
        }
        let missing = report.contents.filter { pages[$0.anchor] == nil }.map(\.title)
        let warnings = missing.isEmpty ? [] : ["Sidan för \(SwedishList.join(missing.map { "\"\($0)\"" })) hittades inte i PDF-filen; innehållsförteckningen saknar dess sidnummer."]
        return (pdf, warnings)
    }

    /// Prints `html` to `folder/rapport.pdf` and returns its bytes.
    func printOnce(_ html: String, in folder: String) throws(DocumentError) -> [UInt8] {
        let htmlPath = (folder as NSString).appendingPathComponent("rapport.html")
        let pdfPath = (folder as NSString).appendingPathComponent("rapport.pdf")
        try TemporaryFolder.write(html, to: htmlPath)
        try? FileManager.default.removeItem(atPath: pdfPath)
        var arguments = [
            "--headless", "--disable-gpu", "--disable-dev-shm-usage", "--disable-extensions", "--no-first-run",
            "--user-data-dir=" + (folder as NSString).appendingPathComponent("profile"),
            // The page's own header and footer (margin boxes), not Chromium's date and address.
            "--no-pdf-header-footer",
            "--print-to-pdf=" + pdfPath,
        ]
        // Chromium refuses to run as root inside its sandbox; the page has no scripts and no external files.
        if getuid() == 0 { arguments.insert("--no-sandbox", at: 1) }
        try chromium.run(arguments + [URL(fileURLWithPath: htmlPath).absoluteString], in: folder, timeout: timeout)
        guard let data = FileManager.default.contents(atPath: pdfPath), data.starts(with: Data("%PDF".utf8)) else {
            throw .noOutput(chromium.name, expected: "PDF-fil")
        }
        return [UInt8](data)
    }

    private func text(of folder: String, with pdftotext: ExternalProgram) throws(DocumentError) -> String {
        try pdftotext.run(["-enc", "UTF-8", "rapport.pdf", "-"], in: folder, timeout: 60)
    }
}

/// The page each entry of the table of contents starts on, read from the PDF's text as
/// `pdftotext` gives it (pages separated by form feeds).
public enum ContentsPages {
    /// Entries are looked for in order, each on a page no earlier than the one before and after
    /// the table of contents itself, as the first words of a line (a heading may wrap onto the
    /// next line). Entries not found are left out.
    public static func find(_ entries: [Report.ContentsEntry], in text: String) -> [String: Int] {
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n").map { normalized(String($0)) }.filter { !$0.isEmpty }
        }
        // The table of contents is the first page that has the heading "Innehåll".
        let contentsPage = pages.firstIndex { $0.contains("Innehåll") } ?? -1
        var found: [String: Int] = [:]
        var page = contentsPage + 1
        for entry in entries {
            let title = normalized(entry.title)
            guard let index = (page..<max(page, pages.count)).first(where: { startsLine(title, in: pages[$0]) }) else { continue }
            found[entry.anchor] = index + 1
            page = index
        }
        return found
    }

    static func startsLine(_ title: String, in lines: [String]) -> Bool {
        for start in lines.indices {
            var text = lines[start]
            var next = start + 1
            while text.count < title.count, next < lines.count {
                text += " " + lines[next]
                next += 1
            }
            if text.hasPrefix(title) { return true }
        }
        return false
    }

    /// White space collapsed to single spaces, trimmed.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
