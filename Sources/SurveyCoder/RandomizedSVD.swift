/// A truncated SVD by random projection with power iterations (Halko, Martinsson and Tropp 2011),
/// the LSA step that maps sparse TF-IDF rows to about a hundred dense dimensions.
///
/// Orthonormalisation goes through the eigenvectors of the small Gram matrix, dropping
/// directions with no weight, so rank-deficient input (many identical answers) stays finite.
struct RandomizedSVD {
    var rank: Int
    var oversampling: Int = 10
    var powerIterations: Int = 2
    var seed: UInt64

    /// The top right singular vectors of `matrix` as the columns of a `columnCount × k` matrix,
    /// `k = min(rank, rows, columns)`.
    func components(of matrix: SparseMatrix) -> DenseMatrix {
        let size = min(rank + oversampling, matrix.rowCount, matrix.columnCount)
        guard size > 0 else { return DenseMatrix(rowCount: matrix.columnCount, columnCount: 0) }
        var random = SeededGenerator(seed: seed)
        var omega = DenseMatrix(rowCount: matrix.columnCount, columnCount: size)
        for index in omega.values.indices { omega.values[index] = Float(random.nextGaussian()) }
        let transposed = matrix.transposed()
        var q = Self.orthonormalized(matrix.multiplied(by: omega))
        for _ in 0..<powerIterations {
            let z = Self.orthonormalized(transposed.multiplied(by: q))
            q = Self.orthonormalized(matrix.multiplied(by: z))
        }
        // B = Qᵀ A, held as its transpose Aᵀ Q (columns × size); B Bᵀ = (AᵀQ)ᵀ(AᵀQ).
        let bTransposed = transposed.multiplied(by: q)
        let eigen = SymmetricEigen(symmetric: bTransposed.gram(), size: size)
        let kept = min(rank, size)
        let largest = max(eigen.values.first ?? 0, 0)
        // V = Bᵀ U Σ⁻¹: right singular vectors, one per kept eigenvalue.
        var factor = [Double](repeating: 0, count: size * kept)
        for column in 0..<kept {
            let value = eigen.values[column]
            guard value > largest * 1e-10, value > 0 else { continue }
            let inverseSigma = 1 / value.squareRoot()
            for row in 0..<size { factor[row * kept + column] = eigen.vectors[row * size + column] * inverseSigma }
        }
        return bTransposed.multiplied(bySmall: factor, width: kept)
    }

    /// An orthonormal basis of the columns of `y` (columns without weight become zero).
    static func orthonormalized(_ y: DenseMatrix) -> DenseMatrix {
        var result = y
        for _ in 0..<2 {
            let size = result.columnCount
            let eigen = SymmetricEigen(symmetric: result.gram(), size: size)
            let largest = max(eigen.values.first ?? 0, 0)
            var factor = [Double](repeating: 0, count: size * size)
            for column in 0..<size {
                let value = eigen.values[column]
                guard value > largest * 1e-12, value > 0 else { continue }
                let inverseRoot = 1 / value.squareRoot()
                for row in 0..<size { factor[row * size + column] = eigen.vectors[row * size + column] * inverseRoot }
            }
            result = result.multiplied(bySmall: factor, width: size)
        }
        return result
    }
}
