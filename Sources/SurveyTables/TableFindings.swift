public import SurveyForm

/// Writes what a table shows in one to three Swedish sentences, in the style of the
/// published annual report: the largest rows with their counts in words ("sex av sju
/// kommuner"), who did not answer, and with last year's figures the largest change.
///
/// Everything comes from the table: a sentence names rows and counts the table has and
/// nothing else (see `Finding.rows`). Respondents are named with the form's noun.
public struct TableFindings: Sendable {
    public let form: Form
    public let noun: RespondentNoun
    public let format: TableFormat

    public init(form: Form, noun: RespondentNoun, format: TableFormat = TableFormat()) {
        self.form = form
        self.noun = noun
        self.format = format
    }

    /// How answers to a question are spoken of: the verb, split for word order ("har" …
    /// "markerat"), and how a row is named.
    struct Wording {
        /// The finite verb: "nämner", "har", "anger", "svarar".
        var finite: String
        /// What follows the subject in an inverted clause: "markerat", or nothing.
        var rest: String
        /// Rows named in quotation marks (categories, choices) or as plain lower-case words (ja, nej).
        var quotesLabels: Bool

        func object(_ row: Table.Row) -> String {
            guard quotesLabels else { return row.label.lowercased() }
            return "”" + Self.trimmingFullStop(row.label) + "”"
        }

        /// "nämner ”X”", "har markerat ”X”", "svarar ja".
        func predicate(_ row: Table.Row) -> String {
            [finite, rest, object(row)].filter { !$0.isEmpty }.joined(separator: " ")
        }

        /// A label ending a category ("… sprider i nätverk.") loses its full stop inside quotation marks.
        static func trimmingFullStop(_ label: String) -> String {
            label.hasSuffix(".") && !label.hasSuffix("..") ? String(label.dropLast()) : label
        }
    }

    func wording(for table: Table) -> Wording {
        switch form.question(withID: table.questionID)?.kind {
        case .multipleChoice?: Wording(finite: "har", rest: "markerat", quotesLabels: true)
        case .singleChoice?, .termOrDate?: Wording(finite: "anger", rest: "", quotesLabels: true)
        case .yesNo?, .status?: Wording(finite: "svarar", rest: "", quotesLabels: false)
        default: Wording(finite: "nämner", rest: "", quotesLabels: true)
        }
    }

    // MARK: - Per table

    /// The sentences for one table, in the order they are printed.
    public func findings(for table: Table) -> [Finding] {
        let applicable = table.answered + table.nonRespondents.count
        if table.answered == 0 {
            return [finding(.nobodyAnswered, "Ingen \(noun.singular) har svarat på frågan.", table)]
        }
        var sentences: [Finding] = []
        if !table.nonRespondents.isEmpty, table.kind != .status {
            sentences.append(nonRespondents(table, applicable: applicable))
        }
        switch table.kind {
        case .coded, .choice:
            if form.question(withID: table.questionID)?.kind == .yesNo {
                sentences += yesNo(table)
            } else {
                sentences += largestAndNext(table, applicable: applicable)
            }
        case .status:
            sentences += status(table, applicable: applicable)
        case .scale:
            sentences += scale(table)
        case .number:
            sentences += number(table)
        case .countGrid:
            sentences += countGrid(table)
        case .checkGrid:
            sentences += checkGrid(table)
        }
        if let change = change(table) {
            // One to three sentences: the change replaces the rows after the largest.
            if sentences.count >= 3, let index = sentences.lastIndex(where: { $0.kind == .next }) { sentences.remove(at: index) }
            sentences.append(change)
        }
        return sentences
    }

    private func finding(_ kind: Finding.Kind, _ text: String, _ table: Table, rows: [Table.Row] = [], strength: Double = 0,
                         inSummary: String? = nil) -> Finding {
        Finding(kind: kind, text: text, questionID: table.questionID, group: table.group, rows: rows.map(\.key),
                strength: strength, inSummary: inSummary)
    }

    /// "sex av sju kommuner"; "alla sju kommuner", "båda kommunerna", "den kommun som har svarat"
    /// when every one of those who answered is in the row.
    func share(_ count: Int, of answered: Int, applicable: Int) -> String {
        let whoAnswered = answered < applicable ? " som har svarat" : ""
        if count == answered {
            switch answered {
            case 1: return "den \(noun.singular) som har svarat"
            case 2: return "båda \(noun.definitePlural)\(whoAnswered)"
            default: return "alla \(SwedishNumberWords.cardinal(answered)) \(noun.plural)\(whoAnswered)"
            }
        }
        return "\(SwedishNumberWords.cardinal(count)) av \(SwedishNumberWords.cardinal(answered)) \(noun.noun(for: answered))"
    }

