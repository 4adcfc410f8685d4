import Foundation

/// Places statements in categories learned from coded examples, with probabilities that mean
/// what they say (docs/coder.md, "Learning").
///
/// 1. **A classifier.** Multinomial logistic regression (`SoftmaxRegression`) on the coder's
///    TF-IDF rows beside character n-grams of the words; one class per category and one for
///    "coded as nothing" when examples have it. A statement in two categories teaches both.
/// 2. **Answers teach statements.** An answer coded "Matematiklyftet; Systematiska
///    kvalitetsarbetet" has several statements. They start sharing its categories equally;
///    then, a few rounds, each statement takes the answer's category it is most likely to be
///    in, and each category goes to at least the statement most likely to hold it.
/// 3. **Calibration.** Out-of-fold predictions (three folds) fit one temperature for the
///    probabilities (Guo et al. 2017), so that of the statements scored 0.9, about nine in ten
///    are right.
/// 4. **Self-training.** The statements being coded that the model is sure of (0.8 or more)
///    join the examples for one more fit: answers to one question share their words.
/// 5. **Who needs a person.** A statement is coded automatically (`review: false`) when its
///    probability is at least the level where the out-of-fold predictions were right as often
///    as the target asks, and the automatic statements' mean probability (their expected
///    accuracy) meets the target too.
struct SupervisedPlacement {
    /// One training row: a statement with the distribution over classes it teaches.
    struct Row {
        var features: Int
        var target: [Double]
        var weight: Double
        /// The example it came from (for answer-level examples, shared by their statements).
        var example: Int
        var isAnswerLevel: Bool
        /// The classes the example allows (its categories, or "nothing").
        var allowed: [Int]
    }

    struct Outcome {
        /// Calibrated probabilities of every class, for every statement being coded.
        var probabilities: [[Double]]
        /// The probability from which a statement is coded automatically, or nil when no level meets the target.
        var automaticFrom: Double?
        /// The expected accuracy of the statements coded automatically (their mean probability).
        var estimatedAccuracy: Double?
        var temperature: Double
    }

    let classCount: Int
    let c: Double
    let targetAccuracy: Double
    let seed: UInt64
    let folds = 3
    let selfTrainingLevel = 0.8
    let emRounds = 3

    /// Learns from `rows` (over `trainingFeatures`) and scores every row of `features`.
    ///
    /// - Parameter exclude: statements being coded that must not teach the model (staff decisions, already in `rows`).
    func place(trainingFeatures: SparseMatrix, rows startRows: [Row], features: SparseMatrix, exclude: Set<Int>,
               progress: (Int) -> Void = { _ in }) -> Outcome {
        var rows = startRows
        // Answer-level examples: work out which statement holds which category.
        if rows.contains(where: \.isAnswerLevel) {
            for _ in 0..<emRounds {
                let model = fit(trainingFeatures, rows: rows)
                rows = Self.assigningAnswerCategories(rows, probabilities: model.probabilities(trainingFeatures.rows(rows.map(\.features))))
            }
        }
        progress(1)
        // Out-of-fold logits for calibration and for the automatic level.
        var outOfFold: [(logits: [Double], row: Row)] = []
        if rows.count >= 2 * folds {
            for fold in 0..<folds {
                let held = rows.indices.filter { Self.fold(of: rows[$0], seed: seed, folds: folds) == fold }
                let kept = rows.indices.filter { Self.fold(of: rows[$0], seed: seed, folds: folds) != fold }
                guard !held.isEmpty, !kept.isEmpty else { continue }
                let model = selfTrained(trainingFeatures, rows: kept.map { rows[$0] }, features: features, exclude: exclude)
                for index in held {
                    outOfFold.append((model.logits(trainingFeatures, row: rows[index].features), rows[index]))
                }
                progress(2 + fold)
            }
        }
        let temperature = Self.temperature(outOfFold)
        let model = selfTrained(trainingFeatures, rows: rows, features: features, exclude: exclude)
        let probabilities = model.probabilities(features, temperature: temperature)
        let (automaticFrom, estimated) = automaticLevel(outOfFold: outOfFold, temperature: temperature,
                                                        probabilities: probabilities, exclude: exclude)
        return Outcome(probabilities: probabilities, automaticFrom: automaticFrom, estimatedAccuracy: estimated, temperature: temperature)
    }

    func fit(_ matrix: SparseMatrix, rows: [Row], start: SoftmaxRegression? = nil) -> SoftmaxRegression {
        var model = start ?? SoftmaxRegression(classCount: classCount, featureCount: matrix.columnCount)
        let subset = matrix.rows(rows.map(\.features))
        model.fit(subset, targets: rows.map(\.target), weights: rows.map(\.weight), c: c)
        return model
    }

    /// A fit on `rows`, then one more with the statements being coded it is sure of.
    func selfTrained(_ trainingFeatures: SparseMatrix, rows: [Row], features: SparseMatrix, exclude: Set<Int>) -> SoftmaxRegression {
        let first = fit(trainingFeatures, rows: rows)
        let probabilities = first.probabilities(features)
        var confident: [Int] = []
        var targets: [[Double]] = []
        for (index, distribution) in probabilities.enumerated() where !exclude.contains(index) {
            guard let top = distribution.indices.max(by: { distribution[$0] < distribution[$1] }),
                  distribution[top] >= selfTrainingLevel else { continue }
            var target = [Double](repeating: 0, count: classCount)
            target[top] = 1
            confident.append(index)
            targets.append(target)
        }
        guard !confident.isEmpty else { return first }
        // The examples and the confident statements in one matrix.
        let combined = Self.stacked(trainingFeatures.rows(rows.map(\.features)), features.rows(confident))
        var model = first
        model.fit(combined, targets: rows.map(\.target) + targets, weights: rows.map(\.weight) + confident.map { _ in 1 }, c: c,
                  maximumIterations: 100)
        return model
    }

