import ArgumentParser
import Foundation
import SurveyCoder
import SurveyYAML

extension SurveyBench {
    /// Coding quality on a labelled CSV (id,text,label): NMI, ARI and matched accuracy.
    struct CoderQuality: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "coder-quality",
            abstract: "Cluster a labelled CSV (id,text,label) and compare with its labels: NMI, ARI, ACC.",
            discussion: """
            Runs the coder twice, with the number of categories fixed to the number of labels \
            and chosen automatically. Each text is coded whole. In the automatic run, each text the \
            coder leaves uncategorized counts as a cluster of its own, as a person reading the \
            proposal sees it. Targets: sv-argument-topics chooses 4–12 categories with at most \
            10 % uncategorized and NMI ≥ 0.70; en-stackoverflow chooses 14–30 with NMI ≥ 0.70.
            """
        )

        @Option(help: "The labelled CSV file, columns id,text,label.")
        var csv: String

        @Option(help: "The language of the texts: sv or en.")
        var language: String = "sv"

        @Option(help: "The coder's random seed.")
        var seed: UInt64 = 2012

        @Option(help: "Weight of in-word n-grams against whole stems (default: the language's).")
        var gramWeight: Double?

        @Option(help: "Dimensions of the LSA projection.")
        var dimensions: Int?

        @Option(help: "Write each text's cluster (-1 = uncategorized) to this CSV, for analysis (last seed; the automatic run to FILE.automatic.csv).")
        var assignments: String?

        @Option(help: "Seeds to run, one after another (e.g. 1,2,3); figures are printed per seed and averaged.")
        var seeds: String?

        func validate() throws {
            if CoderLanguage(argument: language) == nil { throw ValidationError("unknown language '\(language)'; use sv or en") }
        }

        func run() throws {
            let language = CoderLanguage(argument: language) ?? .swedish
            let (answers, labels) = try Self.readLabelled(path: csv)
            let labelCount = Set(labels).count
            let seedList: [UInt64] = seeds.map(SurveyBench.numbers) ?? [seed]
            print("coder-quality: \(csv): \(answers.count) texts, \(labelCount) labels, language \(language.rawValue), seeds \(seedList.map(String.init).joined(separator: ","))")
            for categories in [CoderOptions.CategoryCount.fixed(labelCount), .automatic] {
                let name: String
                if case .fixed(let k) = categories { name = "k = \(k) (fixed)" } else { name = "k automatic" }
                var sums = (accuracy: 0.0, nmi: 0.0, ari: 0.0)
                for seed in seedList {
                    var options = CoderOptions(language: language, categories: categories, splitting: .wholeAnswer, seed: seed)
                    if let gramWeight { options.gramWeight = gramWeight }
                    if let dimensions { options.dimensions = dimensions }
                    let coder = try Coder(options: options)
                    let start = Date()
                    let result = try coder.code(answers, question: "benchmark")
                    let seconds = Date().timeIntervalSince(start)
                    let clusterOf = Self.clusters(result.coding, answerCount: answers.count)
                    // As a person sees them: each text left in Övrigt stands alone.
                    let comparison = PartitionComparison(reference: labels, clusters: Self.uncategorizedAlone(clusterOf))
                    let uncategorized = clusterOf.filter { $0 == -1 }.count
                    if let assignments {
                        let lines = ["id,label,cluster"] + zip(labels, clusterOf).enumerated().map { "\($0),\($1.0),\($1.1)" }
                        let path = categories == .automatic ? assignments + ".automatic.csv" : assignments
                        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
                    }
                    sums.accuracy += comparison.accuracy
                    sums.nmi += comparison.normalizedMutualInformation
                    sums.ari += comparison.adjustedRandIndex
                    print(String(format: "  %@, seed %llu: categories %d, uncategorized %d (%.1f%%), ACC %.3f, NMI %.3f, ARI %.3f, %.1f s",
                                 name, seed, result.codebook.categories.count, uncategorized,
                                 100 * Double(uncategorized) / Double(max(answers.count, 1)),
                                 comparison.accuracy, comparison.normalizedMutualInformation, comparison.adjustedRandIndex, seconds))
                }
                if seedList.count > 1 {
                    let count = Double(seedList.count)
                    print(String(format: "  %@, mean of %d seeds: ACC %.3f, NMI %.3f, ARI %.3f",
                                 name, seedList.count, sums.accuracy / count, sums.nmi / count, sums.ari / count))
                }
            }
            print("""
              published, en-stackoverflow, k = 20:
                TF-IDF + k-means (Xu et al. 2017):                ACC 0.203, NMI 0.156
                scikit-learn TF-IDF + LSA 100 + k-means:          ACC ~0.72, NMI ~0.70
                iterative classification (Rakib et al. 2020):     ACC 0.750, NMI 0.734
                SCCL (2021, neural):                              ACC 0.755
            """)
        }

        /// Each text's cluster number (its first category's position), -1 when uncategorized.
        static func clusters(_ coding: Coding, answerCount: Int) -> [Int] {
            var numbers: [String: Int] = [:]
            var byRespondent: [String: Int] = [:]
            for statement in coding.statements {
                guard let id = statement.categories.first else { continue }
                let number = numbers[id] ?? numbers.count
                numbers[id] = number
                byRespondent[statement.respondent] = number
            }
            return (0..<answerCount).map { byRespondent[String($0)] ?? -1 }
        }

        /// The clusters with every uncategorized text (-1) made a cluster of its own.
        static func uncategorizedAlone(_ clusters: [Int]) -> [Int] {
            var next = (clusters.max() ?? -1) + 1
            return clusters.map { cluster in
                guard cluster < 0 else { return cluster }
                defer { next += 1 }
                return next
            }
        }

        /// Texts as answers (respondent = row number) and their labels as numbers.
        static func readLabelled(path: String) throws -> ([Answer], [Int]) {
            let records: [CSVReader.Record]
            do {
                records = try CSVReader.records(in: SourceText.load(path: path, maximumBytes: 1 << 30))
            } catch {
                throw ValidationError(error.description)
            }
            guard let header = records.first?.fields.map({ $0.lowercased() }),
                  let textColumn = header.firstIndex(of: "text"), let labelColumn = header.firstIndex(of: "label") else {
                throw ValidationError("\(path): expected a header with the columns text and label")
            }
            var answers: [Answer] = []
            var labels: [Int] = []
            var labelNumbers: [String: Int] = [:]
            for record in records.dropFirst() where record.fields.count == header.count {
                let label = record.fields[labelColumn]
                let number = labelNumbers[label] ?? labelNumbers.count
                labelNumbers[label] = number
                answers.append(Answer(respondent: String(answers.count), text: record.fields[textColumn]))
                labels.append(number)
            }
            return (answers, labels)
        }
    }
}