    /// "Uppsala har inte svarat på frågan."; with more than two missing, how many answered.
    private func nonRespondents(_ table: Table, applicable: Int) -> Finding {
        if table.nonRespondents.count <= 2 {
            return finding(.nonRespondents, "\(SwedishList.join(table.nonRespondents)) har inte svarat på frågan.", table)
        }
        let text = "\(SwedishNumberWords.capitalized(table.answered)) av \(SwedishNumberWords.cardinal(applicable)) \(noun.noun(for: applicable)) har svarat på frågan."
        return finding(.nonRespondents, text, table)
    }

    /// The rows with the largest count, then those with the next count (when at least two have it).
    private func largestAndNext(_ table: Table, applicable: Int) -> [Finding] {
        let wording = wording(for: table)
        let counted = table.rows.filter { ($0.count ?? 0) > 0 }
        guard let most = counted.compactMap(\.count).max() else { return [] }
        let top = counted.filter { $0.count == most }
        if most == 1, counted.count > 1, table.kind == .coded {
            return [finding(.spread, "Svaren är spridda: ingen kategori nämns av mer än en \(noun.singular).", table, rows: counted)]
        }
        let subject = share(most, of: table.answered, applicable: applicable)
        let alike = top.count > 1 ? ", och lika många " + SwedishList.join(top.dropFirst().map(wording.object)) : ""
        let text = capitalized("\(subject) \(wording.predicate(top[0]))\(alike).")
        let inverted = [wording.finite, subject, wording.rest, wording.object(top[0])].filter { !$0.isEmpty }.joined(separator: " ")
        let summary = "På frågan ”\(table.questionText)” \(inverted)\(alike)\(reference(table))."
        let strength = most >= 2 ? Double(most) / Double(table.answered) : 0
        var findings = [finding(.largest, text, table, rows: top, strength: strength, inSummary: summary)]
        let rest = counted.filter { ($0.count ?? 0) < most }
        if let second = rest.first?.count, second >= 2 {
            let level = rest.filter { $0.count == second }
            if level.count <= 3 {
                let alike = level.count > 1 ? ", och lika många " + SwedishList.join(level.dropFirst().map(wording.object)) : ""
                let text = "\(SwedishNumberWords.capitalized(second)) \(noun.noun(for: second)) \(wording.predicate(level[0]))\(alike)."
                findings.append(finding(.next, text, table, rows: level))
            }
        }
        return findings
    }

    /// "Fem av sju kommuner svarar ja och två nej."
    private func yesNo(_ table: Table) -> [Finding] {
        let counted = table.rows.filter { ($0.count ?? 0) > 0 }
            .enumerated().sorted { ($0.element.count ?? 0, -$0.offset) > ($1.element.count ?? 0, -$1.offset) }.map(\.element)
        guard let first = counted.first, let most = first.count else { return [] }
        let subject = share(most, of: table.answered, applicable: table.answered + table.nonRespondents.count)
        let others = counted.dropFirst().map { "\(SwedishNumberWords.cardinal($0.count ?? 0)) \($0.label.lowercased())" }
        let tail = others.isEmpty ? "" : " och " + others.joined(separator: " och ")
        let text = capitalized("\(subject) svarar \(first.label.lowercased())\(tail).")
        let summary = "På frågan ”\(table.questionText)” svarar \(subject) \(first.label.lowercased())\(tail)\(reference(table))."
        return [finding(.distribution, text, table, rows: counted, strength: Double(most) / Double(table.answered), inSummary: summary)]
    }

    /// "Fyra kommuner har svarat på frågan." and who said what: names when three or fewer.
    private func status(_ table: Table, applicable: Int) -> [Finding] {
        let answered = table.answered < applicable
            ? "\(SwedishNumberWords.capitalized(table.answered)) av \(SwedishNumberWords.cardinal(applicable)) \(noun.noun(for: applicable)) har svarat på frågan."
            : "\(SwedishNumberWords.capitalized(table.answered)) \(noun.noun(for: table.answered)) har svarat på frågan."
        let counted = table.rows.filter { ($0.count ?? 0) > 0 }
        let parts = counted.enumerated().map { index, row -> String in
            let count = row.count ?? 0
            let who = count <= 3 && row.respondents.count == count ? SwedishList.join(row.respondents) : SwedishNumberWords.cardinal(count)
            return index == 0 ? "\(who) svarar \(row.label.lowercased())" : "\(who) \(row.label.lowercased())"
        }
        var findings = [finding(.nonRespondents, answered, table)]
        if !parts.isEmpty {
            let text = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " och " + parts[parts.count - 1]
            findings.append(finding(.distribution, capitalized(text + "."), table, rows: counted))
        }
        return findings
    }

