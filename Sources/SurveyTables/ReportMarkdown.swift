/// The report draft as Markdown, for editing into the final text.
///
/// Every text taken from the form, the answers or the file names goes through
/// `MarkdownTables.escape`, so control characters and markup in them (`<b>` in a file name)
/// are shown as text.
public enum ReportMarkdown {
    public static func render(_ report: Report, format: TableFormat = TableFormat()) -> String {
        let e = MarkdownTables.escape
        var out = "# \(e(report.title))\n\n"
        if !report.subtitle.isEmpty { out += "\(e(report.subtitle))\n\n" }
        out += "## Sammanfattning\n\n"
        for line in report.summary { out += "\(e(line))\n\n" }
        for section in report.sections {
            out += "## \(section.number.map { "\($0). " } ?? "")\(e(section.title))\n\n"
            for block in section.blocks {
                switch block {
                case let .heading(level, text):
                    out += String(repeating: "#", count: level) + " \(e(text))\n\n"
                case .question(let question):
                    out += "##### \(e(question.text))\n\n"
                    if let original = question.originalQuestion { out += "*Delfråga av: ”\(e(original))”*\n\n" }
                    out += "\(e(question.answeredLine))\n\n"
                    for remark in question.remarks { out += "\(e(remark))\n\n" }
                    for table in question.tables {
                        out += MarkdownTables.render(table, format: format) + "\n"
                        for row in table.rows where !row.quotes.isEmpty {
                            out += "- *\(e(row.label))*: "
                            out += row.quotes.map { "”\(e($0.text))” (\(e($0.respondent)))" }.joined(separator: "; ") + "\n"
                        }
                        if table.rows.contains(where: { !$0.quotes.isEmpty }) { out += "\n" }
                    }
                    for answer in question.answers {
                        let text = ReportHTML.excerpt(answer.text).split(separator: "\n").joined(separator: " ")
                        out += "- **\(e(answer.respondent)):** \(e(text))\n"
                    }
                    if !question.answers.isEmpty { out += "\n" }
                }
            }
        }
        return out
    }
}
