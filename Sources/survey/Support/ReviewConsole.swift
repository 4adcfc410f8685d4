import Foundation
import SurveyCoder
import SurveyForm

/// The `survey review` dialogue: one command line in, the answer out, the codebook and coding
/// changed by a `ReviewSession` and saved (or put back, after an undo) by the caller.
///
/// Staff see Swedish; every command also has an English name. Categories are named by their
/// number or their id, statements by category number and their number there ("2.3"); the
/// numbers stay put for the whole session (`ReviewNumbering`).
///
/// A value: the caller keeps the console as it was before a command and goes back to it when
/// the files cannot be saved. Every decision passes through `decide`, the one place where a
/// later queue mode would re-score the rest and print its progress line; `prompt` is where it
/// would show the next statement to decide, and an empty line (Enter) where it would accept it.
struct ReviewConsole {
    private(set) var session: ReviewSession
    let title: String
    let answered: Int
    /// What a respondent is ("kommuner", "skolenheter"), from the form.
    let noun: RespondentNoun
    /// The coder that learns each decision and scores the rest again; nil: no queue.
    let scorer: Scorer?
    /// The coder's last scores and suggestions.
    private(set) var rescoring: Coder.Rescoring?
    /// Statements passed over with `hoppa` in this session; they come back when nothing else is left.
    private var skipped: Set<StatementKey> = []

    /// What re-scores the coding after each decision: the coder and what every answer is about.
    struct Scorer {
        var coder: Coder
        var topic: [String]
        var training: TrainingSet = TrainingSet()
    }

    init(coded: CodedQuestion, title: String, answered: Int, noun: RespondentNoun = .municipality, scorer: Scorer? = nil) {
        self.session = ReviewSession(coded)
        self.title = title
        self.answered = answered
        self.noun = noun
        self.scorer = scorer
        rescore()
    }

    var coded: CodedQuestion { session.coded }

    /// What one command line did: text to show, what the files need, whether to stop.
    struct Outcome {
        var text: String
        var files: FileEffect = .unchanged
        var quit = false
    }

    enum FileEffect {
        case unchanged
        /// A decision was made: write the codebook and coding.
        case saveDecision
        /// The last decision was undone: put the files back as they were before it.
        case restorePrevious
    }

    /// Written before each command is read: the next statement to decide, when there is one.
    var prompt: String {
        guard let next else { return "> " }
        let now = next.categories.isEmpty ? "Övrigt" : next.categories.map { "\(categoryPrefix($0)). \(label(of: $0))" }.joined(separator: ", ")
        let suggested = next.suggestion.isEmpty ? "Övrigt" : next.suggestion.map { "\(categoryPrefix($0)). \(label(of: $0))" }.joined(separator: ", ")
        let likelihood = rescoring?.suggestionProbabilities[next.key].map { " (sannolikhet \(Self.decimal($0)))" } ?? ""
        guard awaitsReview(next.key) else {
            // Nothing is left to review: the statements coded automatically, to check.
            var text = "\nInget kvar att granska. Att kontrollera, kodat automatiskt (\(next.key.respondent)): \(Self.quoted(next.key.text))\n"
            text += "  Nu: \(now)\(likelihood)\n"
            text += "  Enter bekräftar; i M placerar det i kategori M (i 2,3 i två, i Ö i Övrigt); hoppa tar nästa; sluta avslutar.\n"
            return text + "> "
        }
        var text = "\nNästa (\(next.key.respondent)): \(Self.quoted(next.key.text))\n"
        text += "  Nu: \(now) · förslag: \(suggested)\(likelihood)\n"
        text += "  Enter godtar förslaget; i M placerar det i kategori M (i 2,3 i två, i Ö i Övrigt); hoppa tar nästa.\n"
        return text + "> "
    }

