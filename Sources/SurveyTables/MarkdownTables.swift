import SurveyText

/// Tables as Markdown, laid out like the report: the table, then its caption.
public enum MarkdownTables {
    public static func render(_ tables: [Table], format: TableFormat = TableFormat()) -> String {
        tables.map { render($0, format: format) }.joined(separator: "\n")
    }

    /// How the caption is written under the table.
    public enum CaptionStyle: Sendable {
        /// An emphasised paragraph: `*Tabell 3 Pilotomgång år 2*`.
        case emphasis
        /// pandoc's table caption (`: Tabell 3 …`), which Word gets as the table's caption.
        case pandoc
    }

    public static func render(_ table: Table, format: TableFormat = TableFormat(), caption: CaptionStyle = .emphasis) -> String {
        var lines: [String] = []
        lines.append("| " + ([table.labelHeader] + table.valueHeaders).map(escape).joined(separator: " | ") + " |")
        switch caption {
        case .emphasis:
            lines.append("|" + ([":---"] + table.valueHeaders.map { _ in "---:" }).joined(separator: "|") + "|")
        case .pandoc:
            // pandoc sizes the columns of a wide table by these dashes: the label column gets most of the width.
            let label = ":" + String(repeating: "-", count: 48)
            lines.append("|" + ([label] + table.valueHeaders.map { _ in String(repeating: "-", count: 11) + ":" }).joined(separator: "|") + "|")
        }
        for row in table.rows {
            lines.append("| " + ([escape(row.label)] + row.cells.map { escape(format.text(of: $0)) }).joined(separator: " | ") + " |")
        }
        if table.rows.isEmpty {
            lines.append("| *(\(escape(table.emptyNote)))* |" + String(repeating: " |", count: table.valueHeaders.count))
        }
        var out = lines.joined(separator: "\n") + "\n\n"
        switch caption {
        case .emphasis: out += "*" + escape(table.caption) + "*\n"
        case .pandoc: out += ": " + escape(table.caption) + "\n"
        }
        for note in table.allNotes {
            out += "\n" + escape(note) + "\n"
        }
        return out
    }

    /// Text as Markdown shows it literally: control characters through
    /// `TextSafety.displayable`; pipes and line breaks (which would end a table cell) and
    /// Markdown's own marks, HTML's `<` and `>` among them (`<b>` in a file name stays text),
    /// escaped. Every piece of text the Markdown outputs take from a form, an answer or a file
    /// name goes through here.
    public static func escape(_ text: String) -> String {
        Escaping.byCodePoint(TextSafety.displayable(text)) { scalar in
            switch scalar {
            case "|": "\\|"
            case "\n", "\r": " "
            case "*", "_", "`", "[", "]", "<", ">": "\\" + String(scalar)
            default: nil
            }
        }
    }
}
