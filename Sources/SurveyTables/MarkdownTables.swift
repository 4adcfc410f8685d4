/// Tables as Markdown, laid out like the report: the table, then its caption.
public enum MarkdownTables {
    public static func render(_ tables: [Table], format: TableFormat = TableFormat()) -> String {
        tables.map { render($0, format: format) }.joined(separator: "\n")
    }

    public static func render(_ table: Table, format: TableFormat = TableFormat()) -> String {
        var lines: [String] = []
        lines.append("| " + ([table.labelHeader] + table.valueHeaders).map(escape).joined(separator: " | ") + " |")
        lines.append("|" + ([":---"] + table.valueHeaders.map { _ in "---:" }).joined(separator: "|") + "|")
        for row in table.rows {
            lines.append("| " + ([escape(row.label)] + row.cells.map { escape(format.text(of: $0)) }).joined(separator: " | ") + " |")
        }
        if table.rows.isEmpty {
            lines.append("| *(inga svar)* |" + String(repeating: " |", count: table.valueHeaders.count))
        }
        var out = lines.joined(separator: "\n") + "\n\n*" + escape(table.caption) + "*\n"
        for note in table.notes {
            out += "\n" + escape(note) + "\n"
        }
        return out
    }

    /// Keeps table cells intact: pipes and line breaks would end the cell.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\n", "\r": out += " "
            case "*", "_", "`", "[", "]", "<", ">": out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }
}
