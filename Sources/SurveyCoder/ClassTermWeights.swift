import Foundation

/// Class-based TF-IDF (the c-TF-IDF of BERTopic, Grootendorst 2022) over the stem columns.
///
/// A stem weighs in a category by the share of its statements that use it, times
/// log(1 + A / f), where f is the number of all statements that use it and A the average
/// number of statements per category (Övrigt counted as one). A word every statement uses
/// weighs little anywhere; one used often in the category and seldom outside weighs most.
struct ClassTermWeights {
    let matrix: SparseMatrix
    let stemColumnCount: Int
    /// How many statements use each stem column.
    let documentFrequency: [Int]
    let averageCategorySize: Double

    init(matrix: SparseMatrix, stemColumnCount: Int, categoryCount: Int) {
        self.matrix = matrix
        self.stemColumnCount = stemColumnCount
        var frequency = [Int](repeating: 0, count: stemColumnCount)
        for row in 0..<matrix.rowCount {
            for entry in matrix.row(row) where Int(matrix.columns[entry]) < stemColumnCount {
                frequency[Int(matrix.columns[entry])] += 1
            }
        }
        documentFrequency = frequency
        averageCategorySize = Double(matrix.rowCount) / Double(categoryCount + 1)
    }

    /// A key term is used at least this many times as often in its category as elsewhere.
    static let minimumLift = 2.0

    /// The stem columns two or more members use, at least `minimumLift` times as often as the
    /// statements outside the category do, by weight in the category, best first. ("Glädjande är
    /// att …" opens one answer in ten: a category where two in eleven do is not about it.)
    func ranked(_ members: [Int]) -> [(column: Int, weight: Float)] {
        guard !members.isEmpty else { return [] }
        var counts: [Int: Int] = [:]
        for row in members {
            for entry in matrix.row(row) where Int(matrix.columns[entry]) < stemColumnCount {
                counts[Int(matrix.columns[entry]), default: 0] += 1
            }
        }
        let size = Double(members.count)
        let outside = Double(matrix.rowCount) - size
        return counts
            .filter { column, count in
                let elsewhere = Double(documentFrequency[column] - count)
                return count >= 2 && (elsewhere <= 0 || Double(count) / size >= Self.minimumLift * elsewhere / max(outside, 1))
            }
            .map { column, count in
                (column, Float(Double(count) / size * log(1 + averageCategorySize / Double(max(1, documentFrequency[column])))))
            }
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.column < $1.column }
    }
}