    /// The statement the queue offers now (`ReviewQueue`): most useful to decide first; once
    /// nothing awaits review, the statements coded automatically, least sure (then least
    /// confirmed by what people placed) first, for staff to check.
    var next: ReviewQueue.Item? {
        guard scorer != nil else { return nil }
        let suggestions = rescoring?.suggestions ?? [:]
        // Statements passed over come back before the checking starts: they await a decision.
        let waiting = ReviewQueue.items(coded, suggestions: suggestions)
        if let item = waiting.first(where: { !skipped.contains($0.key) }) ?? waiting.first { return item }
        let automatic = ReviewQueue.items(coded, suggestions: suggestions, unconfirmedShares: rescoring?.unconfirmedShares ?? [:],
                                          includingAutomatic: true)
        return automatic.first { !skipped.contains($0.key) } ?? automatic.first
    }

    private func awaitsReview(_ key: StatementKey) -> Bool {
        coded.coding.statements.first { $0.key == key }?.awaitsReview ?? true
    }

    /// After each decision: decided by staff, coded automatically (and how right that is
    /// expected to be), left to review.
    var progressLine: String {
        guard scorer != nil else { return "" }
        return ReviewQueue.Progress(coded.coding, estimatedAccuracy: rescoring?.estimatedAccuracy).line + "\n"
    }

    /// Learns the decisions so far and scores the rest again (nothing without a scorer).
    private mutating func rescore() {
        guard let scorer else { return }
        guard let result = try? scorer.coder.rescore(session.coded, topic: scorer.topic, training: scorer.training, previous: rescoring) else { return }
        rescoring = result
        session.takeScores(from: result.coded)
    }

    private static func decimal(_ value: Double) -> String {
        String(format: "%.2f", value).replacingOccurrences(of: ".", with: ",")
    }

    var help: String {
        """
    Kommandon (engelska namn inom parentes):
      lista                      (list)    kategorierna med antal \(noun.plural)
      visa N                     (show)    påståendena i kategori N; Ö är Övrigt
      namn N NY ETIKETT          (rename)  byt etikett på kategori N
      ihop N M                   (merge)   lägg kategori N i kategori M
      dela N 1,3 NY ETIKETT      (split)   flytta påstående 1 och 3 i N (Ö: i Övrigt) till en ny kategori
      flytta N.S M               (move)    flytta påstående S i kategori N till M (Ö: till Övrigt)
      lägg-till N.S M            (add)     lägg påstående S i kategori N även i M
      ta-bort N.S                (remove)  ta bort påstående S ur kategori N; utan andra kategorier hamnar det i Övrigt
      ny ETIKETT                 (new)     ny, tom kategori
      radera N                   (delete)  radera kategori N; den måste vara tom
      upplös N                   (dissolve) ta bort kategori N; dess påståenden blir kvar i sina andra kategorier eller i Övrigt
      klar N / inte-klar N       (final / unfinal)  markera kategori N som färdig, eller inte
      ångra                      (undo)    ta tillbaka det senaste beslutet; går att upprepa
      Enter eller j              (accept)  godta förslaget för påståendet som visas som nästa
      i M                        (in)      placera påståendet som visas i kategori M (i 2,3: i två; i Ö: Övrigt)
      hoppa                      (skip)    ta nästa påstående i stället
      hjälp                      (help)
      sluta                      (quit)
    Numren ändras inte under sessionen. En kategori behåller sitt nummer; en ny kategori får nästa
    nummer och en borttagen kategoris nummer används inte igen. Ett påstående behåller sitt nummer
    i en kategori så länge det ligger kvar där; ett påstående som kommer till en kategori får nästa
    nummer i den.
    Påståenden visas ett i taget som nästa, det kodaren är minst säker på och som mest ändrar
    tabellerna först. Efter varje beslut lär sig kodaren av det och bedömer resten igen;
    påståenden den då är säker nog på kodas automatiskt och lämnar kön. När inget är kvar att granska
    visas de automatiskt kodade att kontrollera, de kodaren är minst säker på först.
    Varje ändring sparas direkt. En ny körning av survey code ändrar aldrig det du har bestämt.
    """
    }

