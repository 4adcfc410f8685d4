import Foundation

/// Compares a clustering with reference labels, as clustering papers report it:
/// normalized mutual information, adjusted Rand index and accuracy after the best
/// one-to-one matching of clusters to labels (Hungarian algorithm).
///
/// Labels are arbitrary integers; both arrays describe the same items in the same order
/// (if one is longer, its extra items are left out).
public struct PartitionComparison: Hashable, Sendable {
    /// NMI with the arithmetic mean of the two entropies (scikit-learn's default).
    public var normalizedMutualInformation: Double
    public var adjustedRandIndex: Double
    /// The share of items whose cluster is matched to their label, under the best matching.
    public var accuracy: Double

    public init(reference: [Int], clusters: [Int]) {
        let count = min(reference.count, clusters.count)
        let table = ContingencyTable(Array(reference.prefix(count)), Array(clusters.prefix(count)))
        normalizedMutualInformation = table.normalizedMutualInformation
        adjustedRandIndex = table.adjustedRandIndex
        accuracy = table.matchedAccuracy
    }
}

/// Counts of items per (reference label, cluster) pair.
struct ContingencyTable {
    let counts: [[Int]]
    let rowSums: [Int]
    let columnSums: [Int]
    let total: Int

    init(_ reference: [Int], _ clusters: [Int]) {
        let rows = Array(Set(reference)).sorted(), columns = Array(Set(clusters)).sorted()
        let rowIndex = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1, $0) })
        let columnIndex = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
        var counts = [[Int]](repeating: [Int](repeating: 0, count: columns.count), count: rows.count)
        for (label, cluster) in zip(reference, clusters) {
            if let row = rowIndex[label], let column = columnIndex[cluster] { counts[row][column] += 1 }
        }
        self.counts = counts
        rowSums = counts.map { $0.reduce(0, +) }
        columnSums = columns.indices.map { column in counts.reduce(0) { $0 + $1[column] } }
        total = reference.count
    }

    var normalizedMutualInformation: Double {
        guard total > 0 else { return 1 }
        let n = Double(total)
        func entropy(_ sums: [Int]) -> Double {
            sums.reduce(0.0) { sum, count in count > 0 ? sum - Double(count) / n * log(Double(count) / n) : sum }
        }
        let hRows = entropy(rowSums), hColumns = entropy(columnSums)
        // One cluster and one label agree perfectly; scikit-learn returns 1 there too.
        if hRows == 0 && hColumns == 0 { return 1 }
        var mutual = 0.0
        for (row, line) in counts.enumerated() {
            for (column, count) in line.enumerated() where count > 0 {
                let joint = Double(count) / n
                mutual += joint * log(Double(count) * n / (Double(rowSums[row]) * Double(columnSums[column])))
            }
        }
        let mean = (hRows + hColumns) / 2
        return mean > 0 ? max(0, mutual) / mean : 0
    }

    var adjustedRandIndex: Double {
        func pairs(_ count: Int) -> Double { Double(count) * Double(count - 1) / 2 }
        let index = counts.joined().reduce(0.0) { $0 + pairs($1) }
        let rowPairs = rowSums.reduce(0.0) { $0 + pairs($1) }
        let columnPairs = columnSums.reduce(0.0) { $0 + pairs($1) }
        let all = pairs(total)
        guard all > 0 else { return 1 }
        let expected = rowPairs * columnPairs / all
        let maximum = (rowPairs + columnPairs) / 2
        guard maximum != expected else { return 1 }
        return (index - expected) / (maximum - expected)
    }

    var matchedAccuracy: Double {
        guard total > 0 else { return 1 }
        let size = max(counts.count, columnSums.count)
        var cost = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
        for (row, line) in counts.enumerated() {
            for (column, count) in line.enumerated() { cost[row][column] = -Double(count) }
        }
        let assignment = HungarianAlgorithm.minimumCostAssignment(cost)
        var matched = 0
        for (row, column) in assignment.enumerated() where row < counts.count && column < columnSums.count {
            matched += counts[row][column]
        }
        return Double(matched) / Double(total)
    }
}
