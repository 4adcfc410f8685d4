/// Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations.
///
/// Used on the `l × l` Gram matrices of the randomized SVD (l ≈ 110), where Jacobi is
/// accurate, simple and deterministic.
struct SymmetricEigen {
    /// Eigenvalues, largest first.
    var values: [Double]
    /// Eigenvectors as columns of a row-major `size × size` matrix, in the order of `values`.
    var vectors: [Double]
    var size: Int

    init(symmetric matrix: [Double], size: Int, maximumSweeps: Int = 60) {
        var a = matrix
        var v = [Double](repeating: 0, count: size * size)
        for i in 0..<size { v[i * size + i] = 1 }
        for _ in 0..<maximumSweeps {
            var offDiagonal = 0.0
            var diagonal = 0.0
            for i in 0..<size {
                diagonal += a[i * size + i] * a[i * size + i]
                for j in (i + 1)..<max(i + 1, size) { offDiagonal += a[i * size + j] * a[i * size + j] }
            }
            if offDiagonal <= 1e-22 * max(diagonal, 1e-300) { break }
            for p in 0..<size {
                for q in (p + 1)..<max(p + 1, size) {
                    let apq = a[p * size + q]
                    if abs(apq) < 1e-300 { continue }
                    let app = a[p * size + p], aqq = a[q * size + q]
                    let theta = (aqq - app) / (2 * apq)
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot()
                    let s = t * c
                    for k in 0..<size {
                        let akp = a[k * size + p], akq = a[k * size + q]
                        a[k * size + p] = c * akp - s * akq
                        a[k * size + q] = s * akp + c * akq
                    }
                    for k in 0..<size {
                        let apk = a[p * size + k], aqk = a[q * size + k]
                        a[p * size + k] = c * apk - s * aqk
                        a[q * size + k] = s * apk + c * aqk
                    }
                    for k in 0..<size {
                        let vkp = v[k * size + p], vkq = v[k * size + q]
                        v[k * size + p] = c * vkp - s * vkq
                        v[k * size + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        // Largest first; equal values keep their index order, so the result is stable.
        let order = (0..<size).sorted { lhs, rhs in
            let l = a[lhs * size + lhs], r = a[rhs * size + rhs]
            return l != r ? l > r : lhs < rhs
        }
        var sortedVectors = [Double](repeating: 0, count: size * size)
        for (newColumn, oldColumn) in order.enumerated() {
            for row in 0..<size { sortedVectors[row * size + newColumn] = v[row * size + oldColumn] }
        }
        self.values = order.map { a[$0 * size + $0] }
        self.vectors = sortedVectors
        self.size = size
    }
}