    /// "Medelvärdet är 2,86 på skalan 1–4." and the most common step.
    private func scale(_ table: Table) -> [Finding] {
        let steps = table.rows.filter { $0.key != "medelvarde" }
        var findings: [Finding] = []
        if let meanRow = table.rows.first(where: { $0.key == "medelvarde" }), case .mean(let mean)? = meanRow.cells.first,
           let low = steps.first?.key, let high = steps.last?.key, let lowest = Double(low), let highest = Double(high) {
            let text = "Medelvärdet är \(format.mean(mean)) på skalan \(low)–\(high)."
            let middle = (lowest + highest) / 2
            let strength = highest > lowest ? abs(mean - middle) / ((highest - lowest) / 2) : 0
            let summary = "På frågan ”\(table.questionText)” är medelvärdet \(format.mean(mean)) på skalan \(low)–\(high)\(reference(table))."
            findings.append(finding(.mean, text, table, rows: [meanRow], strength: strength, inSummary: summary))
        }
        let counted = steps.filter { ($0.count ?? 0) > 0 }
        if let most = counted.compactMap(\.count).max() {
            let top = counted.filter { $0.count == most }
            let labels = SwedishList.join(top.map { "”\($0.label)”" })
            let each = top.count > 1 ? " vardera" : ""
            let text = "Vanligast är \(labels): \(share(most, of: table.answered, applicable: table.answered + table.nonRespondents.count))\(each)."
            findings.append(finding(.largest, text, table, rows: top))
        }
        return findings
    }

    /// "Sju kommuner har svarat. Medelvärdet är 4,29 mål, medianen 4,00; lägst 2,00 och högst 9,00."
    private func number(_ table: Table) -> [Finding] {
        func row(_ key: String) -> Table.Row? { table.rows.first { $0.key == key } }
        func value(_ key: String) -> String? {
            guard let cell = row(key)?.cells.first else { return nil }
            return format.text(of: cell)
        }
        guard let mean = value("medelvarde"), let median = value("median"), let low = value("lagst"), let high = value("hogst") else { return [] }
        var unit = ""
        if case .number(let spec)? = form.question(withID: table.questionID)?.kind, let name = spec.unit { unit = " " + name }
        let text = "Medelvärdet är \(mean)\(unit), medianen \(median); lägst \(low) och högst \(high)."
        let rows = ["medelvarde", "median", "lagst", "hogst"].compactMap(row)
        return [finding(.mean, text, table, rows: rows)]
    }

    /// "Flest är ”Rektorer” och ”Lärare”, 18 vardera av 64 (28%). Färst är …"
    private func countGrid(_ table: Table) -> [Finding] {
        let counted = table.rows.filter { ($0.count ?? 0) > 0 }
        guard let most = counted.compactMap(\.count).max(), let least = counted.compactMap(\.count).min() else { return [] }
        func sentence(_ word: String, _ count: Int, _ kind: Finding.Kind) -> Finding {
            let rows = counted.filter { $0.count == count }
            let labels = SwedishList.join(rows.map { "”\(Wording.trimmingFullStop($0.label))”" })
            let each = rows.count > 1 ? " vardera" : ""
            let share = rows[0].share.map { " (\(format.share($0)))" } ?? ""
            return finding(kind, "\(word) är \(labels), \(count)\(each) av \(table.base)\(share).", table, rows: rows)
        }
        var findings = [sentence("Flest", most, .largest)]
        if least < most { findings.append(sentence("Färst", least, .smallest)) }
        return findings
    }

