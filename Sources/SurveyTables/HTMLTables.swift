import Foundation
import SurveyText

/// Tables as HTML with an inline SVG bar chart each: no scripts, no external files, prints well.
///
/// Accessible: header cells with their scope, the caption in the table's `<caption>`, and each
/// chart an image whose text alternative gives every bar's label and share.
public enum HTMLTables {
    public static func render(_ tables: [Table], format: TableFormat = TableFormat()) -> String {
        tables.map { render($0, format: format) }.joined(separator: "\n")
    }

    public static func render(_ table: Table, format: TableFormat = TableFormat()) -> String {
        var html = "<figure class=\"table\" id=\"\(anchor(table))\">\n<table>\n<caption>\(escape(table.caption))</caption>\n<thead><tr>"
        html += "<th scope=\"col\">\(escape(table.labelHeader))</th>"
        for header in table.valueHeaders {
            html += "<th scope=\"col\" class=\"num\">\(escape(header))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr><th scope=\"row\">\(escape(row.label))</th>"
            for cell in row.cells {
                html += "<td class=\"num\">\(escape(format.text(of: cell)))</td>"
            }
            html += "</tr>\n"
        }
        if table.rows.isEmpty {
            html += "<tr><td colspan=\"\(table.valueHeaders.count + 1)\"><em>\(escape(table.emptySentence))</em></td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        html += BarChart.svg(for: table, format: format)
        for note in table.allNotes {
            html += "<p class=\"note\">\(escape(note))</p>\n"
        }
        html += "</figure>\n"
        return html
    }

    /// `tabell-3`, or the question id for tables without a number; grouped tables add their group.
    public static func anchor(_ table: Table) -> String {
        var id = table.number.map { "tabell-\($0)" } ?? "tabell-\(table.questionID)"
        if let group = table.group { id += "-" + slug(group) }
        return id
    }

    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if "åä".unicodeScalars.contains(scalar) {
                out += "a"
            } else if scalar == "ö" {
                out += "o"
            } else if !out.hasSuffix("-") {
                out += "-"
            }
        }
        return out
    }

    /// Text as HTML shows it literally; the rule lives in `HTMLText.escape`, which every HTML
    /// output of the tool (the report, the respondent's pages in the browser) follows.
    public static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }
}

/// Horizontal bars of each row's share, drawn as inline SVG.
public enum BarChart {
    static let width = 640
    static let labelWidth = 280
    static let rowHeight = 22

    /// The chart's text alternative: "Stapeldiagram över andelarna i Tabell 3 Pilotomgång år 2:
    /// Matematiklyftet 86%, …".
    public static func description(of table: Table, format: TableFormat = TableFormat()) -> String {
        let bars = table.rows.compactMap { row in row.share.map { "\(row.label) \(format.share($0))" } }
        return "Stapeldiagram över andelarna i \(table.caption): " + bars.joined(separator: ", ") + "."
    }

    /// The chart as a standalone SVG document (for converting to an image), or nil when the table has no shares.
    public static func document(for table: Table, format: TableFormat = TableFormat()) -> String? {
        let svg = svg(for: table, format: format)
        guard !svg.isEmpty else { return nil }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.replacingOccurrences(of: " class=\"chart\" role=\"img\"", with: "")
    }

    static func svg(for table: Table, format: TableFormat) -> String {
        let bars = table.rows.compactMap { row -> (String, Double, String)? in
            guard let share = row.share else { return nil }
            return (row.label, share, format.text(of: .share(share)))
        }
        guard !bars.isEmpty else { return "" }
        let height = bars.count * rowHeight + 8
        let barArea = Double(width - labelWidth - 60)
        let alternative = HTMLTables.escape(description(of: table, format: format))
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"\(alternative)\" font-family=\"Helvetica, Arial, sans-serif\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\">\n"
        svg += "<title>\(alternative)</title>\n"
        for (index, bar) in bars.enumerated() {
            let y = 4 + index * rowHeight
            let length = max(0, min(1, bar.1)) * barArea
            let label = bar.0.count > 42 ? String(bar.0.prefix(41)) + "…" : bar.0
            svg += "<g><title>\(HTMLTables.escape(bar.0)): \(HTMLTables.escape(bar.2))</title>"
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\" font-size=\"12\">\(HTMLTables.escape(label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(String(format: "%.1f", length))\" height=\"\(rowHeight - 6)\" fill=\"#2f6f9f\"/>"
            svg += "<text x=\"\(String(format: "%.1f", Double(labelWidth) + length + 6))\" y=\"\(y + 15)\" font-size=\"12\">\(HTMLTables.escape(bar.2))</text></g>\n"
        }
        svg += "</svg>\n"
        return svg
    }
}
