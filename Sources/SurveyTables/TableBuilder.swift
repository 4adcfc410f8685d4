import SurveyCoder
public import SurveyForm
public import SurveyResponses
public import SurveyYAML

/// Builds every table a form declares from a folder of answers and their codings.
///
/// Counts are of respondents (municipalities), never of statements; shares are of the
/// respondents who answered the question, or for count grids of all participants counted.
public struct TableBuilder: Sendable {
    public enum Grouping: String, Sendable, CaseIterable {
        case none
        case round
        case network
    }

    public let form: Form
    public let register: Register?
    /// At most this many quotes per category (from different respondents).
    public let quoteLimit: Int
    /// What a respondent is, for the notes ("i snitt 4,0 per kommun").
    public let noun: RespondentNoun
    private let respondents: [Respondent]
    private let codes: CodeSet

    /// One readable response and which questions apply to it.
    struct Respondent: Sendable {
        var name: String
        var round: String
        var response: Response
        var applies: [Bool]

        /// The answer to a question, when it applies and says something.
        func answer(_ form: Form, _ questionID: String) -> AnswerValue? {
            guard applies(form, questionID) else { return nil }
            return response.countedValue(of: questionID)
        }

        func applies(_ form: Form, _ questionID: String) -> Bool {
            guard let index = form.questionIndex[questionID] else { return false }
            return applies[index]
        }
    }

    public init(form: Form, responses: ResponseSet, codes: CodeSet = CodeSet(), register: Register? = nil, quoteLimit: Int = 2) {
        self.form = form
        self.register = register
        self.quoteLimit = quoteLimit
        self.noun = RespondentNoun.of(form: form, register: register)
        self.codes = codes
        self.respondents = responses.items.compactMap { item in
            guard let response = item.result.response else { return nil }
            let applies = response.applicability(in: form)
            return Respondent(name: item.location.respondent, round: item.location.round, response: response, applies: applies)
        }
    }

    /// Every table, in form order; grouped tables follow each other per question.
    /// Problems (codings out of date, questions not coded) come back as warnings.
    /// With `numbers`, only the tables with those numbers are built, and warned about.
    public func tables(grouping: Grouping = .none, numbers: Set<Int>? = nil) -> (tables: [Table], warnings: [Diagnostic]) {
        var tables: [Table] = []
        var warnings: [Diagnostic] = []
        // The coder weighs statements to find each category's most central ones to quote.
        let language = CoderLanguage(argument: form.language) ?? .swedish
        let coder = try? Coder(options: CoderOptions(language: language))
        for question in form.tabulatedQuestions {
            if let numbers, !(question.table?.number.map(numbers.contains) ?? false) { continue }
            for (groupTitle, members) in groups(grouping) {
                let (table, problems) = table(for: question, respondents: members, group: groupTitle, coder: coder)
                if var table {
                    // Ungrouped tables name their round in the caption only ("Tabell 3 Pilotomgång år 2").
                    if grouping == .none { table.group = nil }
                    tables.append(table)
                }
                warnings += problems
            }
        }
        return (tables, warnings.uniqued())
    }

    /// The respondents split into groups, each with its title, in the register's order;
    /// one group titled by its round (when there is just one) when not grouping.
    private func groups(_ grouping: Grouping) -> [(String?, [Respondent])] {
        switch grouping {
        case .none:
            return [(defaultGroupTitle, respondents)]
        case .round, .network:
            var members: [String: [Respondent]] = [:]
            for respondent in respondents {
                members[groupTitle(of: respondent, grouping), default: []].append(respondent)
            }
            var order: [String] = []
            for round in register?.rounds ?? [] {
                if grouping == .round {
                    order.append(round.title)
                } else {
                    order += round.networks.map { "\(round.title), \($0.title)" }
                }
            }
            order = order.filter { members[$0] != nil }
            order += members.keys.filter { !order.contains($0) }.sorted(by: SwedishOrder.lessThan)
            return order.map { ($0, members[$0] ?? []) }
        }
    }

