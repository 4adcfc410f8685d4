import ArgumentParser
import Foundation
import SurveyCoder

extension SurveyBench {
    /// Last year's coding applied to this year: learn from the pilot year's staff coding and code
    /// the generated answers to the same questions.
    struct CoderLastYear: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "coder-last-year",
            abstract: "Learn from the bundled pilot coding, code generated answers to the same questions: Jaccard of each category's respondents.",
            discussion: """
            For each question of the generated set (coder-themes) that the pilot year coded, the \
            coder gets the pilot codebook and learns from the pilot coding (staff decisions, as \
            survey code --learn-from LAST-YEAR.coding.yaml does), then codes the generated answers. \
            Each generated theme that names a pilot category (ThemedAnswerSet.pilotCategories) is \
            compared with that category: the Jaccard index of the respondents the coder put there \
            and those who wrote on the theme. Themes the pilot year did not have are left to the \
            new categories the coder proposes and are not counted. Target: mean ≥ 0.75.
            """
        )

        @Option(help: "The responses folder whose codes/ holds the pilot year's coding.")
        var responses = "responses"

        @Option(help: "Respondents of the generated set.")
        var respondents = 300

        @Option(help: "Seed for generating the answers.")
        var seed: UInt64 = 11

        @Flag(help: "Print every category's respondents against its theme.")
        var verbose = false

        func run() throws {
            let coder = try Coder(glossary: BundledGlossary.load())
            let codes = (responses as NSString).appendingPathComponent("codes")
            print("coder-last-year: the pilot year's coding applied to \(respondents) generated respondents (seed \(seed))")
            var all: [Double] = []
            for (index, question) in ThemedAnswerSet.questions.enumerated() {
                guard let pilotQuestion = ThemedAnswerSet.pilotQuestion[question.id] else { continue }
                let file = try LearningSources.loadCoding((codes as NSString).appendingPathComponent("\(pilotQuestion).coding.yaml"))
                let data = ThemedAnswerSet.generate(question, at: index, respondents: respondents, setSeed: seed)
                let training = TrainingSet.from(file.coding, categories: file.codebook.categories)
                let result = try coder.code(data.answers, question: question.id, topic: [BundledProgramme.name],
                                            subject: [question.text], codebook: file.codebook,
                                            training: training)
                let held = Dictionary(uniqueKeysWithValues: result.summary.categories.map { ($0.id, Set($0.respondents)) })
                var scores: [String] = []
                for (themeIndex, theme) in question.themes.enumerated() {
                    guard let category = ThemedAnswerSet.pilotCategories[question.id]?[theme.name] else { continue }
                    let truth = Set(data.themesOfRespondent.filter { $0.value.contains(themeIndex) }.keys)
                    let coded = held[category] ?? []
                    let union = truth.union(coded).count
                    let jaccard = union == 0 ? 0 : Double(truth.intersection(coded).count) / Double(union)
                    all.append(jaccard)
                    scores.append(String(format: "%@ %.2f", category, jaccard))
                    if verbose { print("      \(theme.name) → \(category): \(coded.count) coded, \(truth.count) wrote on it") }
                }
                let automatic = result.coding.statements.count { $0.needsReview == false }
                print("    \(question.id) (from \(pilotQuestion)): " + scores.joined(separator: ", ")
                      + "; coded automatically \(automatic) of \(result.coding.statements.count)")
            }
            let mean = all.isEmpty ? 0 : all.reduce(0, +) / Double(all.count)
            print(String(format: "  mean Jaccard over %d categories: %.3f (target ≥ 0.75)", all.count, mean))
        }
    }
}
