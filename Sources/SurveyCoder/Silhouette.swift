/// The silhouette of a clustering under cosine distance (1 − cosine similarity).
///
/// Computed from a precomputed similarity matrix of a sample, so trying many cluster
/// counts costs one pass over the matrix each. Points alone in their cluster score 0,
/// as in Rousseeuw's definition.
struct Silhouette {
    /// Row-major `count × count` cosine similarities.
    let similarities: [Float]
    let count: Int

    init(points: DenseMatrix) {
        count = points.rowCount
        let width = points.columnCount
        let n = count
        var matrix = [Float](repeating: 0, count: n * n)
        matrix.withUnsafeMutableBufferPointer { output in
            points.values.withUnsafeBufferPointer { input in
                let shared = UncheckedSendable((output, input))
                Parallel.forEachChunk(of: n, size: 256) { _, range in
                    let (output, input) = shared.value
                    guard let out = output.baseAddress, let base = input.baseAddress else { return }
                    for i in range {
                        for j in 0..<n { out[i * n + j] = VectorMath.dot(base + i * width, base + j * width, count: width) }
                    }
                }
            }
        }
        similarities = matrix
    }

    /// The mean silhouette of the labelling (labels in `0..<clusterCount`).
    func score(_ labels: [Int32], clusterCount: Int) -> Double {
        var sizes = [Int](repeating: 0, count: clusterCount)
        for label in labels { sizes[Int(label)] += 1 }
        let n = count
        let perPoint: [Double] = similarities.withUnsafeBufferPointer { buffer in
            let shared = UncheckedSendable(buffer)
            return Parallel.mapChunks(of: n, size: 256) { range in
                var total = 0.0
                var sums = [Double](repeating: 0, count: clusterCount)
                for i in range {
                    for cluster in 0..<clusterCount { sums[cluster] = 0 }
                    for j in 0..<n where j != i {
                        sums[Int(labels[j])] += Double(1 - shared.value[i * n + j])
                    }
                    let own = Int(labels[i])
                    guard sizes[own] > 1 else { continue }
                    let a = sums[own] / Double(sizes[own] - 1)
                    var b = Double.greatestFiniteMagnitude
                    for cluster in 0..<clusterCount where cluster != own && sizes[cluster] > 0 {
                        b = min(b, sums[cluster] / Double(sizes[cluster]))
                    }
                    guard b < .greatestFiniteMagnitude else { continue }
                    let larger = max(a, b)
                    if larger > 0 { total += (b - a) / larger }
                }
                return total
            }
        }
        return n > 0 ? perPoint.reduce(0, +) / Double(n) : 0
    }
}