    /// The categories in the codebook's order (the order tables list ties), each with its number.
    var listing: String {
        let summary = coded.summary
        var lines = ["\(title) — \(answered) har svarat"]
        for (index, category) in summary.categories.enumerated() {
            let entry = coded.codebook.categories[index]
            let final = entry.isFinal ? "  [klar]" : ""
            let number = session.numbering.number(ofCategory: entry.id) ?? index + 1
            lines.append("  \(number). \(category.label) — \(category.respondents.count) (\(CodingSummary.percent(answered > 0 ? Double(category.respondents.count) / Double(answered) : 0))), \(category.statements.count) påst.\(final)")
        }
        lines.append("  Ö. Övrigt — \(summary.uncategorized.count) påst. från \(noun.counted(summary.uncategorizedRespondents.count))")
        return lines.joined(separator: "\n") + "\n"
    }

    mutating func handle(_ line: String) -> Outcome {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let rest = Array(words.dropFirst())
        do {
            // An empty line accepts the suggestion for the statement shown as next.
            guard let command = words.first?.lowercased() else {
                guard let next else { return Outcome(text: "") }
                return try decide(.place(next.key, in: next.suggestion))
            }
            switch command {
            case "j", "ja", "accept":
                guard let next else { return Outcome(text: "Det finns inget påstående att godta just nu.\n") }
                return try decide(.place(next.key, in: next.suggestion))
            case "i", "in":
                guard let next else { return Outcome(text: "Det finns inget påstående att placera just nu.\n") }
                guard rest.count == 1 else { return Outcome(text: "Skriv: i M (i 2,3 för två kategorier, i Ö för Övrigt)\n") }
                var categories: [String] = []
                for reference in rest[0].split(separator: ",").map(String.init) {
                    if let id = try optionalCategoryID(reference) { categories.append(id) }
                }
                return try decide(.place(next.key, in: categories))
            case "hoppa", "skip":
                guard let next else { return Outcome(text: "Det finns inget påstående att hoppa över.\n") }
                skipped.insert(next.key)
                return Outcome(text: "")
            case "lista", "list", "l":
                return Outcome(text: listing)
            case "visa", "show", "v":
                guard let reference = rest.first else { return Outcome(text: "Skriv: visa N\n") }
                return Outcome(text: try show(reference))
            case "namn", "rename":
                guard rest.count >= 2 else { return Outcome(text: "Skriv: namn N NY ETIKETT\n") }
                return try decide(.rename(try categoryID(rest[0]), label: rest.dropFirst().joined(separator: " ")))
            case "ihop", "merge":
                guard rest.count == 2 else { return Outcome(text: "Skriv: ihop N M\n") }
                return try decide(.merge(try categoryID(rest[0]), into: try categoryID(rest[1])))
            case "dela", "split":
                guard rest.count >= 3 else { return Outcome(text: "Skriv: dela N 1,3 NY ETIKETT\n") }
                let id = try optionalCategoryID(rest[0])
                let statements = try rest[1].split(separator: ",").map { try statementKey(in: id, number: String($0)) }
                return try decide(.split(id, statements: Set(statements), label: rest.dropFirst(2).joined(separator: " ")))
            case "flytta", "move":
                guard rest.count == 2 else { return Outcome(text: "Skriv: flytta N.S M\n") }
                let (source, key) = try statement(rest[0])
                return try decide(.move(key, from: source, to: try optionalCategoryID(rest[1])))
            case "lägg-till", "lagg-till", "add":
                guard rest.count == 2 else { return Outcome(text: "Skriv: lägg-till N.S M\n") }
                let (_, key) = try statement(rest[0])
                guard let target = try optionalCategoryID(rest[1]) else {
                    throw ConsoleError(message: "Ett påstående läggs till i en kategori; skriv ta-bort N.S för att ta bort det ur en.")
                }
                return try decide(.add(key, to: target))
            case "ta-bort", "remove":
                guard rest.count == 1 else { return Outcome(text: "Skriv: ta-bort N.S\n") }
                let (source, key) = try statement(rest[0])
                guard let source else {
                    throw ConsoleError(message: "Påståendet ligger i Övrigt, inte i någon kategori; skriv flytta Ö.S M för att lägga det i en.")
                }
                return try decide(.remove(key, from: source))
            case "ny", "new":
                guard !rest.isEmpty else { return Outcome(text: "Skriv: ny ETIKETT\n") }
                return try decide(.newCategory(label: rest.joined(separator: " ")))
            case "radera", "delete":
                guard rest.count == 1 else { return Outcome(text: "Skriv: radera N\n") }
                return try decide(.delete(try categoryID(rest[0])))
            case "upplös", "upplos", "dissolve":
                guard rest.count == 1 else { return Outcome(text: "Skriv: upplös N\n") }
                return try decide(.dissolve(try categoryID(rest[0])))
            case "klar", "final", "inte-klar", "unfinal":
                guard let reference = rest.first else { return Outcome(text: "Skriv: \(command) N\n") }
                return try decide(.markFinal(try categoryID(reference), command == "klar" || command == "final"))
            case "ångra", "angra", "undo":
                return try undo()
            case "hjälp", "help", "?":
                return Outcome(text: help + "\n")
            case "sluta", "quit", "q", ":quit":
                return Outcome(text: "Allt är sparat.\n", quit: true)
            default:
                return Outcome(text: "Okänt kommando \"\(command)\". Skriv hjälp för att se kommandona.\n")
            }
        } catch let error as ConsoleError {
            return Outcome(text: error.message + "\n")
        } catch let error as ReviewError {
            return Outcome(text: swedish(error) + "\n")
        } catch {
            return Outcome(text: "\(error)\n")
        }
    }