    /// The level from which statements are coded automatically, and their expected accuracy.
    func automaticLevel(outOfFold: [(logits: [Double], row: Row)], temperature: Double, probabilities: [[Double]],
                        exclude: Set<Int>) -> (Double?, Double?) {
        guard !outOfFold.isEmpty else { return (nil, nil) }
        // Out-of-fold: the lowest probability from which the predictions were right often enough.
        let judged = outOfFold.map { item -> (probability: Double, right: Bool) in
            let distribution = SoftmaxRegression.softmax(item.logits, temperature: temperature)
            let top = distribution.indices.max { distribution[$0] < distribution[$1] } ?? 0
            return (distribution[top], item.row.allowed.contains(top))
        }.sorted { $0.probability > $1.probability }
        var level: Double?
        var right = 0.0
        for (index, item) in judged.enumerated() {
            if item.right { right += 1 }
            // Wilson's lower bound, so a handful of lucky predictions does not set the level.
            if index >= 9, Self.wilsonLowerBound(right, Double(index + 1)) >= targetAccuracy { level = item.probability }
        }
        guard var automaticFrom = level else { return (nil, nil) }
        // The statements being coded from that level must also expect the target on average.
        let tops = probabilities.enumerated().filter { !exclude.contains($0.offset) }.map { $0.element.max() ?? 0 }.sorted(by: >)
        var sum = 0.0
        var count = 0.0
        var expected: Double?
        for probability in tops where probability >= automaticFrom {
            if (sum + probability) / (count + 1) < targetAccuracy {
                automaticFrom = max(automaticFrom, probability + 1e-9)
                break
            }
            sum += probability
            count += 1
            expected = sum / count
        }
        return (automaticFrom, expected)
    }

    /// The temperature that makes the out-of-fold probabilities most likely (golden-section search on log T).
    static func temperature(_ outOfFold: [(logits: [Double], row: Row)]) -> Double {
        guard outOfFold.count >= 10 else { return 1 }
        func loss(_ logTemperature: Double) -> Double {
            let t = exp(logTemperature)
            var total = 0.0
            for item in outOfFold {
                let distribution = SoftmaxRegression.softmax(item.logits, temperature: t)
                for (index, target) in item.row.target.enumerated() where target > 0 {
                    total -= item.row.weight * target * log(max(distribution[index], 1e-12))
                }
            }
            return total
        }
        var low = log(0.05), high = log(20.0)
        let ratio = (5.0.squareRoot() - 1) / 2
        var a = high - ratio * (high - low), b = low + ratio * (high - low)
        var lossA = loss(a), lossB = loss(b)
        for _ in 0..<60 {
            if lossA < lossB {
                high = b
                b = a
                lossB = lossA
                a = high - ratio * (high - low)
                lossA = loss(a)
            } else {
                low = a
                a = b
                lossA = lossB
                b = low + ratio * (high - low)
                lossB = loss(b)
            }
        }
        return exp((low + high) / 2)
    }

    /// Each answer-level example's categories given to its statements: each statement takes the
    /// allowed class it is most likely in, and each allowed class goes at least to the statement
    /// most likely to hold it.
    static func assigningAnswerCategories(_ rows: [Row], probabilities: [[Double]]) -> [Row] {
        var result = rows
        var byExample: [Int: [Int]] = [:]
        for (index, row) in rows.enumerated() where row.isAnswerLevel { byExample[row.example, default: []].append(index) }
        for members in byExample.values {
            let allowed = rows[members[0]].allowed
            guard allowed.count > 1 || members.count > 1 else { continue }
            var given = [Set<Int>](repeating: [], count: members.count)
            for (position, member) in members.enumerated() {
                if let best = allowed.max(by: { probabilities[member][$0] < probabilities[member][$1] }) { given[position].insert(best) }
            }
            for category in allowed where !given.contains(where: { $0.contains(category) }) {
                if let position = members.indices.max(by: { probabilities[members[$0]][category] < probabilities[members[$1]][category] }) {
                    given[position].insert(category)
                }
            }
            for (position, member) in members.enumerated() {
                var target = [Double](repeating: 0, count: rows[member].target.count)
                for category in given[position] { target[category] = 1 / Double(given[position].count) }
                result[member].target = target
            }
        }
        return result
    }

    /// A stable fold for a row: examples (and an answer's statements) stay in one fold.
    static func fold(of row: Row, seed: UInt64, folds: Int) -> Int {
        var random = SeededGenerator(seed: seed &+ UInt64(row.example) &* 0x9E37_79B9)
        return random.below(folds)
    }

    static func wilsonLowerBound(_ successes: Double, _ total: Double, z: Double = 1.64) -> Double {
        guard total > 0 else { return 0 }
        let p = successes / total
        let denominator = 1 + z * z / total
        let centre = p + z * z / (2 * total)
        let margin = z * (p * (1 - p) / total + z * z / (4 * total * total)).squareRoot()
        return (centre - margin) / denominator
    }

    static func stacked(_ top: SparseMatrix, _ bottom: SparseMatrix) -> SparseMatrix {
        let offset = top.entryCount
        return SparseMatrix(rowCount: top.rowCount + bottom.rowCount, columnCount: max(top.columnCount, bottom.columnCount),
                            rowStarts: top.rowStarts + bottom.rowStarts.dropFirst().map { $0 + offset },
                            columns: top.columns + bottom.columns, values: top.values + bottom.values)
    }
}
