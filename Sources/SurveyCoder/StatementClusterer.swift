/// Groups statement vectors into categories; the clustering half of the coder.
///
/// Small inputs (up to `smallInputLimit` statements) are clustered by average linkage on
/// their full TF-IDF vectors: groups form where statements are similar enough, and what
/// stays alone is uncategorized. Large inputs are projected by LSA (randomized SVD) and
/// clustered by spherical k-means; the automatic count is the smallest whose silhouette on
/// a sample is within 3 % of the best, and statements far from every centre stay uncategorized.
struct StatementClusterer {
    var options: CoderOptions

    /// The groups found: row indices, largest group (by respondents) first.
    struct Outcome {
        var groups: [[Int]]
        /// The cluster count k-means used, when it ran.
        var clusterCount: Int?
    }

    /// Clusters the rows of `matrix`.
    ///
    /// - Parameters:
    ///   - respondents: each row's respondent, numbered.
    ///   - sameText: each row's text, numbered so equal normalised texts share a number.
    ///   - fixedCount: the number of groups to make, or nil to choose.
    func cluster(_ matrix: SparseMatrix, respondents: [Int32], sameText: [Int32], fixedCount: Int?,
                 progress: (CoderProgress) -> Void) -> Outcome {
        let n = matrix.rowCount
        guard n > 0 else { return Outcome(groups: []) }
        if let fixedCount, fixedCount <= 1 { return Outcome(groups: [Array(0..<n)]) }
        let labels: [Int]
        var clusterCount: Int?
        if n <= options.smallInputLimit {
            progress(CoderProgress(stage: .clustering, completed: 0, total: n))
            let linkage = AverageLinkage(similarities: Self.similarities(matrix, sameText: sameText), count: n)
            if let fixedCount {
                labels = linkage.labels(clusterCount: fixedCount)
            } else {
                labels = linkage.labels(threshold: options.mergeThreshold)
            }
        } else {
            (labels, clusterCount) = largeInputLabels(matrix, fixedCount: fixedCount, progress: progress)
        }
        var kept = Self.groups(labels)
        if fixedCount == nil {
            kept = kept.filter(isLargeEnough(respondents))
            if n <= options.smallInputLimit {
                kept = settle(kept, matrix, respondents: respondents)
            }
        }
        kept.sort { lhs, rhs in
            let left = Set(lhs.map { respondents[$0] }).count, right = Set(rhs.map { respondents[$0] }).count
            if left != right { return left > right }
            if lhs.count != rhs.count { return lhs.count > rhs.count }
            return lhs[0] < rhs[0]
        }
        return Outcome(groups: kept, clusterCount: clusterCount)
    }

    /// Rows grouped by label (-1 in no group), each group in row order.
    static func groups(_ labels: [Int]) -> [[Int]] {
        var groups: [Int: [Int]] = [:]
        for (row, label) in labels.enumerated() where label >= 0 { groups[label, default: []].append(row) }
        return groups.values.sorted { $0[0] < $1[0] }
    }

    /// True for a group with two statements or more, from at least `minimumRespondents`.
    func isLargeEnough(_ respondents: [Int32]) -> ([Int]) -> Bool {
        { members in members.count >= 2 && Set(members.map { respondents[$0] }).count >= options.minimumRespondents }
    }

    /// Lets every statement join the group whose centre it is most similar to (or none, below
    /// `mergeThreshold`), a few rounds, k-means style: average linkage decides merges pair by
    /// pair, so a statement sharing a rare word with one neighbour can end up beside it
    /// rather than with the topic it shares its main word with.
    func settle(_ start: [[Int]], _ matrix: SparseMatrix, respondents: [Int32]) -> [[Int]] {
        var groups = start
        for _ in 0..<5 where !groups.isEmpty {
            let centres = groups.map { Self.unitCentre(of: $0, in: matrix) }
            var labels = [Int](repeating: -1, count: matrix.rowCount)
            for row in 0..<matrix.rowCount {
                var best = -1
                var bestSimilarity = Float(options.mergeThreshold)
                for (group, centre) in centres.enumerated() {
                    let similarity = centre.withUnsafeBufferPointer { buffer in
                        buffer.baseAddress.map { matrix.dot(row: row, $0) } ?? 0
                    }
                    if similarity >= bestSimilarity && (best < 0 || similarity > bestSimilarity) {
                        best = group
                        bestSimilarity = similarity
                    }
                }
                labels[row] = best
            }
            let settled = Self.groups(labels).filter(isLargeEnough(respondents))
            if settled == groups { break }
            groups = settled
        }
        return groups
    }

