import ArgumentParser
import Foundation
import SurveyCoder

extension SurveyBench {
    /// Supervised coding: learn from a coded share of a labelled CSV, code the rest.
    struct CoderLearning: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "coder-learning",
            abstract: "Learn from a coded share of a labelled CSV (id,text,label) and code the rest: accuracy, share coded automatically, calibration.",
            discussion: """
            The coded share is drawn per label (the same share of every label), deterministically \
            from the seed. Each text is coded whole. Printed: the accuracy of the first category on \
            the rest; the share the coder marks `review: false` and the accuracy of that share; the \
            coder's own estimate of it; and calibration (statements by score, the mean score against \
            the share right). With python3 and scikit-learn, the same split is given to \
            Reference/learning_reference.py (LinearSVC and LogisticRegression on character 2–5 gram \
            TF-IDF) and its accuracy printed beside. Targets on sv-argument-topics at 0.1: accuracy at \
            least the better reference, and at least 60 % coded automatically at 97 % or more \
            (--target-accuracy 0.97).
            """
        )

        @Option(help: "The labelled CSV file, columns id,text,label.")
        var csv: String

        @Option(help: "The language of the texts: sv or en.")
        var language: String = "sv"

        @Option(help: "The share of each label that is coded (the training share).")
        var trainFraction: Double = 0.1

        @Option(help: "The accuracy the automatic part must reach.")
        var targetAccuracy: Double = 0.97

        @Option(help: "Seed for the split and the coder.")
        var seed: UInt64 = 2012

        @Option(help: "The reference script (run when python3 has scikit-learn).")
        var reference = "Sources/survey-bench/Reference/learning_reference.py"

        @Flag(help: "Print each new category the coder proposed, with the true labels of its statements.")
        var verbose = false

        func validate() throws {
            if CoderLanguage(argument: language) == nil { throw ValidationError("unknown language '\(language)'; use sv or en") }
            if !(0 < trainFraction && trainFraction < 1) { throw ValidationError("--train-fraction must be between 0 and 1") }
        }

        func run() throws {
            let language = CoderLanguage(argument: language) ?? .swedish
            let (answers, labels) = try CoderQuality.readLabelled(path: csv)
            let train = Self.split(labels, fraction: trainFraction, seed: seed)
            let trainSet = Set(train)
            let labelNames = (Set(labels).sorted()).map { "c\($0)" }
            let categories = labelNames.map { Codebook.Category(id: $0, label: $0) }
            let training = TrainingSet(categories: categories, examples: train.map { index in
                TrainingSet.Example(respondent: answers[index].respondent, text: answers[index].text, categories: ["c\(labels[index])"])
            })
            let rest = answers.indices.filter { !trainSet.contains($0) }
            print("coder-learning: \(csv): \(answers.count) texts, \(Set(labels).count) labels, \(train.count) coded (\(String(format: "%.0f", 100 * trainFraction)) % of each label), \(rest.count) to code, target accuracy \(String(format: "%.2f", targetAccuracy))")

            var options = CoderOptions(language: language, splitting: .wholeAnswer, seed: seed)
            options.targetAccuracy = targetAccuracy
            let coder = try Coder(options: options)
            let start = Date()
            let result = try coder.code(rest.map { answers[$0] }, question: "benchmark", training: training)
            let seconds = Date().timeIntervalSince(start)
            var byRespondent: [String: CodedStatement] = [:]
            for statement in result.coding.statements { byRespondent[statement.respondent] = statement }
            var right = 0, automatic = 0, automaticRight = 0
            var bins = [(count: Int, scores: Double, right: Int)](repeating: (0, 0, 0), count: 10)
            for index in rest {
                guard let statement = byRespondent[answers[index].respondent] else { continue }
                let correct = statement.categories.first == "c\(labels[index])"
                if correct { right += 1 }
                if statement.needsReview == false {
                    automatic += 1
                    if correct { automaticRight += 1 }
                }
                if let score = statement.score {
                    let bin = min(9, Int(score * 10))
                    bins[bin].count += 1
                    bins[bin].scores += score
                    if correct { bins[bin].right += 1 }
                }
            }
            // (String arguments to String(format:) are not portable; the estimate is formatted apart.)
            let estimate = result.estimatedAccuracy.map { String(format: "%.3f", $0) } ?? "none"
            let theirs = automatic > 0 ? String(format: "%.3f", Double(automaticRight) / Double(automatic)) : "none"
            print(String(format: "  coder: accuracy %.3f on the rest; coded automatically %.1f %% (%d), ",
                         Double(right) / Double(rest.count), 100 * Double(automatic) / Double(rest.count), automatic)
                  + "their accuracy \(theirs) (estimated \(estimate)); " + String(format: "%.1f s", seconds))
            let known = Set(labelNames)
            let newCategories = rest.filter { byRespondent[answers[$0].respondent]?.categories.first.map { !known.contains($0) } ?? false }.count
            let none = rest.filter { byRespondent[answers[$0].respondent]?.categories.isEmpty ?? true }.count
            print("  placed in a new category the coder proposed: \(newCategories); left in Övrigt: \(none)")
            if verbose {
                // Each proposed category with the true labels of its statements.
                var labelsIn: [String: [Int: Int]] = [:]
                for index in rest {
                    guard let first = byRespondent[answers[index].respondent]?.categories.first, !known.contains(first) else { continue }
                    labelsIn[first, default: [:]][labels[index], default: 0] += 1
                }
                for (id, counts) in labelsIn.sorted(by: { $0.key < $1.key }) {
                    let label = result.codebook.categories.first { $0.id == id }?.label ?? id
                    print("    \(label): " + counts.sorted { $0.key < $1.key }.map { "\(labelNames[$0.key]) \($0.value)" }.joined(separator: ", "))
                }
            }
            print("  calibration (score range: statements, mean score, share right):")
            for (bin, values) in bins.enumerated() where values.count > 0 {
                print(String(format: "    %.1f–%.1f: %5d, %.2f, %.2f", Double(bin) / 10, Double(bin + 1) / 10, values.count,
                             values.scores / Double(values.count), Double(values.right) / Double(values.count)))
            }
            try runReference(train: train)
        }

        /// `fraction` of every label's rows (at least one), drawn with the seed.
        static func split(_ labels: [Int], fraction: Double, seed: UInt64) -> [Int] {
            var random = SeededGenerator(seed: seed)
            var chosen: [Int] = []
            for label in Set(labels).sorted() {
                let rows = labels.indices.filter { labels[$0] == label }
                let count = max(1, Int((fraction * Double(rows.count)).rounded()))
                chosen += random.sample(count, from: rows.count).map { rows[$0] }
            }
            return chosen.sorted()
        }

        func runReference(train: [Int]) throws {
            guard FileManager.default.fileExists(atPath: reference) else {
                print("  reference: \(reference) not found")
                return
            }
            let rowsFile = FileManager.default.temporaryDirectory.appendingPathComponent("coder-learning-\(getpid()).txt").path
            try (train.map(String.init).joined(separator: "\n") + "\n").write(toFile: rowsFile, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: rowsFile) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", reference, "--csv", csv, "--train-rows", rowsFile]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            do {
                try process.run()
            } catch {
                print("  reference: python3 is not available")
                return
            }
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            for line in String(decoding: output, as: UTF8.self).split(separator: "\n") { print("  \(line)") }
        }
    }
}
