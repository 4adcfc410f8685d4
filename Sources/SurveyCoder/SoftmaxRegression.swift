import Foundation

/// Multinomial logistic regression on sparse rows, with L2 regularisation, sample weights and
/// soft targets, fitted by L-BFGS.
///
/// The objective is scikit-learn's: `C · Σᵢ wᵢ · crossEntropy(yᵢ, softmax(W xᵢ + b)) + ½‖W‖²`
/// (the bias is not regularised). A target is a distribution over the classes, so a statement
/// in two categories teaches both at half weight each. Training is deterministic: the same
/// rows, targets and start give the same weights.
struct SoftmaxRegression: Sendable, Hashable {
    let classCount: Int
    let featureCount: Int
    /// Weights, one run of `classCount` values per feature, then the biases.
    var parameters: [Double]

    init(classCount: Int, featureCount: Int) {
        self.classCount = classCount
        self.featureCount = featureCount
        self.parameters = [Double](repeating: 0, count: (featureCount + 1) * classCount)
    }

    /// The class scores (logits) of one row.
    func logits(_ matrix: SparseMatrix, row: Int) -> [Double] {
        let k = classCount
        var scores = Array(parameters[(featureCount * k)..<((featureCount + 1) * k)])
        for entry in matrix.row(row) {
            let base = Int(matrix.columns[entry]) * k
            let value = Double(matrix.values[entry])
            for c in 0..<k { scores[c] += value * parameters[base + c] }
        }
        return scores
    }

    /// Probabilities of every class for every row, at `temperature` (1 = as fitted).
    func probabilities(_ matrix: SparseMatrix, temperature: Double = 1) -> [[Double]] {
        Parallel.mapChunks(of: matrix.rowCount, size: 1024) { range in
            range.map { row in Self.softmax(logits(matrix, row: row), temperature: temperature) }
        }.flatMap { $0 }
    }

    static func softmax(_ scores: [Double], temperature: Double = 1) -> [Double] {
        let scaled = scores.map { $0 / temperature }
        let top = scaled.max() ?? 0
        let exponentials = scaled.map { exp($0 - top) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }

    /// Fits the weights to `targets` (one distribution per row) with row `weights`.
    ///
    /// - Parameters:
    ///   - c: the inverse regularisation strength (scikit-learn's `C`).
    ///   - start: weights to start from (a warm start after a few more rows), or zeros.
    mutating func fit(_ matrix: SparseMatrix, targets: [[Double]], weights: [Double], c: Double, maximumIterations: Int = 200) {
        let k = classCount, width = featureCount
        let objective = { (parameters: [Double]) -> (Double, [Double]) in
            // Two chunks (one per core): each holds a whole gradient.
            let parts: [(Double, [Double])] = Parallel.mapChunks(of: matrix.rowCount, size: max(256, (matrix.rowCount + 1) / 2)) { range in
                var gradient = [Double](repeating: 0, count: (width + 1) * k)
                var loss = 0.0
                var scores = [Double](repeating: 0, count: k)
                for row in range where weights[row] > 0 {
                    for c in 0..<k { scores[c] = parameters[width * k + c] }
                    for entry in matrix.row(row) {
                        let base = Int(matrix.columns[entry]) * k
                        let value = Double(matrix.values[entry])
                        for c in 0..<k { scores[c] += value * parameters[base + c] }
                    }
                    let top = scores.max() ?? 0
                    var total = 0.0
                    for c in 0..<k {
                        scores[c] = exp(scores[c] - top)
                        total += scores[c]
                    }
                    let logTotal = log(total)
                    let weight = weights[row]
                    for c in 0..<k {
                        let probability = scores[c] / total
                        let target = targets[row][c]
                        if target > 0 { loss -= weight * target * (log(scores[c]) - logTotal) }
                        scores[c] = weight * (probability - target)
                    }
                    for entry in matrix.row(row) {
                        let base = Int(matrix.columns[entry]) * k
                        let value = Double(matrix.values[entry])
                        for c in 0..<k { gradient[base + c] += value * scores[c] }
                    }
                    for c in 0..<k { gradient[width * k + c] += scores[c] }
                }
                return (loss, gradient)
            }
            var loss = 0.0
            var gradient = [Double](repeating: 0, count: (width + 1) * k)
            for (partLoss, partGradient) in parts {
                loss += partLoss
                for index in gradient.indices { gradient[index] += partGradient[index] }
            }
            // C · data term + ½‖W‖² (no penalty on the biases).
            var penalty = 0.0
            for index in 0..<(width * k) {
                penalty += parameters[index] * parameters[index]
                gradient[index] = c * gradient[index] + parameters[index]
            }
            for index in (width * k)..<((width + 1) * k) { gradient[index] *= c }
            return (c * loss + 0.5 * penalty, gradient)
        }
        parameters = LBFGS(maximumIterations: maximumIterations).minimize(objective, from: parameters)
    }
}

/// Limited-memory BFGS with a backtracking (Armijo) line search; deterministic.
struct LBFGS {
    var maximumIterations: Int
    var memory = 10
    /// Stop when the gradient's largest entry falls below this.
    var tolerance = 1e-5