    /// The unit-length mean of some rows, as a dense vector.
    static func unitCentre(of rows: [Int], in matrix: SparseMatrix) -> [Float] {
        var centre = [Float](repeating: 0, count: matrix.columnCount)
        for row in rows {
            for entry in matrix.row(row) { centre[Int(matrix.columns[entry])] += matrix.values[entry] }
        }
        let length = centre.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
        return length > 0 ? centre.map { $0 / length } : centre
    }

    /// Cosine similarities of all row pairs (rows are unit length); equal texts count as 1.
    static func similarities(_ matrix: SparseMatrix, sameText: [Int32]) -> [Double] {
        let n = matrix.rowCount
        let transposed = matrix.transposed()
        var result = [Double](repeating: 0, count: n * n)
        result.withUnsafeMutableBufferPointer { buffer in
            let shared = UncheckedSendable(buffer)
            Parallel.forEachChunk(of: n, size: 64) { _, range in
                var accumulator = [Float](repeating: 0, count: n)
                for i in range {
                    for index in 0..<n { accumulator[index] = 0 }
                    for entry in matrix.row(i) {
                        let value = matrix.values[entry]
                        for other in transposed.row(Int(matrix.columns[entry])) {
                            accumulator[Int(transposed.columns[other])] += value * transposed.values[other]
                        }
                    }
                    for j in 0..<n {
                        shared.value[i * n + j] = sameText[i] == sameText[j] ? 1 : Double(accumulator[j])
                    }
                }
            }
        }
        return result
    }

    /// LSA and k-means on a sample, settled in the full TF-IDF space, then every statement
    /// placed by the sample's centres; -1 marks statements left uncategorized.
    ///
    /// Each restart runs k-means in the reduced space and then refines in the full space;
    /// the restart whose clusters fit best there (highest summed cosine) wins.
    func largeInputLabels(_ matrix: SparseMatrix, fixedCount: Int?, progress: (CoderProgress) -> Void) -> ([Int], Int) {
        let n = matrix.rowCount
        var random = SeededGenerator(seed: options.seed)
        progress(CoderProgress(stage: .reducing, completed: 0, total: n))
        let sampleRows = random.sample(min(n, options.clusteringSampleSize), from: n)
        let sampleMatrix = matrix.rows(sampleRows)
        let components = RandomizedSVD(rank: options.dimensions, seed: options.seed &+ 1).components(of: sampleMatrix)
        var reduced = sampleMatrix.multiplied(by: components)
        reduced.normalizeRows()

        let count: Int
        if let fixedCount {
            count = min(fixedCount, n)
        } else {
            progress(CoderProgress(stage: .choosingCount, completed: 0, total: n))
            count = chooseCount(reduced, random: &random)
        }
        var best: (assignments: [Int32], objective: Double)?
        for restart in 0..<max(1, options.kMeansRestarts) {
            progress(CoderProgress(stage: .clustering, completed: restart, total: options.kMeansRestarts))
            let start = KMeans(clusterCount: count, restarts: 1, seed: options.seed &+ 2 &+ UInt64(restart),
                               geometry: options.kMeansGeometry).fit(reduced)
            let refined = Self.refineInFullSpace(sampleMatrix, assignments: start.assignments, clusterCount: count,
                                                 iterations: options.refinementIterations)
            let objective = refined.similarities.reduce(0.0) { $0 + Double($1) }
            if best == nil || objective > (best?.objective ?? 0) { best = (refined.assignments, objective) }
        }
        var assignments = best?.assignments ?? [Int32](repeating: 0, count: sampleRows.count)
        if options.repairRounds > 0 {
            assignments = ClusterRepair(clusterCount: count, maximumRounds: options.repairRounds,
                                        settlingIterations: options.refinementIterations, seed: options.seed &+ 3)
                .repair(sampleMatrix, assignments: assignments)
        }
        var similarities: [Float]
        if sampleRows.count < n {
            var start = [Int32](repeating: -1, count: n)
            for (position, row) in sampleRows.enumerated() { start[row] = assignments[position] }
            (assignments, similarities) = Self.refineInFullSpace(matrix, assignments: start, clusterCount: count,
                                                                 iterations: options.finalRefinementIterations)
        } else {
            (assignments, similarities) = Self.refineInFullSpace(matrix, assignments: assignments, clusterCount: count, iterations: 0)
        }
        let threshold = Float(options.fitThreshold)
        let labels = (0..<n).map { row -> Int in
            if fixedCount == nil && similarities[row] < threshold { return -1 }
            return max(0, Int(assignments[row]))
        }
        return (labels, count)
    }

