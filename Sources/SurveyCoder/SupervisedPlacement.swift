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
/// 3. **Calibration.** Out-of-fold predictions (three folds) of people's decisions calibrate the
///    probability of the first category (`TopLabelCalibration`: a temperature, then isotonic
///    regression when there are enough decisions), so that of the statements scored 0.9, about
///    nine in ten are right.
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

    /// The models a placement fitted (one per fold, then the final one), kept so that the next
    /// placement of the same statements, after a person decided one more, starts from them:
    /// review re-scores after every decision, and a warm start needs a few iterations, not hundreds.
    struct Models: Sendable, Hashable {
        var folds: [SoftmaxRegression?]
        var final: SoftmaxRegression?

        /// The start for a model of `classCount` classes over `featureCount` features, if this one fits.
        static func start(_ model: SoftmaxRegression?, classCount: Int, featureCount: Int) -> SoftmaxRegression? {
            guard let model, model.classCount == classCount, model.featureCount == featureCount else { return nil }
            return model
        }
    }

    struct Outcome {
        /// Calibrated probabilities of every class, for every statement being coded.
        var probabilities: [[Double]]
        /// The probability from which a statement is coded automatically, or nil when no level meets the target.
        var automaticFrom: Double?
        /// The expected accuracy of the statements coded automatically (their mean probability).
        var estimatedAccuracy: Double?
        var temperature: Double
        var models: Models
    }

    let classCount: Int
    let c: Double
    let targetAccuracy: Double
    let seed: UInt64
    let folds = 3
    /// Whether the statements being coded that a model is sure of teach it once more. Off when
    /// they teach already (a re-scoring in review learns from the coding of the same statements).
    var selfTraining = true
    let selfTrainingLevel = 0.8
    let emRounds = 3

    /// Learns from `rows` (over `trainingFeatures`) and scores every row of `features`.
    ///
    /// - Parameter exclude: statements being coded that must not teach the model (staff decisions, already in `rows`).
    func place(trainingFeatures: SparseMatrix, rows startRows: [Row], features: SparseMatrix, exclude: Set<Int>,
               warmStart: Models? = nil, progress: (Int) -> Void = { _ in }) -> Outcome {
        let featureCount = trainingFeatures.columnCount
        var models = Models(folds: [SoftmaxRegression?](repeating: nil, count: folds), final: nil)
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
                let start = Models.start(warmStart.flatMap { fold < $0.folds.count ? $0.folds[fold] : nil }, classCount: classCount,
                                         featureCount: featureCount)
                let model = selfTrained(trainingFeatures, rows: kept.map { rows[$0] }, features: features, exclude: exclude, start: start)
                models.folds[fold] = model
                for index in held {
                    outOfFold.append((model.logits(trainingFeatures, row: rows[index].features), rows[index]))
                }
                progress(2 + fold)
            }
        }
        // Only people's decisions say how right the model is; the coder's own earlier placements
        // (which teach at a lower weight) would only say how well it agrees with itself.
        outOfFold.removeAll { $0.row.weight < 1 }
        let calibration = TopLabelCalibration(outOfFold.map { item in
            let top = item.logits.indices.max { item.logits[$0] < item.logits[$1] } ?? 0
            return (item.logits, item.row.allowed.contains(top), item.row.weight)
        })
        // The statements are scored by the models the calibration was measured on: the fold
        // models' calibrated probabilities, averaged (as scikit-learn's CalibratedClassifierCV
        // with ensemble=True). A model fitted on every row would be surer than they were, and its
        // scores would not mean what the calibration says. Too few rows for folds: one model.
        let scorers: [SoftmaxRegression]
        if models.folds.contains(where: { $0 != nil }) {
            scorers = models.folds.compactMap { $0 }
        } else {
            let model = selfTrained(trainingFeatures, rows: rows, features: features, exclude: exclude,
                                    start: Models.start(warmStart?.final, classCount: classCount, featureCount: featureCount))
            models.final = model
            scorers = [model]
        }
        let probabilities = Parallel.mapChunks(of: features.rowCount, size: 1024) { range in
            range.map { row in
                var sum = [Double](repeating: 0, count: classCount)
                for model in scorers {
                    let part = calibration.probabilities(model.logits(features, row: row))
                    for index in sum.indices { sum[index] += part[index] }
                }
                return sum.map { $0 / Double(scorers.count) }
            }
        }.flatMap { $0 }
        let (automaticFrom, estimated) = automaticLevel(outOfFold: outOfFold, calibration: calibration,
                                                        probabilities: probabilities, exclude: exclude)
        return Outcome(probabilities: probabilities, automaticFrom: automaticFrom, estimatedAccuracy: estimated,
                       temperature: calibration.temperature, models: models)
    }

    func fit(_ matrix: SparseMatrix, rows: [Row], start: SoftmaxRegression? = nil) -> SoftmaxRegression {
        var model = start ?? SoftmaxRegression(classCount: classCount, featureCount: matrix.columnCount)
        let subset = matrix.rows(rows.map(\.features))
        model.fit(subset, targets: rows.map(\.target), weights: rows.map(\.weight), c: c)
        return model
    }

    /// A fit on `rows`, then one more with the statements being coded it is sure of.
    func selfTrained(_ trainingFeatures: SparseMatrix, rows: [Row], features: SparseMatrix, exclude: Set<Int>,
                     start: SoftmaxRegression? = nil) -> SoftmaxRegression {
        let first = fit(trainingFeatures, rows: rows, start: start)
        guard selfTraining else { return first }
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
    func automaticLevel(outOfFold: [(logits: [Double], row: Row)], calibration: TopLabelCalibration, probabilities: [[Double]],
                        exclude: Set<Int>) -> (Double?, Double?) {
        guard !outOfFold.isEmpty else { return (nil, nil) }
        // Out-of-fold: the lowest probability from which the predictions were right often enough.
        let judged = outOfFold.map { item -> (probability: Double, right: Bool) in
            let distribution = calibration.probabilities(item.logits)
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
