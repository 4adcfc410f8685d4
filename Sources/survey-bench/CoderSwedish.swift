import ArgumentParser
import Foundation
import SurveyCoder
import SurveyForm
import SurveyResponses
import SurveyYAML

/// The project's own Swedish check: the coder on the seven pilot municipalities' answers,
/// against the staff's coding that reproduces the published tables.
struct CoderSwedish: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coder-swedish",
        abstract: "How many published table rows the coder reproduces before any review, on the bundled pilot answers."
    )

    @Option(help: "The form.")
    var form = "forms/arsrapport-ar2.yaml"

    @Option(help: "The responses folder; its codes/ holds the staff's coding (the gold standard).")
    var responses = "responses"

    @Flag(help: "Print every row, matched or not.")
    var verbose = false

    /// One published row and what the coder made of it.
    struct RowResult {
        var label: String
        var goldRespondents: Set<String>
        var matchedLabel: String?
        var matchedRespondents: Set<String>

        var countMatches: Bool { goldRespondents.count == matchedRespondents.count }
        var setMatches: Bool { goldRespondents == matchedRespondents }
    }

    func run() throws {
        guard let form = FormLoader.load(path: self.form).validForm else { throw ValidationError("cannot load \(self.form)") }
        let set = ResponseSet.load(from: ResponseStore(root: responses), form: form)
        let codes = (responses as NSString).appendingPathComponent(ResponseStore.codesFolderName)
        let coder = try Coder(glossary: BundledGlossary.load())
        var totals: [String: (rows: Int, counts: Int, sets: Int)] = [:]
        var singleRows = 0
        let scenarios = ["automatic", "fixed", "codebook"]
        print("Question                               rows  | automatic K: count/members | K = rows+1: count/members | staff codebook: count/members")
        for question in form.questions where question.isCodable {
            let codebookPath = (codes as NSString).appendingPathComponent("\(question.id).codebook.yaml")
            let codingPath = (codes as NSString).appendingPathComponent("\(question.id).coding.yaml")
            guard let gold = try? Codebook.load(path: codebookPath), let goldCoding = try? Coding.load(path: codingPath) else { continue }
            let answers = set.answers(to: question, in: form)
            let goldRows = CodingSummary(codebook: gold, coding: goldCoding).categories
                .filter { !$0.respondents.isEmpty }
                .map { (label: $0.label, respondents: Set($0.respondents)) }
            singleRows += goldRows.filter { $0.respondents.count == 1 }.count
            var line = question.id.padding(toLength: 38, withPad: " ", startingAt: 0) + String(format: " %3d  ", goldRows.count)
            for scenario in scenarios {
                var options = CoderOptions()
                if scenario == "fixed" { options.categories = .fixed(goldRows.count + 1) }
                let scenarioCoder = scenario == "fixed" ? try Coder(options: options, glossary: coder.glossary) : coder
                // The staff codebook without its coding: labels, terms and examples only, as last year's would be.
                let codebook: Codebook? = scenario == "codebook" ? gold : nil
                let result = try scenarioCoder.code(answers, question: question.id, topic: form.program.map { [$0] } ?? [],
                                                    subject: question.codingSubject, form: form.id, codebook: codebook)
                let proposed = result.summary.categories.map { (label: $0.label, respondents: Set($0.respondents)) }
                let rows = Self.match(goldRows, proposed.map { ($0.label, $0.respondents, nil) })
                let counts = rows.filter(\.countMatches).count
                let sets = rows.filter(\.setMatches).count
                var total = totals[scenario] ?? (0, 0, 0)
                total.rows += rows.count
                total.counts += counts
                total.sets += sets
                totals[scenario] = total
                line += String(format: "| %2d/%2d %2d/%2d                 ", counts, rows.count, sets, rows.count)
                if scenario == "automatic" {
                    // As staff read the proposal: each statement left in Övrigt is a row of its
                    // own. It stands for a published row only where staff coded that very
                    // statement to that row (any statement of the right municipality would do otherwise).
                    let goldOf = Dictionary(goldCoding.statements.map { ($0.key, Set($0.categories)) }, uniquingKeysWith: { $0.union($1) })
                    let goldIDs = CodingSummary(codebook: gold, coding: goldCoding).categories.filter { !$0.respondents.isEmpty }.map(\.id)
                    let alone = result.summary.uncategorized.map { statement in
                        (label: statement.text, respondents: Set([statement.respondent]),
                         rows: Set(goldIDs.indices.filter { goldOf[statement.key]?.contains(goldIDs[$0]) == true }))
                    }
                    let lenient = Self.match(goldRows, proposed.map { ($0.label, $0.respondents, nil) } + alone.map { ($0.label, $0.respondents, $0.rows) })
                    var total = totals["övrigt"] ?? (0, 0, 0)
                    total.rows += lenient.count
                    total.counts += lenient.filter(\.countMatches).count
                    total.sets += lenient.filter(\.setMatches).count
                    totals["övrigt"] = total
                    if verbose {
                        for row in lenient {
                            let mark = row.setMatches ? "=" : row.countMatches ? "~" : " "
                            print("   with-övrigt \(mark) \(row.label) [\(row.goldRespondents.count)] ← \(row.matchedLabel ?? "–") [\(row.matchedRespondents.count)]")
                        }
                    }
                }
                if verbose {
                    for row in rows {
                        let mark = row.setMatches ? "=" : row.countMatches ? "~" : " "
                        print("   \(scenario) \(mark) \(row.label) [\(row.goldRespondents.count)] ← \(row.matchedLabel ?? "–") [\(row.matchedRespondents.count)]")
                    }
                }
            }
            print(line)
        }
        print("")
        // A category needs two respondents, so a published row of one municipality can only be
        // a statement left in Övrigt: the strict count cannot reach those rows.
        if let automatic = totals["automatic"] {
            print("published rows of one municipality: \(singleRows) of \(automatic.rows) (a category needs two respondents: strictly at most \(automatic.rows - singleRows) rows)")
        }
        for scenario in ["automatic", "övrigt", "fixed", "codebook"] {
            guard let total = totals[scenario] else { continue }
            let name = ["automatic": "automatic K", "övrigt": "automatic K, each Övrigt statement a row of its own",
                        "fixed": "K = published rows + 1", "codebook": "with the staff codebook (no coding)"][scenario] ?? scenario
            print(String(format: "%@: %d of %d rows with the published count, %d with exactly the same municipalities",
                         name, total.counts, total.rows, total.sets))
        }
    }

    /// Pairs published rows with the coder's categories so that the total overlap (Jaccard) is
    /// largest; each category serves at most one row. A proposed row with `rows` (a statement
    /// left in Övrigt) can serve only the published rows (by index) staff coded it to.
    static func match(_ gold: [(label: String, respondents: Set<String>)],
                      _ proposed: [(label: String, respondents: Set<String>, rows: Set<Int>?)]) -> [RowResult] {
        let size = max(gold.count, proposed.count)
        guard size > 0 else { return [] }
        var cost = [[Double]](repeating: [Double](repeating: 1, count: size), count: size)
        for (i, row) in gold.enumerated() {
            for (j, category) in proposed.enumerated() where category.rows?.contains(i) ?? true {
                let union = row.respondents.union(category.respondents).count
                let jaccard = union == 0 ? 0 : Double(row.respondents.intersection(category.respondents).count) / Double(union)
                cost[i][j] = 1 - jaccard
            }
        }
        let assignment = HungarianAlgorithm.minimumCostAssignment(cost)
        return gold.enumerated().map { i, row in
            let j = assignment[i]
            guard j < proposed.count, cost[i][j] < 1 else {
                return RowResult(label: row.label, goldRespondents: row.respondents, matchedLabel: nil, matchedRespondents: [])
            }
            return RowResult(label: row.label, goldRespondents: row.respondents, matchedLabel: proposed[j].label, matchedRespondents: proposed[j].respondents)
        }
    }
}