    /// Spherical k-means on the full TF-IDF rows, started from the clusters found in the
    /// reduced space: LSA finds the topics, the full vocabulary then settles the borders
    /// (on short texts a distinctive word the projection blurred decides). Returns the
    /// clusters and each row's cosine to its cluster's centre.
    ///
    /// Rows starting at -1 only join: the first centres come from the others.
    static func refineInFullSpace(_ matrix: SparseMatrix, assignments start: [Int32], clusterCount k: Int,
                                  iterations: Int) -> (assignments: [Int32], similarities: [Float]) {
        let n = matrix.rowCount, width = matrix.columnCount
        var assignments = start
        var similarities = [Float](repeating: 0, count: n)
        guard k > 0, width > 0 else { return (assignments, similarities) }
        for iteration in 0...iterations {
            // Centres, stored column-major (one run of k values per column) for the scoring loop.
            var centres = [Float](repeating: 0, count: width * k)
            for row in 0..<n where assignments[row] >= 0 {
                let cluster = Int(assignments[row])
                for entry in matrix.row(row) { centres[Int(matrix.columns[entry]) * k + cluster] += matrix.values[entry] }
            }
            var norms = [Float](repeating: 0, count: k)
            for column in 0..<width {
                for cluster in 0..<k { norms[cluster] += centres[column * k + cluster] * centres[column * k + cluster] }
            }
            let inverse = norms.map { $0 > 0 ? 1 / $0.squareRoot() : 0 }
            let keepAssignments = iteration == iterations
            let changes: [Int] = centres.withUnsafeBufferPointer { centreBuffer in
                assignments.withUnsafeMutableBufferPointer { assignmentBuffer in
                    similarities.withUnsafeMutableBufferPointer { similarityBuffer in
                        let shared = UncheckedSendable((centreBuffer, assignmentBuffer, similarityBuffer))
                        return Parallel.mapChunks(of: n, size: 4096) { range -> Int in
                            let (centreBuffer, assignmentBuffer, similarityBuffer) = shared.value
                            guard let centreBase = centreBuffer.baseAddress else { return 0 }
                            var scores = [Float](repeating: 0, count: k)
                            var changed = 0
                            for row in range {
                                for cluster in 0..<k { scores[cluster] = 0 }
                                scores.withUnsafeMutableBufferPointer { scoreBuffer in
                                    guard let scoreBase = scoreBuffer.baseAddress else { return }
                                    for entry in matrix.row(row) {
                                        VectorMath.axpy(matrix.values[entry], centreBase + Int(matrix.columns[entry]) * k, scoreBase, count: k)
                                    }
                                }
                                let current = Int(assignmentBuffer[row])
                                var best = max(current, 0)
                                var bestScore = scores[best] * inverse[best]
                                for cluster in 0..<k {
                                    let score = scores[cluster] * inverse[cluster]
                                    if score > bestScore || (score == bestScore && cluster < best) {
                                        best = cluster
                                        bestScore = score
                                    }
                                }
                                // A row with no terms stays where k-means put it (or in the first cluster).
                                if (keepAssignments && current >= 0) || scores.allSatisfy({ $0 == 0 }) {
                                    assignmentBuffer[row] = Int32(max(current, 0))
                                    similarityBuffer[row] = scores[max(current, 0)] * inverse[max(current, 0)]
                                    continue
                                }
                                if best != current { changed += 1 }
                                assignmentBuffer[row] = Int32(best)
                                similarityBuffer[row] = bestScore
                            }
                            return changed
                        }
                    }
                }
            }
            if changes.reduce(0, +) == 0 { break }
        }
        return (assignments, similarities)
    }

    /// Candidate counts for the automatic choice, up to `maximum`.
    static func candidateCounts(maximum: Int) -> [Int] {
        let grid = [2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 18, 20, 22, 25, 28, 30, 35, 40, 45, 50, 60, 70, 80, 100]
        return grid.filter { $0 <= maximum }
    }

    /// The smallest count whose silhouette on a sample is within 3 % of the best count's:
    /// fewer categories when more buy almost nothing.
    func chooseCount(_ reduced: DenseMatrix, random: inout SeededGenerator) -> Int {
        let sampleRows = random.sample(min(reduced.rowCount, 3000), from: reduced.rowCount)
        let sample = reduced.rows(sampleRows)
        let silhouette = Silhouette(points: sample)
        let candidates = Self.candidateCounts(maximum: min(options.maximumCategories, max(2, sample.rowCount / 10)))
        guard !candidates.isEmpty else { return min(2, reduced.rowCount) }
        let scores: [Double] = candidates.map { count in
            let fit = KMeans(clusterCount: count, restarts: 2, seed: options.seed &+ UInt64(count) &* 7919, geometry: options.kMeansGeometry).fit(sample)
            return silhouette.score(fit.assignments, clusterCount: count)
        }
        let best = scores.max() ?? 0
        let index = scores.firstIndex { $0 >= best - abs(best) * 0.03 } ?? 0
        return candidates[index]
    }
}
