import Foundation
import SurveyText

/// The report draft as one self-contained HTML page: inline CSS and SVG, no scripts, no
/// external files.
///
/// Printed (by a person, or by `survey report --pdf` through headless Chromium), it is an A4
/// document: a title page, a table of contents, the report title in a running header and page
/// numbers in the footer (CSS page margin boxes), every section on a new page, headings kept
/// with what follows them and tables, charts and quotes not split across pages unless longer
/// than one.
public enum ReportHTML {
    /// What the table of contents shows beside each entry.
    public enum PageNumbers: Sendable {
        /// Nothing: the page on screen.
        case none
        /// A stand-in as wide as any real number, for a first printing whose pages are then read.
        case placeholder
        /// The page of each entry, by anchor.
        case pages([String: Int])
    }

    public static func render(_ report: Report, format: TableFormat = TableFormat(), pageNumbers: PageNumbers = .none) -> String {
        let e = HTMLTables.escape
        var html = """
        <!DOCTYPE html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(report.title))</title>
        <style>
        \(style(title: report.title))
        </style>
        </head>
        <body>
        <header class="title-page">
        <h1>\(e(report.title))</h1>

        """
        if !report.subtitle.isEmpty { html += "<p class=\"subtitle\">\(e(report.subtitle))</p>\n" }
        html += "</header>\n"
        html += contents(report, pageNumbers: pageNumbers)
        html += "<section class=\"chapter summary\" aria-labelledby=\"sammanfattning\">\n<h2 id=\"sammanfattning\">Sammanfattning</h2>\n"
        for paragraph in report.summary {
            html += "<p>\(e(paragraph.map { $0.inSummary ?? $0.text }.joined(separator: " ")))</p>\n"
        }
        html += "</section>\n"
        for (section, entry) in zip(report.sections, report.contents.dropFirst()) {
            html += "<section class=\"chapter\" aria-labelledby=\"\(e(entry.anchor))\">\n<h2 id=\"\(e(entry.anchor))\">\(e(section.heading))</h2>\n"
            for block in section.blocks {
                switch block {
                case let .heading(level, text):
                    html += "<h\(level)>\(e(text))</h\(level)>\n"
                case .question(let question):
                    html += render(question, format: format)
                }
            }
            html += "</section>\n"
        }
        html += appendix(report.appendix)
        html += "</body>\n</html>\n"
        return html
    }

    private static func contents(_ report: Report, pageNumbers: PageNumbers) -> String {
        let e = HTMLTables.escape
        var html = "<nav class=\"toc\" aria-labelledby=\"innehall\">\n<h2 id=\"innehall\">Innehåll</h2>\n<ol>\n"
        for entry in report.contents {
            let page: String
            switch pageNumbers {
            case .none: page = ""
            case .placeholder: page = "<span class=\"page\">000</span>"
            case .pages(let pages): page = "<span class=\"page\">\(pages[entry.anchor].map(String.init) ?? "")</span>"
            }
            html += "<li><a href=\"#\(e(entry.anchor))\"><span class=\"entry\">\(e(entry.title))</span>"
            html += page.isEmpty ? "" : "<span class=\"leader\" aria-hidden=\"true\"></span>\(page)"
            html += "</a></li>\n"
        }
        return html + "</ol>\n</nav>\n"
    }

    private static func render(_ question: Report.QuestionReport, format: TableFormat) -> String {
        let e = HTMLTables.escape
        let level = min(question.level, 6)
        var html = "<article class=\"question\" id=\"fraga-\(e(question.id))\">\n<h\(level)>\(e(question.text))</h\(level)>\n"
        if let original = question.originalQuestion {
            html += "<p class=\"origin\">Delfråga av: ”\(e(original))”</p>\n"
        }
        if let line = question.answeredLine { html += "<p class=\"answered\">\(e(line))</p>\n" }
        for report in question.tables {
            let table = report.table
            if table.published { html += HTMLTables.render(table, format: format) }
            if !report.findings.isEmpty {
                html += "<p class=\"findings\">\(e(report.findings.map(\.text).joined(separator: " ")))</p>\n"
            }
            guard table.published else { continue }
            let quoted = table.rows.filter { !$0.quotes.isEmpty }
            if !quoted.isEmpty {
                html += "<section class=\"quotes\" aria-label=\"Citat per kategori, \(e(table.caption))\">\n"
                for row in quoted {
                    html += "<div class=\"category-quotes\">\n<p class=\"category\">\(e(row.label))</p>\n"
                    for quote in row.quotes {
                        html += "<figure class=\"quote\"><blockquote><p>\(e(quote.text))</p></blockquote>"
                        html += "<figcaption>\(e(quote.respondent))</figcaption></figure>\n"
                    }
                    html += "</div>\n"
                }
                html += "</section>\n"
            }
        }
        if !question.answers.isEmpty {
            html += "<ul class=\"answers\">\n"
            for answer in question.answers {
                html += "<li><span class=\"who\">\(e(answer.respondent)):</span> \(e(excerpt(answer.text)).replacingNewlines())</li>\n"
            }
            html += "</ul>\n"
        }
        html += "</article>\n"
        return html
    }

