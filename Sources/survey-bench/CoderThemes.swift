import ArgumentParser
import Foundation
import SurveyCoder

extension SurveyBench {
    /// The automatic count and the categories' respondents on generated answers with known themes.
    struct CoderThemes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "coder-themes",
            abstract: "Code generated Swedish answers with known themes: categories found against the true count, and Jaccard per theme.",
            discussion: """
            Six questions (see ThemedAnswerSet), each with three to five themes written in many \
            ways plus unrelated remarks. For each question and size the coder chooses the number \
            of categories itself. Printed: the true number of themes, the categories found, the \
            share of statements left in Övrigt, and for each theme the Jaccard index of its \
            respondents and those of the category that matches it best; beside it, as the same \
            run's baseline, the mean Jaccard of LSA and k-means told the true number of themes. \
            The last three questions are held out (not looked at while choosing the coder's settings). Targets at 300 \
            respondents: count within ±50 % of the truth on every question, mean Jaccard ≥ 0.80. \
            With --fresh, four other questions instead, written after the coder's settings were \
            fixed, all held out; with --later, three written after the changes the fresh ones \
            led to, all held out.
            """
        )

        @Option(help: "Respondent counts to generate, comma-separated.")
        var sizes: String = "50,300,1000"

        @Option(help: "Seed for generating the answers.")
        var seed: UInt64 = 11

        @Option(help: "Seeds to generate answer sets with, one after another (e.g. 11,12,13); figures are printed per set and averaged over the sets.")
        var seeds: String?

        @Flag var questionSet: ThemedAnswerSet.Choice = .six

        @Flag(help: "Print every category's label and respondent count.")
        var verbose = false

        @Option(help: ArgumentHelp("Also write each generated answer set to DIR/QUESTION-SIZE.csv (respondent,question,text), for `survey code --csv`.",
                                   valueName: "DIR"))
        var export: String?

        func run() throws {
            let sizeList: [Int] = SurveyBench.numbers(sizes)
            let seedList: [UInt64] = seeds.map(SurveyBench.numbers) ?? [seed]
            let glossary = try BundledGlossary.load()
            let coder = try Coder(glossary: glossary)
            let questions = questionSet.questions
            print("coder-themes: \(questions.count) \(questionSet == .six ? "" : questionSet.rawValue + " ")questions, sizes \(sizeList.map(String.init).joined(separator: ", ")), "
                  + "seed\(seedList.count > 1 ? "s" : "") \(seedList.map(String.init).joined(separator: ", "))")
            // Per size: every question's figures, over all seeds.
            var overSeeds: [Int: [Summary]] = [:]
            for (seed, size) in seedList.flatMap({ seed in sizeList.map { (seed, $0) } }) {
                var summaries: [Summary] = []
                print("\n  \(size) respondents" + (seedList.count > 1 ? ", seed \(seed)" : ""))
                print("    question             held out  themes  found  Övrigt   mean Jaccard  per theme")
                for (index, question) in questions.enumerated() {
                    let generated = ThemedAnswerSet.generate(question, at: index, respondents: size, setSeed: seed)
                    if let export { try Self.write(generated, size: size, to: export) }
                    func code(with coder: Coder) throws -> CodingResult {
                        try coder.code(generated.answers, question: question.id, topic: [BundledProgramme.name], subject: [question.text])
                    }
                    let result = try code(with: coder)
                    let summary = result.summary
                    let found = summary.categories.filter { !$0.respondents.isEmpty }
                    // Each theme's Jaccard index with the category that matches it best.
                    func themeJaccards(_ categories: [CodingSummary.CategoryCount]) -> [Double] {
                        question.themes.indices.map { themeIndex in
                            let truth = Set(generated.themesOfRespondent.filter { $0.value.contains(themeIndex) }.keys)
                            return categories.map { category -> Double in
                                let members = Set(category.respondents)
                                let union = truth.union(members).count
                                return union == 0 ? 0 : Double(truth.intersection(members).count) / Double(union)
                            }.max() ?? 0
                        }
                    }
                    let perTheme = themeJaccards(found)
                    let mean = perTheme.reduce(0, +) / Double(max(perTheme.count, 1))
                    // The baseline of the same run, the usual way with the count known: LSA and
                    // k-means with the true number of themes (`survey code --clusters N`).
                    var fixed = CoderOptions()
                    fixed.categories = .fixed(question.themes.count)
                    let fixedThemes = themeJaccards(try code(with: Coder(options: fixed, glossary: glossary)).summary.categories)
                    let fixedMean = fixedThemes.reduce(0, +) / Double(max(fixedThemes.count, 1))
                    let statements = result.coding.statements.count
                    let uncategorized = result.coding.statements.filter { $0.categories.isEmpty }.count
                    let truthCount = question.themes.count
                    let withinHalf = Double(abs(found.count - truthCount)) <= 0.5 * Double(truthCount)
                    summaries.append(Summary(heldOut: question.heldOut, withinHalf: withinHalf, jaccard: mean, fixedJaccard: fixedMean))
                    print(String(format: "    %@ %@  %6d  %5d  %5.1f%%  %12.3f  %@",
                                 question.id.padding(toLength: 20, withPad: " ", startingAt: 0), question.heldOut ? "yes     " : "no      ",
                                 truthCount, found.count, 100 * Double(uncategorized) / Double(max(statements, 1)), mean,
                                 perTheme.map { String(format: "%.2f", $0) }.joined(separator: " ")))
                    if verbose {
                        for category in found {
                            print("        \(category.label) — \(category.respondents.count); terms: \(category.terms.joined(separator: ", "))")
                        }
                    }
                }
                Self.printTotals(summaries)
                overSeeds[size, default: []].append(contentsOf: summaries)
            }
            guard seedList.count > 1 else { return }
            for size in sizeList {
                print("\n  \(size) respondents, all \(seedList.count) answer sets")
                Self.printTotals(overSeeds[size] ?? [])
            }
        }

        /// One question's figures on one answer set.
        struct Summary {
            var heldOut: Bool
            var withinHalf: Bool
            var jaccard: Double
            var fixedJaccard: Double
        }

        /// The questions tuned on and those held out: how many counts are within ±50 %, and the mean Jaccard.
        static func printTotals(_ summaries: [Summary]) {
            for heldOut in [false, true] {
                let part = summaries.filter { $0.heldOut == heldOut }
                guard !part.isEmpty else { continue }
                let mean = part.map(\.jaccard).reduce(0, +) / Double(part.count)
                let fixedMean = part.map(\.fixedJaccard).reduce(0, +) / Double(part.count)
                print(String(format: "    %@: count within ±50 %% on %d of %d questions, mean Jaccard %.3f (baseline, LSA + k-means with the true count: %.3f)",
                             heldOut ? "held out" : "tuned on", part.filter(\.withinHalf).count, part.count, mean, fixedMean))
            }
        }

        /// The answers as a CSV that `survey code --csv` reads.
        static func write(_ generated: ThemedAnswerSet.Generated, size: Int, to folder: String) throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let text = AnswerCSV.text([AnswerCSV.QuestionAnswers(question: generated.question.id, answers: generated.answers)])
            let path = (folder as NSString).appendingPathComponent("\(generated.question.id)-\(size).csv")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}