    private struct ConsoleError: Error {
        var message: String
    }

    // MARK: Decisions

    /// Makes a decision and says what it did; the caller saves the files. Every decision of the
    /// console comes through here.
    private mutating func decide(_ decision: ReviewDecision) throws(ReviewError) -> Outcome {
        let before = session.coded
        try session.decide(decision)
        var text = "Sparat: " + made(decision, before: before) + ".\n"
        // The coder learns the decision and scores the rest again; what it is now sure of is
        // saved with the decision, and undone with it.
        rescore()
        if Self.changesCategories(decision) { text += listing }
        return Outcome(text: text + progressLine, files: .saveDecision)
    }

    private mutating func undo() throws(ReviewError) -> Outcome {
        let step = try session.undo()
        var text = "Ångrat: " + undone(step.decision, before: step.before) + ". Filerna är som före det beslutet."
        let left = session.steps.count
        text += left == 0 ? "\n" : " \(left) beslut till kan ångras.\n"
        rescoring = nil
        rescore()
        if Self.changesCategories(step.decision) { text += listing }
        return Outcome(text: text + progressLine, files: .restorePrevious)
    }

    private static func changesCategories(_ decision: ReviewDecision) -> Bool {
        switch decision {
        case .merge, .split, .newCategory, .delete, .dissolve: true
        case .rename, .move, .add, .remove, .markFinal, .place: false
        }
    }

    /// What a decision just made did, as staff read it after "Sparat: ".
    private func made(_ decision: ReviewDecision, before: CodedQuestion) -> String {
        switch decision {
        case let .rename(_, newLabel):
            return "kategorin heter nu \(Self.quoted(newLabel))"
        case let .merge(source, target):
            return "\(Self.quoted(label(of: source, in: before))) ingår nu i \(Self.quoted(label(of: target)))"
        case let .split(_, statements, newLabel):
            return "\(Self.statements(statements.count)) i ny kategori \(Self.quoted(newLabel))"
        case let .move(key, _, target):
            return "\(Self.quoted(key)) ligger nu i \(target.map { Self.quoted(label(of: $0)) } ?? "Övrigt")"
        case let .add(key, _):
            return "\(Self.quoted(key)) ligger nu i \(placement(of: key))"
        case let .remove(key, source):
            return "\(Self.quoted(key)) är borttaget ur \(Self.quoted(label(of: source, in: before))) och ligger nu i \(placement(of: key))"
        case let .newCategory(newLabel):
            return "ny kategori \(Self.quoted(newLabel))"
        case let .delete(id):
            return "kategorin \(Self.quoted(label(of: id, in: before))) är raderad"
        case let .dissolve(id):
            let count = before.coding.statements.count { $0.categories.contains(id) }
            return "kategorin \(Self.quoted(label(of: id, in: before))) är upplöst; \(Self.statements(count)) ligger kvar i sina andra kategorier eller i Övrigt"
        case let .markFinal(id, isFinal):
            return "\(Self.quoted(label(of: id))) är \(isFinal ? "markerad som klar" : "inte längre klar")"
        case let .place(key, _):
            return "\(Self.quoted(key)) ligger nu i \(placement(of: key))"
        }
    }

