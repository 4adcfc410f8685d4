/// k-means on unit vectors, seeded by k-means++.
///
/// Points are the rows of a dense matrix, already unit length. Two geometries:
/// spherical (centres scaled to unit length, points join the centre of highest cosine) and
/// Euclidean (centres are plain means, points join the nearest mean). On short texts the
/// Euclidean form lets a diffuse cluster gather the points that fit no topic, which keeps
/// the other clusters purer. Each restart draws its own
/// seeding from the seeded generator; the restart with the highest total similarity wins,
/// the earliest on ties. Work is split in fixed chunks, so results do not depend on threads.
struct KMeans {
    enum Geometry {
        case spherical
        case euclidean
    }

    struct Result {
        /// The cluster of every point.
        var assignments: [Int32]
        /// Every point's cosine similarity to its cluster's centroid (scaled to unit length).
        var similarities: [Float]
        /// Centroids, one row per cluster (unit length when spherical).
        var centroids: DenseMatrix
        /// What the geometry maximises: the sum of cosines (spherical) or of −½ squared distances less ½ (Euclidean).
        var objective: Double
    }

    var clusterCount: Int
    var restarts: Int = 3
    var maximumIterations: Int = 40
    var seed: UInt64
    var geometry: Geometry = .spherical

    func fit(_ points: DenseMatrix) -> Result {
        var best: Result?
        var random = SeededGenerator(seed: seed)
        for _ in 0..<max(1, restarts) {
            let centroids = Self.seedCentroids(points, count: clusterCount, random: &random)
            let result = Self.refine(points, from: centroids, maximumIterations: maximumIterations, geometry: geometry)
            if best == nil || result.objective > (best?.objective ?? 0) { best = result }
        }
        return best ?? Self.refine(points, from: DenseMatrix(rowCount: 0, columnCount: points.columnCount), maximumIterations: 0, geometry: geometry)
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
    static func refine(_ points: DenseMatrix, from start: DenseMatrix, maximumIterations: Int, geometry: Geometry) -> Result {
        let n = points.rowCount, width = points.columnCount, k = start.rowCount
        var centroids = start
        var assignments = [Int32](repeating: -1, count: n)
        var similarities = [Float](repeating: 0, count: n)
        guard k > 0 else {
            return Result(assignments: [Int32](repeating: 0, count: n), similarities: similarities, centroids: centroids, objective: 0)
        }
        var iteration = 0
        var objective = 0.0
        while true {
            let changed: Int
            (changed, objective) = assign(points, to: centroids, assignments: &assignments, similarities: &similarities)
            iteration += 1
            if changed == 0 || iteration > maximumIterations { break }
            centroids = updatedCentroids(points, assignments: assignments, similarities: similarities, count: k, width: width,
                                         normalized: geometry == .spherical)
        }
        return Result(assignments: assignments, similarities: similarities, centroids: centroids, objective: objective)
    }

    /// Puts each point in its best centroid's cluster (lowest index on ties): highest
    /// `x·m − ½|m|²`, which is the nearest mean, and for unit centres the highest cosine.
    /// Returns how many points changed cluster and the summed score.
    @discardableResult
    static func assign(_ points: DenseMatrix, to centroids: DenseMatrix, assignments: inout [Int32], similarities: inout [Float]) -> (changed: Int, objective: Double) {
        let width = points.columnCount, k = centroids.rowCount
        var halfSquaredNorms = [Float](repeating: 0, count: k)
        var inverseNorms = [Float](repeating: 0, count: k)
        centroids.values.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for cluster in 0..<k {
                let squared = VectorMath.dot(base + cluster * width, base + cluster * width, count: width)
                halfSquaredNorms[cluster] = squared / 2
                inverseNorms[cluster] = squared > 0 ? 1 / squared.squareRoot() : 0
            }
        }
        let changes: [(Int, Double)] = points.values.withUnsafeBufferPointer { pointBuffer in
            centroids.values.withUnsafeBufferPointer { centroidBuffer in
                assignments.withUnsafeMutableBufferPointer { assignmentBuffer in
                    similarities.withUnsafeMutableBufferPointer { similarityBuffer in
                        let shared = UncheckedSendable((pointBuffer, centroidBuffer, assignmentBuffer, similarityBuffer))
                        return Parallel.mapChunks(of: points.rowCount, size: 2048) { range -> (Int, Double) in
                            let (pointBuffer, centroidBuffer, assignmentBuffer, similarityBuffer) = shared.value
                            guard let pointBase = pointBuffer.baseAddress, let centroidBase = centroidBuffer.baseAddress else { return (0, 0) }
                            var changed = 0
                            var objective = 0.0
                            for index in range {
                                let point = pointBase + index * width
                                var bestCluster = 0
                                var bestScore = -Float.greatestFiniteMagnitude
                                var bestDot: Float = 0
                                for cluster in 0..<k {
                                    let dot = VectorMath.dot(point, centroidBase + cluster * width, count: width)
                                    let score = dot - halfSquaredNorms[cluster]
                                    if score > bestScore {
                                        bestScore = score
                                        bestCluster = cluster
                                        bestDot = dot
                                    }
                                }
                                if assignmentBuffer[index] != Int32(bestCluster) { changed += 1 }
                                assignmentBuffer[index] = Int32(bestCluster)
                                similarityBuffer[index] = bestDot * inverseNorms[bestCluster]
                                objective += Double(bestScore)
                            }
                            return (changed, objective)
                        }
                    }
                }
            }
        }
        return changes.reduce((0, 0.0)) { ($0.0 + $1.0, $0.1 + $1.1) }
    }

    /// Each cluster's mean (scaled to unit length when `normalized`); an empty cluster takes
    /// the worst-fitting point not yet used.
    static func updatedCentroids(_ points: DenseMatrix, assignments: [Int32], similarities: [Float], count k: Int, width: Int,
                                 normalized: Bool) -> DenseMatrix {
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
        if normalized {
            centroids.normalizeRows()
        } else {
            for cluster in 0..<k where sizes[cluster] > 0 {
                let scale = 1 / Float(sizes[cluster])
                for index in cluster * width..<(cluster + 1) * width { centroids.values[index] *= scale }
            }
        }
        return centroids
    }
}
