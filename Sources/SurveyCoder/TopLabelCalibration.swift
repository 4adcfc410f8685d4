import Foundation

/// Makes the probability of a statement's first category mean what it says: of the statements
/// scored 0.9, about nine in ten are right (top-label calibration, Gupta and Ramdas 2021).
///
/// Fitted on out-of-fold predictions of people's decisions:
/// 1. **A temperature** (Guo et al. 2017), chosen by the log loss of "the first category is
///    right", not of the whole distribution: label noise spread over the unlikely categories
///    would otherwise pull the first one's probability away from how often it is right.
/// 2. **Isotonic regression** (pool adjacent violators, as scikit-learn's `isotonic` method) of
///    rightness on that probability, when there are at least `isotonicMinimum` decisions: a
///    temperature only stretches or shrinks all scores alike, and a model can be overconfident
///    in the middle and right at the top. Between the pooled blocks the map is linear.
///
/// The other categories keep their shares of what is left, never more than the first's
/// probability: the first category stays first (then the probabilities may sum to less than one).
struct TopLabelCalibration: Sendable {
    let temperature: Double
    /// Isotonic blocks: their mean probability (after the temperature) and their share right, rising.
    let blocks: [(probability: Double, right: Double)]

    /// Decisions needed before the isotonic step is used.
    static let isotonicMinimum = 100

    init(_ judged: [(logits: [Double], right: Bool, weight: Double)]) {
        guard judged.count >= 10 else {
            temperature = 1
            blocks = []
            return
        }
        let temperature = Self.fitTemperature(judged)
        self.temperature = temperature
        guard judged.count >= Self.isotonicMinimum else {
            blocks = []
            return
        }
        let points = judged.map { item in
            (probability: SoftmaxRegression.softmax(item.logits, temperature: temperature).max() ?? 0, right: item.right ? 1.0 : 0, weight: item.weight)
        }.sorted { $0.probability < $1.probability }
        // Pool adjacent violators: blocks of (weight, weighted probability, weighted rightness).
        var pooled: [(weight: Double, probability: Double, right: Double)] = []
        for point in points {
            pooled.append((point.weight, point.weight * point.probability, point.weight * point.right))
            while pooled.count >= 2 {
                let last = pooled[pooled.count - 1], before = pooled[pooled.count - 2]
                guard before.right / before.weight >= last.right / last.weight else { break }
                pooled.removeLast(2)
                pooled.append((before.weight + last.weight, before.probability + last.probability, before.right + last.right))
            }
        }
        blocks = pooled.map { ($0.probability / $0.weight, $0.right / $0.weight) }
    }

    /// The calibrated distribution over the classes for a model's logits.
    func probabilities(_ logits: [Double]) -> [Double] {
        var distribution = SoftmaxRegression.softmax(logits, temperature: temperature)
        guard !blocks.isEmpty, let top = distribution.indices.max(by: { distribution[$0] < distribution[$1] }) else { return distribution }
        let raw = distribution[top]
        let calibrated = map(raw)
        let rest = 1 - raw
        for index in distribution.indices where index != top {
            let share = rest > 0 ? distribution[index] / rest : 1 / Double(distribution.count - 1)
            // The first category stays first: another's share of the rest never passes it.
            distribution[index] = min(share * (1 - calibrated), calibrated)
        }
        distribution[top] = calibrated
        return distribution
    }

    /// The isotonic map, linear between the blocks' mean probabilities.
    func map(_ probability: Double) -> Double {
        guard let first = blocks.first, let last = blocks.last else { return probability }
        if probability <= first.probability { return first.right }
        if probability >= last.probability { return last.right }
        var upper = 1
        while upper < blocks.count - 1, blocks[upper].probability < probability { upper += 1 }
        let low = blocks[upper - 1], high = blocks[upper]
        let span = high.probability - low.probability
        return span > 0 ? low.right + (probability - low.probability) / span * (high.right - low.right) : high.right
    }

    /// The temperature that makes "the first category is right" most likely (golden-section search on log T).
    static func fitTemperature(_ judged: [(logits: [Double], right: Bool, weight: Double)]) -> Double {
        func loss(_ logTemperature: Double) -> Double {
            let t = exp(logTemperature)
            var total = 0.0
            for item in judged {
                let probability = SoftmaxRegression.softmax(item.logits, temperature: t).max() ?? 0
                total -= item.weight * log(max(item.right ? probability : 1 - probability, 1e-12))
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
}
