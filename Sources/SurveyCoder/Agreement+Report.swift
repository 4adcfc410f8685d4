import Foundation

extension Agreement {
    /// The agreement as a plain-text report: the overall figures, then one line per category
    /// (units in it by each coding and by both, agreement, kappa, alpha). `labels` maps
    /// category ids to labels; undefined figures (one value throughout) show as "–".
    public func report(labels: [String: String] = [:]) -> String {
        func figure(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "–" }
        var lines: [String] = []
        let unitName = unit == .statements ? "statements" : "answers"
        lines.append("\(units) \(unitName) coded in both" + (onlyInFirst + onlyInSecond > 0 ? " (\(onlyInFirst) only in the first, \(onlyInSecond) only in the second)" : ""))
        lines.append("identical categories: \(String(format: "%.1f", exactAgreement * 100))%")
        lines.append("Cohen's kappa (category sets as values): \(figure(kappa))")
        lines.append("Krippendorff's alpha, nominal: \(figure(alphaNominal)); MASI: \(figure(alphaMASI))")
        let rows = categories.map { category -> [String] in
            [labels[category.id] ?? category.id, String(category.first), String(category.second), String(category.both),
             String(format: "%.1f%%", category.observed * 100), figure(category.kappa), figure(category.alpha)]
        }
        let header = ["Kategori", "A", "B", "Båda", "Överens", "Kappa", "Alfa"]
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        lines.append("")
        for row in all {
            let cells = row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }
            lines.append(cells.joined(separator: "  "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
