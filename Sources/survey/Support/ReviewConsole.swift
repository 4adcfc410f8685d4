import Foundation
import SurveyCoder
import SurveyForm

/// The `survey review` dialogue: one command line in, the answer out, the codebook and coding
/// changed by pure operations and saved by the caller after each change.
///
/// Staff see Swedish; every command also has an English name. Categories are named by their
/// number in the last list (or their id), statements by category number and position ("2.3").
struct ReviewConsole {
    private(set) var coded: CodedQuestion
    let title: String
    let answered: Int
    /// What a respondent is ("kommuner", "skolenheter"), from the form.
    let noun: RespondentNoun

    init(coded: CodedQuestion, title: String, answered: Int, noun: RespondentNoun = .municipality) {
        self.coded = coded
        self.title = title
        self.answered = answered
        self.noun = noun
    }

    /// What one command line did: text to show, whether the files must be saved, whether to stop.
    struct Outcome {
        var text: String
        var changed = false
        var quit = false
    }

    var help: String {
        """
    Kommandon (engelska namn inom parentes):
      lista                      (list)    kategorierna med antal \(noun.plural)
      visa N                     (show)    påståendena i kategori N; Ö är Övrigt
      namn N NY ETIKETT          (rename)  byt etikett på kategori N
      ihop N M                   (merge)   lägg kategori N i kategori M
      dela N 1,3 NY ETIKETT      (split)   flytta påstående 1 och 3 i N till en ny kategori
      flytta N.S M               (move)    flytta påstående S i kategori N till M (Ö: till Övrigt)
      ny ETIKETT                 (new)     ny, tom kategori
      klar N / inte-klar N       (final / unfinal)  markera kategori N som färdig, eller inte
      hjälp                      (help)
      sluta                      (quit)
    Varje ändring sparas direkt. En ny körning av survey code ändrar aldrig det du har bestämt.
    """
    }

    var listing: String {
        let summary = coded.summary
        var lines = ["\(title) — \(answered) har svarat"]
        for (index, category) in summary.categories.enumerated() {
            let final = coded.codebook.categories[index].isFinal ? "  [klar]" : ""
            lines.append("  \(index + 1). \(category.label) — \(category.respondents.count) (\(CodingSummary.percent(answered > 0 ? Double(category.respondents.count) / Double(answered) : 0))), \(category.statements.count) påst.\(final)")
        }
        lines.append("  Ö. Övrigt — \(summary.uncategorized.count) påst. från \(noun.counted(summary.uncategorizedRespondents.count))")
        return lines.joined(separator: "\n") + "\n"
    }