    /// The round's title when every respondent is in one round of the register ("Pilotomgång").
    private var defaultGroupTitle: String? {
        let rounds = Set(respondents.map(\.round))
        guard rounds.count == 1, let round = rounds.first, let title = register?.round(withID: round)?.title else { return nil }
        return title
    }

    private func groupTitle(of respondent: Respondent, _ grouping: Grouping) -> String {
        if let placement = register?.placement(of: respondent.name) {
            return grouping == .round ? placement.round.title : "\(placement.round.title), \(placement.network.title)"
        }
        if grouping == .round, let title = register?.round(withID: respondent.round)?.title { return title }
        return respondent.round.isEmpty ? "Utanför registret" : respondent.round
    }

    /// "Tabell 3 Pilotomgång år 2"; a table without a number is named by its title instead.
    private func caption(_ question: Question, group: String?) -> String {
        let context = [group, form.edition].compactMap { $0 }.joined(separator: " ")
        guard let number = question.table?.number else {
            let title = question.table?.title ?? question.qualifiedText
            return context.isEmpty ? title : "\(title), \(context)"
        }
        return context.isEmpty ? "Tabell \(number)" : "Tabell \(number) \(context)"
    }

    // MARK: - One table

    private func table(for question: Question, respondents: [Respondent], group: String?, coder: Coder?) -> (Table?, [Diagnostic]) {
        guard let spec = question.table else { return (nil, []) }
        var answers: [(name: String, value: AnswerValue)] = []
        var silent: [String] = []
        for respondent in respondents {
            if let value = respondent.answer(form, question.id) {
                answers.append((respondent.name, value))
            } else if respondent.applies(form, question.id) {
                silent.append(respondent.name)
            }
        }
        // Every list of respondents in a table follows Swedish alphabetical order.
        answers.sort { SwedishOrder.lessThan($0.name, $1.name) }
        var table = Table(
            number: spec.number, title: spec.title, caption: caption(question, group: group),
            questionID: question.id, questionText: question.qualifiedText, originalQuestion: question.splitFrom,
            kind: .choice, group: group, answered: answers.count, base: answers.count,
            labelHeader: spec.title, valueHeaders: ["Antal \(answers.count)", "Andel"], rows: []
        )
        table.nonRespondents = silent.sorted(by: SwedishOrder.lessThan)
        table.published = spec.publish
        var warnings: [Diagnostic] = []
        switch question.kind {
        case .text, .shortText:
            table.kind = .coded
            warnings = fillCoded(&table, question: question, answers: answers, coder: coder)
        case .singleChoice(let choices), .multipleChoice(let choices):
            fillChoices(&table, options: choices.options, answers: answers)
            table.rows = sortedByCount(table.rows)
        case .yesNo:
            fillChoices(&table, options: [Choice(id: "ja", label: "Ja"), Choice(id: "nej", label: "Nej")], answers: answers)
        case .status:
            table.kind = .status
            fillChoices(&table, options: Status.allCases.map { Choice(id: $0.rawValue, label: $0.label.prefix(1).uppercased() + $0.label.dropFirst()) },
                        answers: answers)
        case .scale(let points):
            table.kind = .scale
            fillScale(&table, points: points, answers: answers)
        case .countGrid(let grid):
            table.kind = .countGrid
            fillCountGrid(&table, grid: grid, answers: answers, respondents: respondents.count)
        case .checkGrid(let grid):
            table.kind = .checkGrid
            fillCheckGrid(&table, grid: grid, answers: answers)
        case .number(let numberSpec):
            table.kind = .number
            fillNumbers(&table, unit: numberSpec.unit, answers: answers)
        case .termOrDate:
            fillTerms(&table, answers: answers)
        }
        return (table, warnings)
    }

    private func share(_ count: Int, of base: Int) -> Table.Cell {
        base == 0 ? .none : .share(Double(count) / Double(base))
    }

