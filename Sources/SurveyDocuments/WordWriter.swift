import Foundation
public import SurveyTables

/// Writes the report as a Word file (.docx) with pandoc, for staff to edit in Word or LibreOffice.
///
/// pandoc reads the report's Markdown in its own dialect (`ReportMarkdown.Dialect.pandoc`) and
/// writes real Word structure: headings in Word's heading styles (so the navigation pane and
/// the table of contents work), tables as Word tables with their captions, quotes in the Block
/// Text style. Its charts are drawn as SVG for the HTML; Word files take pictures, so each is
/// turned into a PNG with `rsvg-convert` (librsvg, the SVG renderer GNOME and Debian use; a
/// small program, where Chromium would need a browser start per chart). Page size, margins,
/// the running header and the page numbers come from `Resources/reference.docx`.
public struct WordWriter: Sendable {
    public var pandoc: ExternalProgram
    public var rsvgConvert: ExternalProgram
    public var timeout: Double

    public init(pandoc: ExternalProgram, rsvgConvert: ExternalProgram, timeout: Double = 120) {
        self.pandoc = pandoc
        self.rsvgConvert = rsvgConvert
        self.timeout = timeout
    }

    /// pandoc's Markdown without the extensions that would read answers' text as something
    /// else: `@name` as a citation, `$…$` as maths, `^…^` and `~…~` as super- and subscripts,
    /// `\command` as TeX (which a Word file drops), raw HTML, and typographic rewriting of
    /// quotes and dashes (the text has its own). Images are not turned into figures, so a
    /// chart does not get its long text alternative as a visible caption.
    static let inputFormat = "markdown-citations-tex_math_dollars-superscript-subscript-raw_tex-raw_html-smart-implicit_figures"

    /// The .docx file's bytes.
    public func write(_ report: Report, format: TableFormat = TableFormat()) throws(DocumentError) -> [UInt8] {
        guard let reference = Bundle.module.url(forResource: "reference", withExtension: "docx") else {
            throw .file("Mallen reference.docx saknas bland programmets filer; installera om survey.")
        }
        let folder = try TemporaryFolder(prefix: "survey-docx")
        defer { folder.remove() }
        var charts: [String: String] = [:]
        for section in report.sections {
            for case .question(let question) in section.blocks {
                for table in question.tables.map(\.table) where table.published {
                    guard let svg = BarChart.document(for: table, format: format) else { continue }
                    let name = "diagram-\(HTMLTables.anchor(table))"
                    try TemporaryFolder.write(svg, to: (folder.path as NSString).appendingPathComponent(name + ".svg"))
                    try rsvgConvert.run(["--zoom", "2", "--background-color", "white", "--output", name + ".png", name + ".svg"],
                                        in: folder.path, timeout: timeout)
                    charts[HTMLTables.anchor(table)] = name + ".png"
                }
            }
        }
        let markdown = ReportMarkdown.render(report, format: format, dialect: .pandoc(charts: charts))
        try TemporaryFolder.write(markdown, to: (folder.path as NSString).appendingPathComponent("rapport.md"))
        var arguments = [
            "--from", Self.inputFormat, "--to", "docx", "--reference-doc", reference.path,
            "--metadata", "title=" + report.title, "--metadata", "lang=sv-SE",
            "--resource-path", folder.path, "--output", "rapport.docx",
        ]
        if !report.subtitle.isEmpty { arguments += ["--metadata", "subtitle=" + report.subtitle] }
        try pandoc.run(arguments + ["rapport.md"], in: folder.path, timeout: timeout)
        let path = (folder.path as NSString).appendingPathComponent("rapport.docx")
        // A .docx is a zip file: "PK".
        guard let data = FileManager.default.contents(atPath: path), data.starts(with: Data("PK".utf8)) else {
            throw .noOutput(pandoc.name, expected: "Word-fil")
        }
        return [UInt8](data)
    }
}