    mutating func handle(_ line: String) -> Outcome {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let command = words.first?.lowercased() else { return Outcome(text: "") }
        let rest = Array(words.dropFirst())
        do {
            switch command {
            case "lista", "list", "l":
                return Outcome(text: listing)
            case "visa", "show", "v":
                guard let reference = rest.first else { return Outcome(text: "Skriv: visa N\n") }
                return Outcome(text: try show(reference))
            case "namn", "rename":
                guard rest.count >= 2 else { return Outcome(text: "Skriv: namn N NY ETIKETT\n") }
                let id = try categoryID(rest[0])
                let label = rest.dropFirst().joined(separator: " ")
                coded = try coded.renaming(id, to: label)
                return Outcome(text: "Sparat: kategorin heter nu \"\(label)\".\n", changed: true)
            case "ihop", "merge":
                guard rest.count == 2 else { return Outcome(text: "Skriv: ihop N M\n") }
                let source = try categoryID(rest[0])
                let target = try categoryID(rest[1])
                let sourceLabel = label(of: source)
                coded = try coded.merging(source, into: target)
                return Outcome(text: "Sparat: \"\(sourceLabel)\" ingår nu i \"\(label(of: target))\".\n" + listing, changed: true)
            case "dela", "split":
                guard rest.count >= 3 else { return Outcome(text: "Skriv: dela N 1,3 NY ETIKETT\n") }
                let id = try categoryID(rest[0])
                let statements = try rest[1].split(separator: ",").map { try statementKey(in: id, position: String($0)) }
                let label = rest.dropFirst(2).joined(separator: " ")
                let (result, _) = try coded.splitting(id, moving: Set(statements), toNewCategory: label)
                coded = result
                return Outcome(text: "Sparat: \(statements.count) påstående\(statements.count == 1 ? "" : "n") i ny kategori \"\(label)\".\n" + listing, changed: true)
            case "flytta", "move":
                guard rest.count == 2 else { return Outcome(text: "Skriv: flytta N.S M\n") }
                let parts = rest[0].split(separator: ".", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { return Outcome(text: "Ange påståendet som kategori.nummer, t.ex. 2.3\n") }
                let source = try optionalCategoryID(parts[0])
                let key = try statementKey(in: source, position: parts[1])
                let target = try optionalCategoryID(rest[1])
                coded = try coded.moving(key, from: source, to: target)
                return Outcome(text: "Sparat: \"\(key.text)\" (\(key.respondent)) ligger nu i \(target.map { "\"\(label(of: $0))\"" } ?? "Övrigt").\n", changed: true)
            case "ny", "new":
                guard !rest.isEmpty else { return Outcome(text: "Skriv: ny ETIKETT\n") }
                let label = rest.joined(separator: " ")
                let (result, _) = try coded.addingCategory(label: label)
                coded = result
                return Outcome(text: "Sparat: ny kategori \"\(label)\".\n" + listing, changed: true)
            case "klar", "final", "inte-klar", "unfinal":
                guard let reference = rest.first else { return Outcome(text: "Skriv: \(command) N\n") }
                let id = try categoryID(reference)
                let isFinal = command == "klar" || command == "final"
                coded = try coded.markingFinal(id, isFinal)
                return Outcome(text: "Sparat: \"\(label(of: id))\" är \(isFinal ? "markerad som klar" : "inte längre klar").\n", changed: true)
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
            return Outcome(text: Self.swedish(error) + "\n")
        } catch {
            return Outcome(text: "\(error)\n")
        }
    }

    private struct ConsoleError: Error {
        var message: String
    }

    private func show(_ reference: String) throws -> String {
        let id = try optionalCategoryID(reference)
        let statements = self.statements(in: id)
        var lines = ["\(id.map { label(of: $0) } ?? "Övrigt") — \(statements.count) påståenden"]
        let prefix = reference.uppercased() == "Ö" ? "Ö" : (id.flatMap { index(of: $0) }.map { String($0 + 1) } ?? reference)
        for (position, statement) in statements.enumerated() {
            let score = statement.decidedByStaff ? "beslutat" : statement.score.map { String(format: "%.2f", $0) } ?? ""
            lines.append("  \(prefix).\(position + 1) (\(statement.respondent)) \(statement.text)  [\(score)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func statements(in id: String?) -> [CodedStatement] {
        coded.coding.statements.filter { id.map($0.categories.contains) ?? $0.categories.isEmpty }
    }

    private func statementKey(in id: String?, position: String) throws -> StatementKey {
        let list = statements(in: id)
        guard let number = Int(position), number >= 1, number <= list.count else {
            throw ConsoleError(message: "Det finns inget påstående \(position) i \(id.map { "\"\(label(of: $0))\"" } ?? "Övrigt") (1–\(list.count)).")
        }
        return list[number - 1].key
    }

    private func index(of id: String) -> Int? {
        coded.codebook.categories.firstIndex { $0.id == id }
    }

    private func label(of id: String) -> String {
        coded.codebook.categories.first { $0.id == id }?.label ?? id
    }

    /// A category by its number in the list or its id.
    private func categoryID(_ reference: String) throws -> String {
        guard let id = try optionalCategoryID(reference) else {
            throw ConsoleError(message: "Övrigt är ingen kategori här; ange en kategori med nummer.")
        }
        return id
    }

    /// A category, or nil for Övrigt (`Ö`, `0`).
    private func optionalCategoryID(_ reference: String) throws -> String? {
        if ["ö", "o", "0", "övrigt"].contains(reference.lowercased()) { return nil }
        let categories = coded.codebook.categories
        if let number = Int(reference) {
            guard number >= 1, number <= categories.count else {
                throw ConsoleError(message: "Det finns ingen kategori \(number) (1–\(categories.count), eller Ö för Övrigt).")
            }
            return categories[number - 1].id
        }
        guard categories.contains(where: { $0.id == reference }) else {
            throw ConsoleError(message: "Det finns ingen kategori \"\(reference)\"; ange numret från listan.")
        }
        return reference
    }

    static func swedish(_ error: ReviewError) -> String {
        switch error {
        case let .unknownCategory(id, _): "Det finns ingen kategori \"\(id)\"."
        case let .unknownStatement(key): "Det finns inget påstående från \(key.respondent): \"\(key.text)\"."
        case let .statementNotInCategory(key, _): "Påståendet \"\(key.text)\" ligger inte i den kategorin."
        case .sameCategory: "En kategori kan inte läggas ihop med sig själv."
        case .noStatementsToSplit: "Inget av de valda påståendena ligger i kategorin."
        case .emptyLabel: "En kategori behöver en etikett."
        case let .alreadyInCategory(key, _): "Påståendet \"\(key.text)\" ligger redan i den kategorin."
        case let .categoryNotEmpty(_, count): "Kategorin har \(count) påstående\(count == 1 ? "" : "n") och kan inte raderas."
        case .finalCategory: "Kategorin är markerad som klar och kan inte raderas."
        case .nothingToUndo: "Det finns inget att ångra i den här sessionen."
        }
    }
}