    /// Rows by count, most first; rows of equal count keep the order they come in (the
    /// codebook's or the form's: the order staff chose).
    private func sortedByCount(_ rows: [Table.Row]) -> [Table.Row] {
        rows.enumerated().sorted { a, b in
            let (countA, countB) = (a.element.count ?? 0, b.element.count ?? 0)
            if countA != countB { return countA > countB }
            return a.offset < b.offset
        }.map(\.element)
    }

    private func fillChoices(_ table: inout Table, options: [Choice], answers: [(name: String, value: AnswerValue)]) {
        var others: [String] = []
        table.rows = options.map { option in
            let chosen = answers.filter { answer in
                switch answer.value {
                case .choice(let id, _): id == option.id
                case .choices(let ids, _): ids.contains(option.id)
                case .yesNo(let yes): (yes ? "ja" : "nej") == option.id
                case .status(let status): status.rawValue == option.id
                default: false
                }
            }.map(\.name)
            return Table.Row(label: option.label, cells: [.count(chosen.count), share(chosen.count, of: table.base)],
                             key: option.id, respondents: chosen)
        }
        // "Annat, nämligen …" that nobody chose is not printed, as in the published report.
        table.rows.removeAll { $0.key == ChoiceSpec.otherID && $0.count == 0 }
        for answer in answers {
            switch answer.value {
            case .choice(ChoiceSpec.otherID, let other?), .choices(_, let other?):
                others.append("\(other) (\(answer.name))")
            default: break
            }
        }
        if !others.isEmpty {
            table.notes.append("Annat: " + others.joined(separator: "; ") + ".")
        }
    }

    private func fillScale(_ table: inout Table, points: [ScalePoint], answers: [(name: String, value: AnswerValue)]) {
        var sum = 0
        table.rows = points.map { point in
            let chosen = answers.filter { $0.value == .scale(point.value) }.map(\.name)
            sum += point.value * chosen.count
            return Table.Row(label: "\(point.value) \(point.label)", cells: [.count(chosen.count), share(chosen.count, of: table.base)],
                             key: String(point.value), respondents: chosen)
        }
        if !answers.isEmpty {
            let mean = Double(sum) / Double(answers.count)
            table.rows.append(Table.Row(label: "Medelvärde", cells: [.mean(mean), .none], key: "medelvarde"))
        }
    }

    /// Sums per row; the note says how many of the group's `respondents` answered.
    private func fillCountGrid(_ table: inout Table, grid: CountGridSpec, answers: [(name: String, value: AnswerValue)], respondents: Int) {
        var sums: [String: Int] = [:]
        var who: [String: [String]] = [:]
        for answer in answers {
            guard case .countGrid(let rows, _) = answer.value else { continue }
            for (row, count) in rows {
                sums[row, default: 0] += count
                if count > 0 { who[row, default: []].append(answer.name) }
            }
        }
        let total = grid.rows.reduce(0) { $0 + (sums[$1.id] ?? 0) }
        table.base = total
        table.valueHeaders = ["Antal \(total)", "Andel av \(total)"]
        table.rows = grid.rows.map { row in
            let count = sums[row.id] ?? 0
            return Table.Row(label: row.label, cells: [.count(count), share(count, of: total)], key: row.id, respondents: who[row.id] ?? [])
        }
        if !answers.isEmpty {
            let average = TableFormat().number(Double(total) / Double(answers.count), decimals: 1)
            table.notes.append("\(answers.count) av \(noun.counted(respondents)) har svarat; i snitt \(average) per \(noun.singular).")
        }
    }