    /// "Flest kryss har ”Förbättrade resultat” under ÅK 6: fyra av sju kommuner."
    private func checkGrid(_ table: Table) -> [Finding] {
        var cells: [(row: Table.Row, column: String, count: Int)] = []
        for row in table.rows {
            for (index, cell) in row.cells.enumerated() {
                if case .count(let count) = cell, index < table.valueHeaders.count {
                    cells.append((row, table.valueHeaders[index], count))
                }
            }
        }
        guard let most = cells.map(\.count).max() else { return [] }
        let top = cells.filter { $0.count == most }
        guard top.count <= 3 else { return [] }
        let places = SwedishList.join(top.map { "”\(Wording.trimmingFullStop($0.row.label))” under \($0.column)" })
        let each = top.count > 1 ? " vardera" : ""
        let who = "\(SwedishNumberWords.cardinal(most)) av \(SwedishNumberWords.cardinal(table.answered)) \(noun.noun(for: table.answered))"
        var rows: [Table.Row] = []
        for cell in top where !rows.contains(where: { $0.key == cell.row.key }) { rows.append(cell.row) }
        return [finding(.largest, "Flest kryss har \(places): \(who)\(each).", table, rows: rows)]
    }

    /// The largest change in a row since last year, when the table is compared.
    private func change(_ table: Table) -> Finding? {
        guard table.previousAnswered != nil, table.kind != .countGrid, table.kind != .checkGrid,
              table.kind != .number else { return nil }
        let wording = wording(for: table)
        let rows = table.rows.filter { $0.count != nil && $0.key != "medelvarde" }
        let changes = rows.compactMap { row -> (row: Table.Row, delta: Int)? in
            let delta = (row.count ?? 0) - (row.previousCount ?? 0)
            return delta == 0 ? nil : (row, delta)
        }
        // The first of the rows with the largest change, in the table's order.
        guard let size = changes.map({ abs($0.delta) }).max(), let chosen = changes.first(where: { abs($0.delta) == size }) else {
            return finding(.unchanged, "Antalen är desamma som för ett år sedan.", table, rows: rows)
        }
        let row = chosen.row
        let now = row.count ?? 0
        let text: String
        if let then = row.previousCount {
            if now == 0 {
                text = "Ingen \(noun.singular) \(wording.predicate(row)) i år, mot \(SwedishNumberWords.cardinal(then)) för ett år sedan."
            } else {
                let more = chosen.delta > 0 ? "Fler" : "Färre"
                text = "\(more) \(noun.plural) än för ett år sedan \(wording.predicate(row)): \(SwedishNumberWords.cardinal(now)) mot \(SwedishNumberWords.cardinal(then))."
            }
        } else {
            text = "\(wording.object(row).prefix(1).uppercased() + wording.object(row).dropFirst()) är ny sedan förra året: \(SwedishNumberWords.cardinal(now)) \(noun.noun(for: now))."
        }
        let strength = table.answered > 0 ? Double(abs(chosen.delta)) / Double(max(table.answered, table.previousAnswered ?? 0)) : 0
        let summary = String(text.dropLast()) + "\(reference(table, naming: true))."
        return finding(.change, text, table, rows: [row], strength: strength, inSummary: summary)
    }

    /// " (tabell 3)"; for a table without a number, with `naming`, the question.
    private func reference(_ table: Table, naming: Bool = false) -> String {
        if let number = table.number { return " (tabell \(number))" }
        return naming ? " (frågan ”\(table.questionText)”)" : ""
    }

    private func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    // MARK: - Whole report

    /// "Sex av sju kommuner har svarat på frågan.", for questions without a table.
    public func answered(_ count: Int, of applicable: Int) -> String {
        if count == 0 { return "Ingen \(noun.singular) har svarat på frågan." }
        if count == applicable, count > 2 {
            return "Alla \(SwedishNumberWords.cardinal(count)) \(noun.plural) har svarat på frågan."
        }
        if count == applicable, count == 2 { return "Båda \(noun.definitePlural) har svarat på frågan." }
        return "\(SwedishNumberWords.capitalized(count)) av \(SwedishNumberWords.cardinal(applicable)) \(noun.noun(for: applicable)) har svarat på frågan."
    }

    /// The summary's paragraph for one section: its strongest findings, at most `limit` about
    /// the largest rows and one about a change, in the order of the tables.
    public static func strongest(_ findings: [Finding], limit: Int = 2) -> [Finding] {
        let candidates = findings.enumerated().filter { $0.element.inSummary != nil && $0.element.strength > 0 }
        func best(_ kinds: Set<Finding.Kind>, _ count: Int) -> [(offset: Int, element: Finding)] {
            Array(candidates.filter { kinds.contains($0.element.kind) }
                .sorted { $0.element.strength != $1.element.strength ? $0.element.strength > $1.element.strength : $0.offset < $1.offset }
                .prefix(count))
        }
        let chosen = best([.largest, .distribution, .mean], limit) + best([.change], 1)
        return chosen.sorted { $0.offset < $1.offset }.map(\.element)
    }
}
