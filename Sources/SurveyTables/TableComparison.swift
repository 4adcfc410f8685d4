public import SurveyForm

/// Adds last year's figures to this year's tables: count and share then, and the change in
/// each (the share's in percentage points).
public enum TableComparison {
    /// Tables matched by question and group, rows by category or choice id (then by label).
    /// `noun` names the respondents in the sentences ("Matematiklyftet: 3 kommuner, fler än för ett år sedan (1).").
    public static func compare(_ current: [Table], with previous: [Table], format: TableFormat = TableFormat(),
                               noun: RespondentNoun = .municipality) -> [Table] {
        var earlier: [String: Table] = [:]
        for table in previous { earlier[key(table)] = table }
        return current.map { table in
            guard let before = earlier[key(table)] ?? previous.first(where: { $0.number != nil && $0.number == table.number && $0.group == table.group }),
                  table.rows.contains(where: { $0.count != nil && $0.share != nil }) else { return table }
            return compare(table, with: before, noun: noun)
        }
    }

    private static func key(_ table: Table) -> String {
        table.questionID + "\u{0}" + (table.group ?? "")
    }

    private static func compare(_ table: Table, with before: Table, noun: RespondentNoun) -> Table {
        var result = table
        result.previousAnswered = before.answered
        // Last year's N, as this year's header gives it: the respondents, or a count grid's participants.
        result.valueHeaders += ["Förra året (\(before.base))", "Andel förra året", "Förändring", "Förändring andel (procentenheter)"]
        // A count grid's rows count participants (politicians, teachers), not respondents.
        func counted(_ count: Int) -> String {
            table.kind == .countGrid ? "\(count)" : "\(count) \(noun.noun(for: count))"
        }
        func label(_ row: Table.Row) -> String { TableFindings.Wording.trimmingFullStop(row.label) }
        var sentences: [String] = []
        var matched = Set<Int>()
        result.rows = table.rows.map { row in
            var row = row
            guard let count = row.count, let share = row.share else {
                row.cells += [.none, .none, .none, .none]
                return row
            }
            let index = before.rows.firstIndex { $0.key == row.key } ?? before.rows.firstIndex { $0.label == row.label }
            guard let index, let then = before.rows[index].count, let shareThen = before.rows[index].share else {
                row.cells += [.none, .none, .text("ny"), .none]
                sentences.append("\(label(row)): \(counted(count)), ny i år.")
                return row
            }
            matched.insert(index)
            row.previousCount = then
            row.cells += [.count(then), .share(shareThen), .countChange(count - then), .shareChange((share - shareThen) * 100)]
            if count > then {
                sentences.append("\(label(row)): \(counted(count)), fler än för ett år sedan (\(then)).")
            } else if count < then {
                sentences.append("\(label(row)): \(counted(count)), färre än för ett år sedan (\(then)).")
            }
            return row
        }
        for (index, row) in before.rows.enumerated() where !matched.contains(index) {
            guard let then = row.count, let shareThen = row.share else { continue }
            var gone = Table.Row(label: row.label, cells: [.count(0), .share(0), .count(then), .share(shareThen),
                                                           .countChange(-then), .shareChange(-shareThen * 100)], key: row.key)
            gone.previousCount = then
            result.rows.append(gone)
            sentences.append("\(label(row)): ingen i år, \(then) för ett år sedan.")
        }
        result.comparisonNotes += sentences
        return result
    }
}
