/// The report draft as Markdown, for editing into the final text; and the same as pandoc's
/// Markdown, which pandoc turns into Word (`survey report --docx`).
///
/// Every text taken from the form, the answers or the file names goes through
/// `MarkdownTables.escape`, so control characters and markup in them (`<b>` in a file name)
/// are shown as text.
public enum ReportMarkdown {
    /// Which reader the Markdown is for.
    public enum Dialect: Sendable {
        /// `rapport.md`: CommonMark with pipe tables, read by people and any Markdown viewer.
        case commonMark
        /// pandoc's Markdown for Word: the title left to pandoc's metadata, then a table of
        /// contents (a Word field, see `OpenXML.contents`), sections as level-1 headings each on
        /// a new page, captions as table captions, and each table's chart as the image
        /// `charts[anchor]` (a file beside the Markdown).
        case pandoc(charts: [String: String])
    }

    public static func render(_ report: Report, format: TableFormat = TableFormat(), dialect: Dialect = .commonMark) -> String {
        let e = MarkdownTables.escape
        var out = ""
        // Levels as in the HTML (sections are h2); for Word, sections are Heading 1.
        var shift = 0
        switch dialect {
        case .commonMark:
            out += "# \(e(report.title))\n\n"
            if !report.subtitle.isEmpty { out += "\(e(report.subtitle))\n\n" }
        case .pandoc:
            shift = -1
            out += OpenXML.pageBreak + OpenXML.contents(report.contents) + OpenXML.pageBreak
        }
        let anchors = Dictionary(report.contents.map { ($0.title, $0.anchor) }, uniquingKeysWith: { a, _ in a })
        func heading(_ level: Int, _ text: String) -> String {
            var line = String(repeating: "#", count: max(1, min(6, level + shift))) + " \(e(text))"
            // For Word, top-level headings carry the bookmarks the table of contents links to.
            if case .pandoc = dialect, level == 2, let anchor = anchors[text] { line += " {#\(anchor)}" }
            return line + "\n\n"
        }
        out += heading(2, "Sammanfattning")
        for paragraph in report.summary {
            out += e(paragraph.map { $0.inSummary ?? $0.text }.joined(separator: " ")) + "\n\n"
        }
        for section in report.sections {
            if case .pandoc = dialect { out += OpenXML.pageBreak }
            out += heading(2, section.heading)
            for block in section.blocks {
                switch block {
                case let .heading(level, text):
                    out += heading(level, text)
                case .question(let question):
                    out += heading(question.level, question.text)
                    if let original = question.originalQuestion { out += "*Delfråga av: ”\(e(original))”*\n\n" }
                    if let line = question.answeredLine { out += "\(e(line))\n\n" }
                    for report in question.tables {
                        out += render(report, format: format, dialect: dialect)
                    }
                    for answer in question.answers {
                        let text = ReportHTML.excerpt(answer.text).split(separator: "\n").joined(separator: " ")
                        out += "- **\(e(answer.respondent)):** \(e(text))\n"
                    }
                    if !question.answers.isEmpty { out += "\n" }
                }
            }
        }
        if case .pandoc = dialect { out += OpenXML.pageBreak }
        out += heading(2, Report.appendixTitle)
        out += "*För programmets personal: vad som saknas i svaren, fråga för fråga. Samma uppgifter ger `survey check`.*\n\n"
        for line in report.appendix.overview { out += "\(e(line))\n\n" }
        for part in report.appendix.parts {
            out += heading(3, part.heading)
            for question in part.questions {
                out += "**\(e(question.text))**\n\n"
                for remark in question.remarks { out += "- \(e(remark))\n" }
                out += "\n"
            }
        }
        return out
    }

    private static func render(_ report: Report.TableReport, format: TableFormat, dialect: Dialect) -> String {
        let e = MarkdownTables.escape
        let table = report.table
        var out = ""
        if table.published {
            switch dialect {
            case .commonMark:
                out += MarkdownTables.render(table, format: format) + "\n"
            case .pandoc(let charts):
                out += MarkdownTables.render(table, format: format, caption: .pandoc) + "\n"
                if let chart = charts[HTMLTables.anchor(table)] {
                    out += "![\(e(BarChart.description(of: table, format: format)))](\(chart)){width=15cm}\n\n"
                }
            }
        }
        if !report.findings.isEmpty {
            out += e(report.findings.map(\.text).joined(separator: " ")) + "\n\n"
        }
        guard table.published else { return out }
        for row in table.rows where !row.quotes.isEmpty {
            out += "*\(e(row.label))*\n\n"
            for quote in row.quotes {
                out += "> ”\(e(quote.text))” (\(e(quote.respondent)))\n\n"
            }
        }
        return out
    }
}

/// Raw Word markup that pandoc passes through into a .docx (`{=openxml}` blocks).
enum OpenXML {
    static let pageBreak = "```{=openxml}\n<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n```\n\n"

    /// A table-of-contents field over the level-1 headings, its result filled in beforehand with
    /// the entries as links (no page numbers: only the program that lays out the pages knows
    /// them). The field is marked dirty, so Word brings it up to date, with page numbers, when
    /// it opens the file; LibreOffice shows the entries until Verktyg → Uppdatera.
    static func contents(_ entries: [Report.ContentsEntry]) -> String {
        func text(_ value: String) -> String {
            HTMLTables.escape(value)
        }
        var xml = "```{=openxml}\n<w:p><w:pPr><w:pStyle w:val=\"TOCHeading\"/></w:pPr><w:r><w:t>Innehåll</w:t></w:r></w:p>\n"
        for (index, entry) in entries.enumerated() {
            xml += "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr>"
            if index == 0 {
                xml += "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>"
                xml += "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-1\" \\h \\z \\u </w:instrText></w:r>"
                xml += "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            }
            xml += "<w:hyperlink w:anchor=\"\(text(entry.anchor))\" w:history=\"1\"><w:r><w:t xml:space=\"preserve\">\(text(entry.title))</w:t></w:r></w:hyperlink>"
            if index == entries.count - 1 { xml += "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" }
            xml += "</w:p>\n"
        }
        return xml + "```\n\n"
    }
}
