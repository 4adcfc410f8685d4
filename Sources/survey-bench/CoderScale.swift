import ArgumentParser
import Foundation
import SurveyCoder
import SurveyYAML

extension SurveyBench {
    /// The coder on 100,000 generated Swedish answers: wall time, peak memory, statements per second.
    struct CoderScale: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "coder-scale",
            abstract: "Code generated Swedish answers (default 100,000) and print time, peak memory and throughput.",
            discussion: """
            The answers are generated deterministically (see CoderAnswerGenerator). The same run \
            first times splitting and stemming alone, a baseline that keeps figures comparable on \
            a busy machine. The answers are coded as `survey code` codes the bundled form's: with \
            forms/glossary.yaml (run from the project's folder) and the form's programme. \
            Targets: at most 30 s and 2 GiB for 100,000 answers on 2 cores.
            """
        )

        @Option(help: "How many answers to generate.")
        var answers: Int = 100_000

        @Option(help: "Seed for generating the answers.")
        var seed: UInt64 = 7

        @Flag(help: "Print the coder's progress on stderr.")
        var progress = false

        @Flag(help: "Print under each category the generated topics its statements come from.")
        var verbose = false

        func run() throws {
            let startGenerating = Date()
            let generated = CoderAnswerGenerator.generate(count: answers, seed: seed)
            let generatingSeconds = Date().timeIntervalSince(startGenerating)
            print("coder-scale: \(answers) generated answers (\(String(format: "%.1f", generatingSeconds)) s to generate), \(ProcessInfo.processInfo.activeProcessorCount) cores")

            // As `survey code` codes the bundled form's answers: its glossary and its programme.
            let coder = try Coder(options: CoderOptions(language: .swedish), glossary: BundledGlossary.load())
            let startBaseline = Date()
            let baseline = try coder.countTerms(in: generated.answers)
            let baselineSeconds = Date().timeIntervalSince(startBaseline)
            print(String(format: "  baseline (split + stem only): %d statements, %d terms, %.2f s, %.0f statements/s",
                         baseline.statements, baseline.terms, baselineSeconds, Double(baseline.statements) / baselineSeconds))

            let memoryBefore = Self.peakMemoryBytes()
            let startCoding = Date()
            var lastStage = ""
            let result = try coder.code(generated.answers, question: "benchmark", topic: [BundledProgramme.name]) { step in
                guard progress else { return }
                let line = step.stage.rawValue
                if line != lastStage {
                    FileHandle.standardError.write(Data(String(format: "[%6.1f s] %@\n", Date().timeIntervalSince(startCoding), step.description).utf8))
                    lastStage = line
                }
            }
            let codingSeconds = Date().timeIntervalSince(startCoding)
            let statements = result.coding.statements.count
            let summary = result.summary
            print(String(format: "  coder: %d statements, %d categories, %d uncategorized statements, %.2f s wall, %.0f statements/s (%.1f× the baseline's time)",
                         statements, result.codebook.categories.count, summary.uncategorized.count, codingSeconds,
                         Double(statements) / codingSeconds, codingSeconds / baselineSeconds))
            print(String(format: "  peak memory (ru_maxrss): %.0f MiB (%.0f MiB before coding, input included)",
                         Double(Self.peakMemoryBytes()) / 1_048_576, Double(memoryBefore) / 1_048_576))

            // What `survey code` then writes and a re-run reads: the coding file.
            let startWriting = Date()
            let yaml = try result.coding.yaml()
            let writingSeconds = Date().timeIntervalSince(startWriting)
            let startReading = Date()
            let reread = try Coding.read(SourceText(path: "benchmark.coding.yaml", text: yaml))
            let readingSeconds = Date().timeIntervalSince(startReading)
            print(String(format: "  coding file: %.1f MB, written in %.2f s, read back in %.2f s (%@)",
                         Double(yaml.utf8.count) / 1_000_000, writingSeconds, readingSeconds,
                         reread == result.coding ? "identical" : "DIFFERENT"))
            print(String(format: "  peak memory after the file round trip: %.0f MiB", Double(Self.peakMemoryBytes()) / 1_048_576))

            // How well the generated topics were found: each statement's category against its topic.
            var reference: [Int] = []
            var clusters: [Int] = []
            var categoryNumbers: [String: Int] = [:]
            for statement in result.coding.statements {
                guard let topic = generated.topicOfStatement[statement.text] else { continue }
                reference.append(topic)
                if let id = statement.categories.first {
                    let number = categoryNumbers[id] ?? categoryNumbers.count
                    categoryNumbers[id] = number
                    clusters.append(number)
                } else {
                    clusters.append(-1)
                }
            }
            let comparison = PartitionComparison(reference: reference, clusters: clusters)
            print(String(format: "  topics: %d generated (+ odd statements), found %d categories; ACC %.3f, NMI %.3f, ARI %.3f (Övrigt counted as one cluster)",
                         generated.topicCount, result.codebook.categories.count, comparison.accuracy,
                         comparison.normalizedMutualInformation, comparison.adjustedRandIndex))
            for category in summary.categories {
                print("    \(category.label) — \(category.respondents.count) (\(CodingSummary.percent(category.share))); terms: \(category.terms.joined(separator: ", "))")
                if verbose {
                    print("      " + Self.topicComposition(of: category.id, in: result.coding, generated: generated))
                }
            }
            print("  targets: ≤ 30 s, ≤ 2 GiB on 2 cores for 100,000 answers")
        }

        /// The generated topics a category's statements come from, largest first, each named by
        /// the start of its first template: "Förstelärarna leder arbetet: 23 %; …".
        static func topicComposition(of category: String, in coding: Coding, generated: CoderAnswerGenerator.Generated) -> String {
            var counts: [Int: Int] = [:]
            var total = 0
            for statement in coding.statements where statement.categories.first == category {
                guard let topic = generated.topicOfStatement[statement.text] else { continue }
                counts[topic, default: 0] += 1
                total += 1
            }
            let parts = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(6).map { topic, count in
                let template = topic < 0 ? "odd" : CoderAnswerGenerator.topics[topic][0]
                    .replacingOccurrences(of: " {plats}", with: "").replacingOccurrences(of: " {tid}", with: "")
                let name = String(template.prefix(32))
                return "\(name): \(count * 100 / max(total, 1)) %"
            }
            return "\(total) statements; " + parts.joined(separator: "; ")
        }

        /// The process's peak resident memory so far, in bytes (Linux reports kilobytes).
        static func peakMemoryBytes() -> Int {
            var usage = rusage()
            #if os(Linux)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            #else
            getrusage(RUSAGE_SELF, &usage)
            #endif
            return Int(usage.ru_maxrss) * 1024
        }
    }
}