    private func fillCheckGrid(_ table: inout Table, grid: CheckGridSpec, answers: [(name: String, value: AnswerValue)]) {
        table.valueHeaders = grid.columns.map(\.label)
        table.rows = grid.rows.map { row in
            var who: Set<String> = []
            let cells: [Table.Cell] = grid.columns.map { column in
                let count = answers.filter { answer in
                    guard case .checkGrid(let checked) = answer.value else { return false }
                    let hit = checked[row.id]?.contains(column.id) ?? false
                    if hit { who.insert(answer.name) }
                    return hit
                }.count
                return count == 0 ? .none : .count(count)
            }
            return Table.Row(label: row.label, cells: cells, key: row.id, respondents: who.sorted(by: SwedishOrder.lessThan))
        }
        table.notes.append("Antal \(noun.plural) som kryssat i varje ruta; \(answers.count) har svarat.")
    }

    private func fillNumbers(_ table: inout Table, unit: String?, answers: [(name: String, value: AnswerValue)]) {
        let values = answers.compactMap { answer -> Double? in
            if case .number(let number) = answer.value { return number }
            return nil
        }.sorted()
        table.valueHeaders = [unit.map { "Värde (\($0))" } ?? "Värde"]
        guard !values.isEmpty else { return }
        let sum = values.reduce(0, +)
        let middle = values.count / 2
        let median = values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
        table.rows = [
            Table.Row(label: "Antal svar", cells: [.count(values.count)], key: "antal"),
            Table.Row(label: "Summa", cells: [.mean(sum)], key: "summa"),
            Table.Row(label: "Medelvärde", cells: [.mean(sum / Double(values.count))], key: "medelvarde"),
            Table.Row(label: "Median", cells: [.mean(median)], key: "median"),
            Table.Row(label: "Lägst", cells: [.mean(values.first!)], key: "lagst"),
            Table.Row(label: "Högst", cells: [.mean(values.last!)], key: "hogst"),
        ]
    }

    private func fillTerms(_ table: inout Table, answers: [(name: String, value: AnswerValue)]) {
        var counts: [TermOrDate: [String]] = [:]
        for answer in answers {
            if case .termOrDate(let when) = answer.value { counts[when, default: []].append(answer.name) }
        }
        table.rows = counts.keys.sorted().map { when in
            let names = counts[when] ?? []
            return Table.Row(label: when.description, cells: [.count(names.count), share(names.count, of: table.base)],
                             key: when.description, respondents: names)
        }
    }

    // MARK: - Coded free text