    /// What an undone decision had done, as staff read it after "Ångrat: ".
    private func undone(_ decision: ReviewDecision, before: CodedQuestion) -> String {
        switch decision {
        case let .rename(id, newLabel):
            return "\(Self.quoted(label(of: id, in: before))) fick namnet \(Self.quoted(newLabel))"
        case let .merge(source, target):
            return "\(Self.quoted(label(of: source, in: before))) lades i \(Self.quoted(label(of: target, in: before)))"
        case let .split(id, statements, newLabel):
            let from = id.map { Self.quoted(label(of: $0, in: before)) } ?? "Övrigt"
            return "\(Self.statements(statements.count)) ur \(from) till den nya kategorin \(Self.quoted(newLabel))"
        case let .move(key, source, target):
            let from = source.map { Self.quoted(label(of: $0, in: before)) } ?? "Övrigt"
            let to = target.map { Self.quoted(label(of: $0, in: before)) } ?? "Övrigt"
            return "\(Self.quoted(key)) flyttades från \(from) till \(to)"
        case let .add(key, target):
            return "\(Self.quoted(key)) lades till i \(Self.quoted(label(of: target, in: before)))"
        case let .remove(key, source):
            return "\(Self.quoted(key)) togs bort ur \(Self.quoted(label(of: source, in: before)))"
        case let .newCategory(newLabel):
            return "den nya kategorin \(Self.quoted(newLabel))"
        case let .delete(id):
            return "kategorin \(Self.quoted(label(of: id, in: before))) raderades"
        case let .dissolve(id):
            return "kategorin \(Self.quoted(label(of: id, in: before))) löstes upp"
        case let .markFinal(id, isFinal):
            return "\(Self.quoted(label(of: id, in: before))) markerades som \(isFinal ? "klar" : "inte klar")"
        case let .place(key, categories):
            let labels = categories.map { Self.quoted(label(of: $0, in: before)) }
            return "\(Self.quoted(key)) placerades i \(labels.isEmpty ? "Övrigt" : labels.joined(separator: " och "))"
        }
    }

    /// The categories a statement is in now: `"A" och "B"`, or Övrigt.
    private func placement(of key: StatementKey) -> String {
        guard let position = coded.coding.indices(of: key).first else { return "Övrigt" }
        let labels = coded.coding.statements[position].categories.map { Self.quoted(label(of: $0)) }
        guard let last = labels.last else { return "Övrigt" }
        return labels.count == 1 ? last : labels.dropLast().joined(separator: ", ") + " och " + last
    }

    private static func quoted(_ text: String) -> String { "\"\(text)\"" }

    private static func quoted(_ key: StatementKey) -> String { "\"\(key.text)\" (\(key.respondent))" }

    private static func statements(_ count: Int) -> String { "\(count) påstående\(count == 1 ? "" : "n")" }

    // MARK: Showing

