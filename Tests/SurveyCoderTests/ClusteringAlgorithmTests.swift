import Testing
@testable import SurveyCoder

/// The numeric building blocks on inputs whose answers are known.
struct ClusteringAlgorithmTests {
    @Test func averageLinkageCutsWhereTheRuleSays() {
        // Points 0,1 close; 2,3 close; 4 alone.
        let s: [[Double]] = [
            [1, 0.9, 0.1, 0.1, 0], [0.9, 1, 0.2, 0.1, 0], [0.1, 0.2, 1, 0.8, 0.1], [0.1, 0.1, 0.8, 1, 0.1], [0, 0, 0.1, 0.1, 1],
        ]
        let linkage = AverageLinkage(similarities: s.flatMap { $0 }, count: 5)
        let weights = [Double](repeating: 1, count: 5)
        #expect(linkage.labels(weights: weights) { _, _, similarity in similarity >= 0.5 } == [0, 0, 1, 1, 2])
        #expect(linkage.labels(weights: weights) { _, _, _ in true } == [0, 0, 0, 0, 0])
        #expect(linkage.labels(weights: weights) { _, _, _ in false } == [0, 1, 2, 3, 4])
        // The top node joins {0,1,2,3} (weight 4) and {4} (weight 1).
        #expect(linkage.labels(weights: weights) { left, right, _ in min(left, right) > 1 } == [0, 0, 0, 0, 1])
        // {0,1} and {2,3} join at the mean of their four cross similarities.
        let crossMean: Double = (0.1 + 0.1 + 0.2 + 0.1) / 4
        let similarities: [Double] = linkage.merges.map(\.similarity).sorted(by: >)
        #expect(similarities[2] == crossMean)
    }

    @Test func kMeansSeparatesTwoBundles() {
        var points = DenseMatrix(rowCount: 6, columnCount: 2, values: [1, 0, 0.99, 0.1, 0.98, -0.1, 0, 1, 0.1, 0.99, -0.1, 0.98])
        points.normalizeRows()
        for geometry in [KMeans.Geometry.spherical, .euclidean] {
            let result = KMeans(clusterCount: 2, restarts: 2, seed: 1, geometry: geometry).fit(points)
            #expect(Set(result.assignments[0..<3]).count == 1)
            #expect(Set(result.assignments[3..<6]).count == 1)
            #expect(result.assignments[0] != result.assignments[3])
            #expect(result.similarities.allSatisfy { $0 > 0.98 })
        }
    }

    @Test func randomizedSVDFindsTheTopDirections() {
        // Rows along (1,0,0) and (0,1,0) with different weights; the third column is empty.
        let matrix = SparseMatrix(rowCount: 4, columnCount: 3, rowStarts: [0, 1, 2, 3, 4],
                                  columns: [0, 0, 1, 1], values: [3, 3, 1, 1])
        let components = RandomizedSVD(rank: 2, seed: 5).components(of: matrix)
        #expect(components.rowCount == 3)
        #expect(components.columnCount == 2)
        // First component ±(1,0,0), second ±(0,1,0).
        #expect(abs(abs(components[0, 0]) - 1) < 1e-4)
        #expect(abs(components[1, 0]) < 1e-4)
        #expect(abs(abs(components[1, 1]) - 1) < 1e-4)
        let empty: [Float] = [components[2, 0], components[2, 1]]
        #expect(empty.allSatisfy { abs($0) < 1e-4 })
    }

    @Test func symmetricEigenOfAKnownMatrix() {
        let eigen = SymmetricEigen(symmetric: [2, 1, 1, 2], size: 2)
        #expect(abs(eigen.values[0] - 3) < 1e-12)
        #expect(abs(eigen.values[1] - 1) < 1e-12)
        #expect(abs(abs(eigen.vectors[0]) - 0.5.squareRoot()) < 1e-12)
    }

    @Test func sparseProductsAndTranspose() {
        let matrix = SparseMatrix(rowCount: 2, columnCount: 3, rowStarts: [0, 2, 3], columns: [0, 2, 1], values: [1, 2, 3])
        let transposed = matrix.transposed()
        #expect(transposed.rowStarts == [0, 1, 2, 3])
        #expect(transposed.columns == [0, 1, 0])
        #expect(transposed.values == [1, 3, 2])
        let product = matrix.multiplied(by: DenseMatrix(rowCount: 3, columnCount: 1, values: [1, 10, 100]))
        #expect(product.values == [201, 30])
        #expect(matrix.dot(row: 0, row: 0) == 5)
    }

    @Test func seededGeneratorRepeatsAndSamplesWithoutDuplicates() {
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
        var c = SeededGenerator(seed: 1)
        let sample = c.sample(10, from: 100)
        #expect(sample.count == 10)
        #expect(Set(sample).count == 10)
        #expect(sample == sample.sorted())
    }
}