    private func fillCoded(_ table: inout Table, question: Question, answers: [(name: String, value: AnswerValue)], coder: Coder?) -> [Diagnostic] {
        let tableName = table.number.map { "Tabell \($0)" } ?? "tabellen för \(quoted: question.id)"
        guard let entry = codes[question.id] else {
            if !answers.isEmpty { table.emptyNote = Table.notCodedYet }
            return answers.isEmpty ? [] : [.warning("\(tableName): svaren på \(quoted: question.id) är inte kodade ännu; kör `survey code` och granska resultatet", at: nil)]
        }
        let single = question.table?.coding == .single
        var current: [String: Set<String>] = [:]
        for answer in answers {
            guard let text = answer.value.text else { continue }
            current[answer.name] = Set(single ? StatementSplitter.wholeAnswer(text) : StatementSplitter.statements(in: text))
        }
        var members: [String: Set<String>] = [:]
        var quotes: [String: [CodedStatement]] = [:]
        var uncategorized = Set<String>()
        var stale: [String: Int] = [:]
        var coded: [String: Set<String>] = [:]
        for statement in entry.coding.statements {
            guard let statements = current[statement.respondent] else { continue }
            guard statements.contains(statement.text) else {
                stale[statement.respondent, default: 0] += 1
                continue
            }
            coded[statement.respondent, default: []].insert(statement.text)
            if statement.categories.isEmpty { uncategorized.insert(statement.respondent) }
            for category in statement.categories {
                members[category, default: []].insert(statement.respondent)
                quotes[category, default: []].append(statement)
            }
        }
        let texts = Dictionary(answers.compactMap { answer in answer.value.text.map { (answer.name, $0) } }, uniquingKeysWith: { a, _ in a })
        let categories = entry.codebook.categories.filter { !(members[$0.id]?.isEmpty ?? true) }
        let quoted = Self.representative(categories.map { quotes[$0.id] ?? [] }, answers: texts, limit: quoteLimit, coder: coder,
                                         topic: [form.program].compactMap { $0 })
        table.rows = sortedByCount(zip(categories, quoted).map { category, quotes in
            let who = members[category.id] ?? []
            return Table.Row(label: category.label, cells: [.count(who.count), share(who.count, of: table.base)], key: category.id,
                             respondents: who.sorted(by: SwedishOrder.lessThan), quotes: quotes)
        })
        if !uncategorized.isEmpty {
            table.notes.append("\(uncategorized.count) av \(noun.counted(answers.count)) har också svar som inte hör till någon kategori i tabellen (Övrigt).")
        }
        if table.rows.isEmpty, !answers.isEmpty {
            table.emptyNote = uncategorized.isEmpty ? Table.notCodedYet : "inget av svaren hör till någon kategori"
        }
        var warnings: [Diagnostic] = []
        for (name, count) in stale.sorted(by: { SwedishOrder.lessThan($0.key, $1.key) }) {
            let statements = count == 1 ? "1 kodat påstående" : "\(count) kodade påståenden"
            warnings.append(.warning("\(tableName): \(statements) finns inte längre i \(genitive(name)) svar; kör `survey code` igen", at: nil))
        }
        for (name, statements) in current.sorted(by: { SwedishOrder.lessThan($0.key, $1.key) }) {
            let missing = statements.subtracting(coded[name] ?? []).count
            if missing > 0 {
                let uncoded = missing == 1 ? "1 påstående i \(genitive(name)) svar är inte kodat" : "\(missing) påståenden i \(genitive(name)) svar är inte kodade"
                warnings.append(.warning("\(tableName): \(uncoded); kör `survey code` igen", at: nil))
            }
        }
        return warnings
    }

    /// The quotes of each category: the whole sentences its statements stand in (so a quote
    /// starts where a sentence starts and ends where it ends), the category's most central
    /// first (those most like the rest of the category, as the coder weighs words), one per
    /// respondent, at most `limit`. Among equally central sentences, those nearest a readable
    /// length come first (a full sentence, not "Tiden!" and not a paragraph).
    static func representative(_ categories: [[CodedStatement]], answers: [String: String], limit: Int, coder: Coder?,
                               topic: [String] = []) -> [[Table.Quote]] {
        let sentences = categories.map { statements in
            statements.map { statement in
                answers[statement.respondent].map { StatementSplitter.sentence(containing: statement.text, in: $0) } ?? statement.text
            }
        }
        let centrality = (try? coder?.centrality(of: categories.map { $0.map(\.text) }, topic: topic))
            ?? categories.map { $0.map { _ in 1.0 } }
        func readability(_ text: String) -> Int { abs(text.count - 90) }
        return categories.indices.map { category in
            let candidates = categories[category].indices.map { index in
                (respondent: categories[category][index].respondent, text: sentences[category][index],
                 // Two decimals: differences below that say nothing about which is more typical.
                 score: (centrality[category][index] * 100).rounded() / 100)
            }
            let ranked = candidates.sorted { a, b in
                if a.score != b.score { return a.score > b.score }
                if readability(a.text) != readability(b.text) { return readability(a.text) < readability(b.text) }
                return SwedishOrder.lessThan(a.respondent, b.respondent)
            }
            var seen = Set<String>()
            var chosen: [Table.Quote] = []
            for candidate in ranked where chosen.count < limit && seen.insert(candidate.respondent).inserted {
                chosen.append(Table.Quote(respondent: candidate.respondent, text: candidate.text))
            }
            return chosen
        }
    }
}

extension Array where Element == Diagnostic {
    func uniqued() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return filter { seen.insert($0).inserted }
    }
}
