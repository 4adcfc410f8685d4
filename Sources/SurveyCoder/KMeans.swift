/// k-means on unit vectors with cosine similarity (spherical k-means), seeded by k-means++.
///
/// Points are the rows of a dense matrix, already unit length. Each restart draws its own
/// seeding from the seeded generator; the restart with the highest total similarity wins,
/// the earliest on ties. Work is split in fixed chunks, so results do not depend on threads.
struct SphericalKMeans {
    struct Result {
        /// The cluster of every point.
        var assignments: [Int32]
        /// Every point's cosine similarity to its cluster's centroid.
        var similarities: [Float]
        /// Unit-length centroids, one row per cluster.
        var centroids: DenseMatrix
        /// The sum of `similarities`.
        var objective: Double
    }

    var clusterCount: Int
    var restarts: Int = 3
    var maximumIterations: Int = 40
    var seed: UInt64

    func fit(_ points: DenseMatrix) -> Result {
        var best: Result?
        var random = SeededGenerator(seed: seed)
        for _ in 0..<max(1, restarts) {
            let centroids = Self.seedCentroids(points, count: clusterCount, random: &random)
            let result = Self.refine(points, from: centroids, maximumIterations: maximumIterations)
            if best == nil || result.objective > (best?.objective ?? 0) { best = result }
        }
        return best ?? Self.refine(points, from: DenseMatrix(rowCount: 0, columnCount: points.columnCount), maximumIterations: 0)
    }

    /// k-means++: the first centroid a random point, each next one a point drawn with
    /// probability proportional to its distance (1 − cosine) to the nearest centroid so far.
    static func seedCentroids(_ points: DenseMatrix, count: Int, random: inout SeededGenerator) -> DenseMatrix {
        let n = points.rowCount, width = points.columnCount
        let k = min(count, n)
        var centroids = DenseMatrix(rowCount: k, columnCount: width)
        guard k > 0 else { return centroids }
        var distance = [Float](repeating: .greatestFiniteMagnitude, count: n)
        var chosen = Int(random.next() % UInt64(n))
        for centroid in 0..<k {
            centroids.values.replaceSubrange(centroid * width..<(centroid + 1) * width,
                                             with: points.values[chosen * width..<(chosen + 1) * width])
            if centroid == k - 1 { break }
            points.values.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                let center = base + chosen * width
                for index in 0..<n {
                    let d = max(0, 1 - VectorMath.dot(base + index * width, center, count: width))
                    if d < distance[index] { distance[index] = d }
                }
            }
            let total = distance.reduce(0.0) { $0 + Double($1) }
            if total <= 0 {
                chosen = Int(random.next() % UInt64(n))
                continue
            }
            var target = random.nextUnit() * total
            chosen = n - 1
            for index in 0..<n {
                target -= Double(distance[index])
                if target < 0 {
                    chosen = index
                    break
                }
            }
        }
        return centroids
    }

    /// Lloyd iterations from the given centroids until no point changes cluster.
    static func refine(_ points: DenseMatrix, from start: DenseMatrix, maximumIterations: Int) -> Result {
        let n = points.rowCount, width = points.columnCount, k = start.rowCount
        var centroids = start
        var assignments = [Int32](repeating: -1, count: n)
        var similarities = [Float](repeating: 0, count: n)
        guard k > 0 else {
            return Result(assignments: [Int32](repeating: 0, count: n), similarities: similarities, centroids: centroids, objective: 0)
        }
        var iteration = 0
        while true {
            let changed = assign(points, to: centroids, assignments: &assignments, similarities: &similarities)
            iteration += 1
            if changed == 0 || iteration > maximumIterations { break }
            centroids = updatedCentroids(points, assignments: assignments, similarities: similarities, count: k, width: width)
        }
        let objective = similarities.reduce(0.0) { $0 + Double($1) }
        return Result(assignments: assignments, similarities: similarities, centroids: centroids, objective: objective)
    }

    /// Puts each point in its most similar centroid's cluster (lowest index on ties);
    /// returns how many points changed cluster.
    @discardableResult
    static func assign(_ points: DenseMatrix, to centroids: DenseMatrix, assignments: inout [Int32], similarities: inout [Float]) -> Int {
        let width = points.columnCount, k = centroids.rowCount
        let changes: [Int] = points.values.withUnsafeBufferPointer { pointBuffer in
            centroids.values.withUnsafeBufferPointer { centroidBuffer in
                assignments.withUnsafeMutableBufferPointer { assignmentBuffer in
                    similarities.withUnsafeMutableBufferPointer { similarityBuffer in
                        let shared = UncheckedSendable((pointBuffer, centroidBuffer, assignmentBuffer, similarityBuffer))
                        return Parallel.mapChunks(of: points.rowCount, size: 2048) { range in
                            let (pointBuffer, centroidBuffer, assignmentBuffer, similarityBuffer) = shared.value
                            guard let pointBase = pointBuffer.baseAddress, let centroidBase = centroidBuffer.baseAddress else { return 0 }
                            var changed = 0
                            for index in range {
                                let point = pointBase + index * width
                                var bestCluster: Int32 = 0
                                var bestSimilarity = -Float.greatestFiniteMagnitude
                                for cluster in 0..<k {
                                    let similarity = VectorMath.dot(point, centroidBase + cluster * width, count: width)
                                    if similarity > bestSimilarity {
                                        bestSimilarity = similarity
                                        bestCluster = Int32(cluster)
                                    }
                                }
                                if assignmentBuffer[index] != bestCluster { changed += 1 }
                                assignmentBuffer[index] = bestCluster
                                similarityBuffer[index] = bestSimilarity
                            }
                            return changed
                        }
                    }
                }
            }
        }
        return changes.reduce(0, +)
    }

    /// Each cluster's normalised mean; an empty cluster takes the worst-fitting point not yet used.
    static func updatedCentroids(_ points: DenseMatrix, assignments: [Int32], similarities: [Float], count k: Int, width: Int) -> DenseMatrix {
        let partials: [[Float]] = points.values.withUnsafeBufferPointer { pointBuffer in
            let shared = UncheckedSendable(pointBuffer)
            return Parallel.mapChunks(of: points.rowCount, size: 8192) { range in
                var sums = [Float](repeating: 0, count: k * width)
                sums.withUnsafeMutableBufferPointer { sumBuffer in
                    guard let sumBase = sumBuffer.baseAddress, let pointBase = shared.value.baseAddress else { return }
                    for index in range {
                        VectorMath.axpy(1, pointBase + index * width, sumBase + Int(assignments[index]) * width, count: width)
                    }
                }
                return sums
            }
        }
        var centroids = DenseMatrix(rowCount: k, columnCount: width)
        for partial in partials {
            for index in 0..<centroids.values.count { centroids.values[index] += partial[index] }
        }
        var sizes = [Int](repeating: 0, count: k)
        for cluster in assignments { sizes[Int(cluster)] += 1 }
        var used = Set<Int>()
        let worstFirst = similarities.indices.sorted { similarities[$0] != similarities[$1] ? similarities[$0] < similarities[$1] : $0 < $1 }
        var nextWorst = 0
        for cluster in 0..<k where sizes[cluster] == 0 {
            while nextWorst < worstFirst.count, used.contains(worstFirst[nextWorst]) { nextWorst += 1 }
            guard nextWorst < worstFirst.count else { break }
            let point = worstFirst[nextWorst]
            used.insert(point)
            centroids.values.replaceSubrange(cluster * width..<(cluster + 1) * width,
                                             with: points.values[point * width..<(point + 1) * width])
        }
        centroids.normalizeRows()
        return centroids
    }
}
