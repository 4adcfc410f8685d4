import ArgumentParser
import Foundation
import SurveyCoder
import SurveyForm
import SurveyResponses

extension SurveyBench {
    /// Review effort, simulated: an oracle answers `survey review`'s questions in the order it
    /// asks them, from a known correct coding, until every published table row is exact.
    struct ReviewEffort: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review-effort",
            abstract: "Simulate review with an oracle: staff decisions needed until every table row is exact, as a share of the statements.",
            discussion: """
            Starts from the coder's first proposal (the count chosen automatically). The correct \
            categories are paired with the proposed ones, one to one, so that the most statements \
            stay where they are (a person takes a category for the row most of its statements \
            belong to); a correct category with no partner is made anew (one decision: out of its \
            statements in Övrigt or in the one proposed category that holds most of them, as \
            `dela` does, or empty), and a \
            proposed category whose statements mostly belong to another's partner is merged into it \
            (one decision), and one whose statements mostly belong in no row is dissolved (one \
            decision, `upplös`), as a person reading the list would. Then, \
            until the table is exact, the oracle takes the first statement the review queue \
            (ReviewQueue: uncertainty times table impact) offers, or, when nothing awaits review, \
            the one survey review offers to check: the least sure of those coded automatically, \
            then the least confirmed by what was placed; and places it where it belongs: one \
            decision, whether it accepts the coder's suggestion or not (how many took the \
            suggestion as it was, an Enter in survey review, is printed beside). After each decision the coder \
            learns it and scores the rest again (Coder.rescore), as survey review does. Exact means: \
            every correct category's partner holds exactly its respondents, and every other category \
            none. Hand coding takes one decision per statement (100 %); target ≤ 40 %. Data: the \
            bundled pilot answers against the staff's coding, and the generated Swedish set \
            (coder-themes) against its themes.
            """
        )

        @Option(help: "The form.")
        var form = "forms/arsrapport-ar2.yaml"

        @Option(help: "The responses folder; its codes/ holds the staff's coding.")
        var responses = "responses"

        @Option(help: "Respondents of the generated set (0 to leave it out).")
        var generated = 300

        @Option(help: "Seed for generating the answers.")
        var seed: UInt64 = 11

        @Option(help: "Only these questions (comma-separated ids).")
        var questions: String?

        /// Which generated questions (`--six`, `--fresh`, `--later`, as coder-themes).
        @Flag var questionSet: ThemedAnswerSet.Choice = .six

        @Flag(help: "Print every decision.")
        var verbose = false

        /// A question's statements, the correct categories of each (by statement key) and the answers.
        struct Case {
            var name: String
            var answers: [Answer]
            var topic: [String]
            var subject: [String]
            var truth: [StatementKey: Set<String>]
        }

        func run() throws {
            let glossary = try BundledGlossary.load()
            let coder = try Coder(glossary: glossary)
            var cases: [(group: String, item: Case)] = try pilotCases().map { ("pilot", $0) }
            if generated > 0 { cases += generatedCases().map { ("generated \(generated)", $0) } }
            if let questions {
                let chosen = Set(questions.split(separator: ",").map(String.init))
                cases = cases.filter { chosen.contains($0.item.name) }
            }
            print("review-effort: decisions until every table row is exact, as a share of the statements (hand coding 100 %; target ≤ 40 %)")
            var totals: [String: Effort] = [:]
            for (group, item) in cases {
                let started = Date()
                let effort = try simulate(item, coder: coder)
                let seconds = Date().timeIntervalSince(started)
                var total = totals[group] ?? Effort()
                total.decisions += effort.decisions
                total.accepted += effort.accepted
                total.statements += effort.statements
                totals[group] = total
                print(String(format: "  %@ %@  %4d of %4d statements decided (%5.1f %%; %3d with the suggestion), %.1f s", group,
                             item.name.padding(toLength: 36, withPad: " ", startingAt: 0), effort.decisions, effort.statements,
                             100 * Double(effort.decisions) / Double(max(effort.statements, 1)), effort.accepted, seconds))
            }
            for (group, total) in totals.sorted(by: { $0.key < $1.key }) {
                print(String(format: "  %@: %d of %d statements decided, %.1f %% (target ≤ 40 %%); %d of them took the coder's suggestion as it was",
                             group, total.decisions, total.statements, 100 * Double(total.decisions) / Double(max(total.statements, 1)),
                             total.accepted))
            }
        }

        /// The coding of the pilot's coded questions, against the staff's coding of the same statements.
        func pilotCases() throws -> [Case] {
            guard let form = FormLoader.load(path: self.form).validForm else { throw ValidationError("cannot load \(self.form)") }
            let set = ResponseSet.load(from: ResponseStore(root: responses), form: form)
            let codes = (responses as NSString).appendingPathComponent(ResponseStore.codesFolderName)
            var cases: [Case] = []
            for question in form.questions where question.isCodable {
                let path = (codes as NSString).appendingPathComponent("\(question.id).coding.yaml")
                guard let coding = try? Coding.load(path: path) else { continue }
                var truth: [StatementKey: Set<String>] = [:]
                for statement in coding.statements { truth[statement.key] = Set(statement.categories) }
                cases.append(Case(name: question.id, answers: set.answers(to: question, in: form), topic: form.program.map { [$0] } ?? [],
                                  subject: question.codingSubject, truth: truth))
            }
            return cases
        }

        /// The generated answers, each statement's theme its correct category (an unrelated remark: none).
        func generatedCases() -> [Case] {
            questionSet.questions.enumerated().map { index, question in
                let data = ThemedAnswerSet.generate(question, at: index, respondents: generated, setSeed: seed)
                var truth: [StatementKey: Set<String>] = [:]
                for (key, theme) in data.themeOfStatement {
                    truth[StatementKey(respondent: key.respondent, text: Self.plain(key.text))] = theme >= 0 ? ["theme-\(theme)"] : []
                }
                return Case(name: question.id, answers: data.answers, topic: [BundledProgramme.name], subject: [question.text], truth: truth)
            }
        }

        /// A statement's text without the end punctuation splitting may leave on it.
        static func plain(_ text: String) -> String {
            var result = text.trimmingCharacters(in: .whitespaces)
            while let last = result.last, ".;:!".contains(last) { result.removeLast() }
            return result
        }

        /// What review took: all decisions, those that took the coder's suggestion as it was
        /// (Enter in `survey review`), and the statements.
        struct Effort {
            var decisions = 0
            var accepted = 0
            var statements = 0
        }

        /// Decisions until the table is exact, and the number of statements.
        func simulate(_ item: Case, coder: Coder) throws -> Effort {
            var fewest = 0
            defer { if verbose { print("    \(item.name): at most \(fewest) decisions would be needed in the best order") } }
            let first = CodedQuestion(try coder.code(item.answers, question: item.name, topic: item.topic, subject: item.subject))
            var coded = first
            let statements = coded.coding.statements
            func truth(_ key: StatementKey) -> Set<String> {
                item.truth[key] ?? item.truth[StatementKey(respondent: key.respondent, text: Self.plain(key.text))] ?? []
            }
            // The correct categories' respondents, and their partners among the proposed categories.
            var correct: [String: Set<String>] = [:]
            for statement in statements {
                for category in truth(statement.key) { correct[category, default: []].insert(statement.respondent) }
            }
            let names = correct.keys.sorted()
            let proposed = coded.summary.categories.map(\.id)
            let size = max(names.count, proposed.count)
            var cost = [[Double]](repeating: [Double](repeating: 1, count: size), count: size)
            // A person takes a proposed category for the row most of its statements belong to: the
            // pairing keeps the most statements where they are, one row to one category.
            var overlap: [String: [String: Int]] = [:]
            for statement in statements {
                for name in truth(statement.key) {
                    for id in statement.categories { overlap[name, default: [:]][id, default: 0] += 1 }
                }
            }
            for (i, name) in names.enumerated() {
                for (j, id) in proposed.enumerated() {
                    cost[i][j] = 1 - Double(overlap[name]?[id] ?? 0) / Double(statements.count + 1)
                }
            }
            let pairing = size > 0 ? HungarianAlgorithm.minimumCostAssignment(cost) : []
            var partner: [String: String] = [:]
            var decisions = 0
            for (i, name) in names.enumerated() {
                let j = pairing[i]
                if j < proposed.count, cost[i][j] < 1 {
                    partner[name] = proposed[j]
                } else {
                    // A person makes the row in one decision out of its statements where most of
                    // them are, in Övrigt or in one proposed category (`dela Ö 2,5 ETIKETT`,
                    // `dela 3 1 ETIKETT`), or as an empty category to place them in.
                    var bySource: [String: Set<StatementKey>] = [:]
                    for statement in coded.coding.statements where truth(statement.key) == [name] && statement.categories.count <= 1 {
                        bySource[statement.categories.first ?? "", default: []].insert(statement.key)
                    }
                    // Most statements first; among equals Övrigt (""), then the codebook's order.
                    let order = [""] + coded.codebook.categoryIDs
                    let source = order.filter { bySource[$0] != nil }.max { bySource[$0]!.count < bySource[$1]!.count }
                    let (result, id) = try source.map { source in
                        try coded.splitting(source.isEmpty ? nil : source, moving: bySource[source]!, toNewCategory: name)
                    } ?? coded.addingCategory(label: name)
                    coded = result
                    partner[name] = id
                    decisions += 1
                }
            }
            // A person first merges a proposed category whose statements mostly belong where
            // another category is the partner: one decision (`ihop`) instead of one per statement.
            let partners = Set(partner.values)
            for category in coded.codebook.categories where !partners.contains(category.id) {
                let members = coded.coding.statements.filter { $0.categories.first == category.id }
                var votes: [String: Int] = [:]
                for member in members { for name in truth(member.key) { votes[name, default: 0] += 1 } }
                let belongNowhere = members.count { truth($0.key).isEmpty }
                if let (name, count) = votes.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
                   2 * count > members.count, let target = partner[name] {
                    coded = try coded.merging(category.id, into: target)
                    decisions += 1
                    if verbose { print("    \(item.name): merges \(category.label) into \(target)") }
                } else if 2 * belongNowhere > members.count {
                    // Mostly statements no table row holds: the category is no row (`upplös`).
                    coded = try coded.dissolving(category.id)
                    decisions += 1
                    if verbose { print("    \(item.name): dissolves \(category.label)") }
                }
            }
            // The fewest decisions any order could do with: the new categories, and each statement
            // whose first placement differs from where it belongs.
            let misplaced = coded.coding.statements.count { statement in
                Set(truth(statement.key).compactMap { partner[$0] }) != Set(statement.categories)
            }
            fewest = decisions + misplaced
            func exact(_ coded: CodedQuestion) -> Bool {
                let held = Dictionary(uniqueKeysWithValues: coded.summary.categories.map { ($0.id, Set($0.respondents)) })
                let partners = Set(partner.values)
                for (name, id) in partner where held[id] != correct[name] { return false }
                return held.allSatisfy { partners.contains($0.key) || $0.value.isEmpty }
            }
            var estimated: Double?
            var previous: Coder.Rescoring?
            var accepted = 0
            while !exact(coded) {
                let rescoring = try coder.rescore(coded, topic: item.topic, previous: previous)
                previous = rescoring
                coded = rescoring.coded
                estimated = rescoring.estimatedAccuracy
                if exact(coded) { break }
                let queue = ReviewQueue.items(coded, suggestions: rescoring.suggestions, unconfirmedShares: rescoring.unconfirmedShares,
                                              includingAutomatic: true)
                if verbose, !coded.coding.statements.contains(where: \.awaitsReview) {
                    // What keeps the table from being exact once the queue is empty: the misplaced.
                    for statement in coded.coding.statements where Set(truth(statement.key).compactMap { partner[$0] }) != Set(statement.categories) {
                        print("    \(item.name): still wrong \(statement.respondent): \(statement.text.prefix(60)) in \(statement.categories), belongs in \(truth(statement.key).compactMap { partner[$0] }.sorted()) (score \(statement.score.map { String(format: "%.2f", $0) } ?? "–"), suggestion \(rescoring.suggestions[statement.key] ?? []))")
                    }
                }
                guard let next = queue.first(where: { !$0.key.text.isEmpty }) else { break }
                let answer = truth(next.key).compactMap { partner[$0] }.sorted()
                let accepts = Set(answer) == Set(next.suggestion)
                if accepts { accepted += 1 }
                if verbose {
                    print("    \(item.name): \(accepts ? "accepts" : "places") \(next.key.respondent): \(next.key.text.prefix(60)) → \(answer) (score \(next.score.map { String(format: "%.2f", $0) } ?? "–"), suggestion \(next.suggestion.sorted()))")
                }
                coded = try coded.placing(next.key, in: answer)
                decisions += 1
                if decisions > statements.count + names.count { break }
            }
            if verbose, let estimated { print(String(format: "    %@: estimated accuracy of the automatic part %.3f", item.name, estimated)) }
            return Effort(decisions: decisions, accepted: accepted, statements: statements.count)
        }
    }
}