    func minimize(_ function: ([Double]) -> (Double, [Double]), from start: [Double]) -> [Double] {
        var x = start
        var (value, gradient) = function(x)
        var steps: [[Double]] = []
        var changes: [[Double]] = []
        var curvatures: [Double] = []
        for _ in 0..<maximumIterations {
            if gradient.map(abs).max() ?? 0 < tolerance { break }
            // Two-loop recursion: direction = −H·gradient.
            var q = gradient
            var alphas = [Double](repeating: 0, count: steps.count)
            for index in steps.indices.reversed() {
                alphas[index] = curvatures[index] * Self.dot(steps[index], q)
                Self.axpy(-alphas[index], changes[index], &q)
            }
            if let lastStep = steps.last, let lastChange = changes.last {
                let scale = Self.dot(lastStep, lastChange) / max(Self.dot(lastChange, lastChange), 1e-300)
                for index in q.indices { q[index] *= scale }
            } else {
                let norm = Self.dot(gradient, gradient).squareRoot()
                for index in q.indices { q[index] /= max(norm, 1) }
            }
            for index in steps.indices {
                let beta = curvatures[index] * Self.dot(changes[index], q)
                Self.axpy(alphas[index] - beta, steps[index], &q)
            }
            let direction = q.map { -$0 }
            var slope = Self.dot(direction, gradient)
            var searchDirection = direction
            if slope >= 0 {
                // Not a descent direction: restart from the gradient.
                searchDirection = gradient.map { -$0 }
                slope = Self.dot(searchDirection, gradient)
                steps.removeAll()
                changes.removeAll()
                curvatures.removeAll()
            }
            var stepSize = 1.0
            var candidate = x
            var candidateValue = value
            var candidateGradient = gradient
            var accepted = false
            for _ in 0..<30 {
                candidate = x
                Self.axpy(stepSize, searchDirection, &candidate)
                (candidateValue, candidateGradient) = function(candidate)
                if candidateValue <= value + 1e-4 * stepSize * slope {
                    accepted = true
                    break
                }
                stepSize *= 0.5
            }
            guard accepted else { break }
            let step = zip(candidate, x).map { $0 - $1 }
            let change = zip(candidateGradient, gradient).map { $0 - $1 }
            let curvature = Self.dot(step, change)
            let improvement = value - candidateValue
            x = candidate
            value = candidateValue
            gradient = candidateGradient
            if curvature > 1e-12 {
                steps.append(step)
                changes.append(change)
                curvatures.append(1 / curvature)
                if steps.count > memory {
                    steps.removeFirst()
                    changes.removeFirst()
                    curvatures.removeFirst()
                }
            }
            if improvement < 1e-9 * max(1, abs(value)) { break }
        }
        return x
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for index in a.indices { sum += a[index] * b[index] }
        return sum
    }

    static func axpy(_ alpha: Double, _ x: [Double], _ y: inout [Double]) {
        for index in y.indices { y[index] += alpha * x[index] }
    }
}