    private func show(_ reference: String) throws -> String {
        let id = try optionalCategoryID(reference)
        let numbered = session.numbering.statements(in: id)
        var lines = ["\(id.map { label(of: $0) } ?? "Övrigt") — \(Self.statements(numbered.count))"]
        let prefix = categoryPrefix(id)
        for entry in numbered {
            let statement = coded.coding.statements[entry.position]
            let score = statement.decidedByStaff ? "beslutat" : statement.score.map { String(format: "%.2f", $0) } ?? ""
            lines.append("  \(prefix).\(entry.number) (\(statement.respondent)) \(statement.text)  [\(score)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "3" for category 3, "Ö" for Övrigt.
    private func categoryPrefix(_ id: String?) -> String {
        id.flatMap { session.numbering.number(ofCategory: $0) }.map(String.init) ?? "Ö"
    }

    // MARK: References

    /// A statement written N.S: its category (nil: Övrigt) and key.
    private func statement(_ reference: String) throws -> (category: String?, key: StatementKey) {
        let parts = reference.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw ConsoleError(message: "Ange påståendet som kategori.nummer, t.ex. 2.3") }
        let category = try optionalCategoryID(parts[0])
        return (category, try statementKey(in: category, number: parts[1]))
    }

    private func statementKey(in id: String?, number text: String) throws -> StatementKey {
        let numbered = session.numbering.statements(in: id)
        guard let number = Int(text), let position = session.numbering.position(ofStatement: number, in: id) else {
            let place = id.map { Self.quoted(label(of: $0)) } ?? "Övrigt"
            let range = numbered.isEmpty ? "den är tom" : Self.ranges(numbered.map(\.number))
            throw ConsoleError(message: "Det finns inget påstående \(text) i \(place) (\(range)).")
        }
        return coded.coding.statements[position].key
    }

    private func label(of id: String) -> String {
        label(of: id, in: coded)
    }

    private func label(of id: String, in coded: CodedQuestion) -> String {
        coded.codebook.category(id)?.label ?? id
    }

    /// A category by its number or its id.
    private func categoryID(_ reference: String) throws -> String {
        guard let id = try optionalCategoryID(reference) else {
            throw ConsoleError(message: "Övrigt är ingen kategori här; ange en kategori med nummer.")
        }
        return id
    }

    /// A category, or nil for Övrigt (`Ö`, `0`).
    private func optionalCategoryID(_ reference: String) throws -> String? {
        if ["ö", "o", "0", "övrigt"].contains(reference.lowercased()) { return nil }
        if let number = Int(reference) {
            guard let id = session.numbering.category(numbered: number) else {
                let numbers = session.numbering.categoryNumbersInUse
                let range = numbers.isEmpty ? "" : Self.ranges(numbers) + " eller "
                throw ConsoleError(message: "Det finns ingen kategori \(number) (\(range)Ö för Övrigt).")
            }
            return id
        }
        guard coded.codebook.category(reference) != nil else {
            throw ConsoleError(message: "Det finns ingen kategori \"\(reference)\"; ange numret från listan.")
        }
        return reference
    }

    /// Numbers as runs: "1–4, 6, 8–9".
    static func ranges(_ numbers: [Int]) -> String {
        var runs: [String] = []
        var index = 0
        while index < numbers.count {
            var end = index
            while end + 1 < numbers.count, numbers[end + 1] == numbers[end] + 1 { end += 1 }
            runs.append(end == index ? "\(numbers[index])" : "\(numbers[index])–\(numbers[end])")
            index = end + 1
        }
        return runs.joined(separator: ", ")
    }

    private func swedish(_ error: ReviewError) -> String {
        switch error {
        case let .unknownCategory(id, _): "Det finns ingen kategori \"\(id)\"."
        case let .unknownStatement(key): "Det finns inget påstående från \(key.respondent): \"\(key.text)\"."
        case let .statementNotInCategory(key, _): "Påståendet \"\(key.text)\" ligger inte i den kategorin."
        case let .alreadyInCategory(key, id): "Påståendet \"\(key.text)\" ligger redan i \(Self.quoted(label(of: id)))."
        case .sameCategory: "En kategori kan inte läggas ihop med sig själv."
        case let .noStatementsToSplit(id): "Inget av de valda påståendena ligger i \(id == nil ? "Övrigt" : "kategorin")."
        case .emptyLabel: "En kategori behöver en etikett."
        case let .categoryNotEmpty(id, count):
            "Kategorin \(Self.quoted(label(of: id))) har \(Self.statements(count)) och kan inte raderas. "
                + "Flytta dem först (flytta, ta-bort), lägg ihop kategorin med en annan (ihop \(categoryPrefix(id)) M) "
                + "eller lös upp den så att påståendena hamnar i Övrigt (upplös \(categoryPrefix(id)))."
        case let .finalCategory(id):
            "Kategorin \(Self.quoted(label(of: id))) är markerad som klar och kan inte raderas; skriv inte-klar \(categoryPrefix(id)) först om den ska bort."
        case .nothingToUndo: "Det finns inget att ångra i den här sessionen."
        }
    }
}
