/// The report draft as Markdown, for editing into the final text.
public enum ReportMarkdown {
    public static func render(_ report: Report, format: TableFormat = TableFormat()) -> String {
        var out = "# \(report.title)\n\n"
        if !report.subtitle.isEmpty { out += "\(report.subtitle)\n\n" }
        out += "## Sammanfattning\n\n"
        for line in report.summary { out += "\(line)\n\n" }
        for (index, section) in report.sections.enumerated() {
            out += "## \(index + 2). \(section.title)\n\n"
            for block in section.blocks {
                switch block {
                case let .heading(level, text):
                    out += String(repeating: "#", count: level) + " \(text)\n\n"
                case .question(let question):
                    out += "##### \(question.text)\n\n"
                    if let original = question.originalQuestion { out += "*Delfråga av: ”\(original)”*\n\n" }
                    out += "\(question.answeredLine)\n\n"
                    for remark in question.remarks { out += "\(remark)\n\n" }
                    for table in question.tables {
                        out += MarkdownTables.render(table, format: format) + "\n"
                        for row in table.rows where !row.quotes.isEmpty {
                            out += "- *\(MarkdownTables.escape(row.label))*: "
                            out += row.quotes.map { "”\(MarkdownTables.escape($0.text))” (\($0.respondent))" }.joined(separator: "; ") + "\n"
                        }
                        if table.rows.contains(where: { !$0.quotes.isEmpty }) { out += "\n" }
                    }
                    for answer in question.answers {
                        let text = ReportHTML.excerpt(answer.text).split(separator: "\n").joined(separator: " ")
                        out += "- **\(answer.respondent):** \(MarkdownTables.escape(text))\n"
                    }
                    if !question.answers.isEmpty { out += "\n" }
                }
            }
        }
        return out
    }
}