    private static func appendix(_ appendix: Report.Appendix) -> String {
        let e = HTMLTables.escape
        var html = "<section class=\"chapter appendix\" aria-labelledby=\"bilaga\">\n<h2 id=\"bilaga\">\(e(Report.appendixTitle))</h2>\n"
        html += "<p class=\"note\">För programmets personal: vad som saknas i svaren, fråga för fråga. Samma uppgifter ger <code>survey check</code>.</p>\n"
        for line in appendix.overview { html += "<p>\(e(line))</p>\n" }
        for part in appendix.parts {
            html += "<h3>\(e(part.heading))</h3>\n"
            for question in part.questions {
                html += "<div class=\"remarks\">\n<p class=\"question-ref\">\(e(question.text))</p>\n<ul>\n"
                for remark in question.remarks { html += "<li>\(e(remark))</li>\n" }
                html += "</ul>\n</div>\n"
            }
        }
        return html + "</section>\n"
    }

    /// Long answers are cut in the draft; the full text stays in the response file.
    static func excerpt(_ text: String, limit: Int = 600) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count > limit else { return trimmed }
        return String(trimmed.prefix(limit)) + " …"
    }

    /// Text as a CSS string literal shows it: control characters through
    /// `TextSafety.displayable`, then `\`, `"` and `<` (which could end the style element) as
    /// CSS escapes.
    public static func cssString(_ text: String) -> String {
        let escaped = Escaping.byCodePoint(TextSafety.displayable(text)) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\"": "\\\""
            case "<": "\\3C "
            case "\n", "\r": "\\A "
            default: nil
            }
        }
        return "\"" + escaped + "\""
    }

    static func style(title: String) -> String {
        """
        @page {
          size: A4;
          margin: 24mm 20mm 22mm 22mm;
          @top-center { content: \(cssString(title)); font: 8.5pt "Source Sans Pro", Helvetica, Arial, sans-serif; color: #555; }
          @bottom-center { content: "Sida " counter(page) " av " counter(pages); font: 8.5pt "Source Sans Pro", Helvetica, Arial, sans-serif; color: #555; }
        }
        @page :first {
          @top-center { content: none; }
          @bottom-center { content: none; }
        }
        \(screenStyle)
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
          .title-page { height: 235mm; display: flex; flex-direction: column; justify-content: center; margin: 0; break-after: page; }
          nav.toc { break-after: page; }
          section.chapter > h2 { break-before: page; margin-top: 0; }
          section.summary > h2 { break-before: auto; }
          h1, h2, h3, h4, h5, h6, .origin, .answered, .category, .question-ref { break-after: avoid; break-inside: avoid; }
          figure.table, figure.quote, table, svg.chart, .remarks { break-inside: avoid; }
          p, li { orphans: 3; widows: 3; }
          a { color: inherit; text-decoration: none; }
        }
        """
    }

    static let screenStyle = """
    body { font-family: "Source Sans Pro", "Segoe UI", Helvetica, Arial, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; line-height: 1.45; }
    .title-page { margin: 2rem 0 3rem; }
    h1 { font-size: 2rem; margin-bottom: .4rem; }
    h2 { font-size: 1.4rem; margin-top: 2.5rem; border-bottom: 2px solid #2f6f9f; padding-bottom: .2rem; }
    h3 { font-size: 1.15rem; margin-top: 1.8rem; }
    h4 { font-size: 1.05rem; margin-top: 1.5rem; font-style: italic; }
    h5, h6 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
    .subtitle { font-size: 1.15rem; color: #444; margin: .2rem 0; }
    .origin, .answered { color: #555; margin: .2rem 0; }
    nav.toc ol { list-style: none; padding: 0; }
    nav.toc li { margin: .35rem 0; }
    nav.toc a { display: flex; align-items: baseline; color: inherit; text-decoration: none; }
    nav.toc .leader { flex: 1; border-bottom: 1px dotted #888; margin: 0 .4rem; }
    figure.table { margin: .8rem 0 1rem; }
    table { border-collapse: collapse; width: 100%; font-size: .92rem; }
    caption { caption-side: bottom; text-align: left; font-size: .85rem; color: #333; padding-top: .3rem; }
    th, td { border-bottom: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
    thead th { border-bottom: 2px solid #333; }
    tbody th { font-weight: normal; font-style: italic; }
    .num { text-align: right; white-space: nowrap; }
    svg.chart { display: block; max-width: 100%; height: auto; margin-top: .5rem; }
    .note { font-size: .85rem; color: #444; margin: .2rem 0; }
    .findings { margin: .6rem 0; }
    .quotes { font-size: .9rem; margin: .3rem 0 1rem; }
    .quotes .category { font-style: italic; margin: .6rem 0 .2rem; }
    figure.quote { margin: .2rem 0 .4rem 1rem; }
    figure.quote blockquote { margin: 0; padding-left: .8rem; border-left: 3px solid #b9cfe0; }
    figure.quote blockquote p { margin: 0; }
    figure.quote blockquote p::before { content: "”"; }
    figure.quote blockquote p::after { content: "”"; }
    figure.quote figcaption { color: #555; padding-left: .8rem; font-size: .85rem; }
    .who { color: #555; }
    ul.answers { font-size: .92rem; padding-left: 1.2rem; }
    ul.answers li { margin: .3rem 0; }
    .remarks .question-ref { font-weight: 600; margin: .8rem 0 .2rem; }
    .remarks ul { margin: 0; padding-left: 1.2rem; }
    """
}

extension String {
    fileprivate func replacingNewlines() -> String {
        replacingOccurrences(of: "\n", with: "<br>")
    }
}
