import Foundation

extension Agreement {
    /// The agreement as a plain-text report in Swedish: the overall figures, then one line per
    /// category (units in it by each coding and by both, agreement, kappa, alpha). `labels`
    /// maps category ids to labels; undefined figures (one value throughout) show as "–".
    /// With `matching`, the report first says how the categories were paired.
    public func report(labels: [String: String] = [:], matching: CategoryMatching? = nil) -> String {
        func figure(_ value: Double?) -> String { value.map { Self.swedish($0, decimals: 3) } ?? "–" }
        func percent(_ value: Double) -> String { Self.swedish(value * 100, decimals: 1) + " %" }
        var lines: [String] = []
        if let matching { lines.append(matching.description.trimmingCharacters(in: .newlines)) }
        let unitName = unit == .statements ? (units == 1 ? "påstående" : "påståenden") : "svar"
        lines.append("\(units) \(unitName) kodade i båda" + (onlyInFirst + onlyInSecond > 0 ? " (\(onlyInFirst) bara i A, \(onlyInSecond) bara i B)" : ""))
        lines.append("Samma kategorier: \(percent(exactAgreement))")
        lines.append("Cohens kappa (kategorimängder som värden): \(figure(kappa))")
        lines.append("Krippendorffs alfa, nominell: \(figure(alphaNominal)); MASI: \(figure(alphaMASI))")
        let rows = categories.map { category -> [String] in
            [labels[category.id] ?? category.id, String(category.first), String(category.second), String(category.both),
             percent(category.observed), figure(category.kappa), figure(category.alpha)]
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

    /// `0,379`: a decimal comma, as Swedish readers write it.
    static func swedish(_ value: Double, decimals: Int) -> String {
        String(format: "%.\(decimals)f", value).replacingOccurrences(of: ".", with: ",")
    }
}
