import Foundation

/// The report draft as one self-contained HTML page: inline CSS and SVG, no scripts, prints well.
public enum ReportHTML {
    public static func render(_ report: Report, format: TableFormat = TableFormat()) -> String {
        let e = HTMLTables.escape
        var html = """
        <!DOCTYPE html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(report.title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        <header>
        <h1>\(e(report.title))</h1>

        """
        if !report.subtitle.isEmpty { html += "<p class=\"subtitle\">\(e(report.subtitle))</p>\n" }
        html += "</header>\n<section class=\"summary\">\n<h2>Sammanfattning</h2>\n"
        for line in report.summary { html += "<p>\(e(line))</p>\n" }
        html += "</section>\n"
        for section in report.sections {
            html += "<section>\n<h2>\(section.number.map { "\($0). " } ?? "")\(e(section.title))</h2>\n"
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
        html += "</body>\n</html>\n"
        return html
    }

    private static func render(_ question: Report.QuestionReport, format: TableFormat) -> String {
        let e = HTMLTables.escape
        var html = "<article class=\"question\" id=\"fraga-\(e(question.id))\">\n<h5>\(e(question.text))</h5>\n"
        if let original = question.originalQuestion {
            html += "<p class=\"origin\">Delfråga av: ”\(e(original))”</p>\n"
        }
        html += "<p class=\"answered\">\(e(question.answeredLine))</p>\n"
        for remark in question.remarks {
            html += "<p class=\"remark\">\(e(remark))</p>\n"
        }
        for table in question.tables {
            html += HTMLTables.render(table, format: format)
            let quoted = table.rows.filter { !$0.quotes.isEmpty }
            if !quoted.isEmpty {
                html += "<details class=\"quotes\" open>\n<summary>Citat per kategori</summary>\n<dl>\n"
                for row in quoted {
                    html += "<dt>\(e(row.label))</dt>\n"
                    for quote in row.quotes {
                        html += "<dd><q>\(e(quote.text))</q> <span class=\"who\">(\(e(quote.respondent)))</span></dd>\n"
                    }
                }
                html += "</dl>\n</details>\n"
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

    /// Long answers are cut in the draft; the full text stays in the response file.
    static func excerpt(_ text: String, limit: Int = 600) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count > limit else { return trimmed }
        return String(trimmed.prefix(limit)) + " …"
    }

    static let style = """
    body { font-family: "Source Sans Pro", "Segoe UI", Helvetica, Arial, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; line-height: 1.45; }
    h1 { font-size: 1.8rem; margin-bottom: .2rem; }
    h2 { font-size: 1.4rem; margin-top: 2.5rem; border-bottom: 2px solid #2f6f9f; padding-bottom: .2rem; }
    h3 { font-size: 1.2rem; margin-top: 2rem; }
    h4 { font-size: 1.05rem; margin-top: 1.5rem; font-style: italic; }
    h5 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
    .subtitle, .origin, .answered { color: #555; margin: .2rem 0; }
    .remark { color: #8a3b12; margin: .2rem 0; }
    figure.table { margin: .8rem 0 1.2rem; break-inside: avoid; page-break-inside: avoid; }
    table { border-collapse: collapse; width: 100%; font-size: .92rem; }
    th, td { border-bottom: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
    thead th { border-bottom: 2px solid #333; }
    tbody th { font-weight: normal; font-style: italic; }
    .num { text-align: right; white-space: nowrap; }
    figcaption { font-size: .85rem; color: #333; margin-top: .3rem; }
    svg.chart { display: block; max-width: 100%; height: auto; margin-top: .5rem; }
    .note { font-size: .85rem; color: #444; margin: .2rem 0; }
    .quotes { font-size: .9rem; margin: .3rem 0 1rem; }
    .quotes dt { font-style: italic; margin-top: .4rem; }
    .quotes dd { margin-left: 1rem; }
    .who { color: #555; }
    ul.answers { font-size: .92rem; padding-left: 1.2rem; }
    ul.answers li { margin: .3rem 0; }
    @media print {
      body { margin: 0; max-width: none; font-size: 10.5pt; }
      h2 { break-before: page; page-break-before: always; }
      section.summary h2 { break-before: avoid; page-break-before: avoid; }
      details.quotes > summary { display: none; }
      a { color: inherit; text-decoration: none; }
    }
    """
}

extension String {
    fileprivate func replacingNewlines() -> String {
        replacingOccurrences(of: "\n", with: "<br>")
    }
}
