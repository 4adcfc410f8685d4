/// Groups statement vectors into categories; the clustering half of the coder.
///
/// With the number of categories chosen automatically, see `ModularityClustering`. With a
/// fixed number, the statements are clustered by spherical k-means in the LSA space, refined
/// in the full space, at every size; every statement is placed. (A cut of the average-linkage
/// tree at that number puts the remarks that fit nothing, which join last, as categories of
/// their own beside one of nearly everything.)
struct StatementClusterer {
    var options: CoderOptions

    /// The groups found: row indices, largest group (by respondents) first.
    struct Outcome {
        var groups: [[Int]]
    }

    /// Clusters the rows of `matrix`.
    ///
    /// - Parameters:
    ///   - stemColumnCount: how many of the columns are whole stems (they come first).
    ///   - respondents: each row's respondent, numbered.
    ///   - sameText: each row's text, numbered so equal normalised texts share a number.
    ///   - fixedCount: the number of groups to make, or nil to choose.
    ///   - population: the question's respondents when the rows are only some of its statements.
    func cluster(_ matrix: SparseMatrix, stemColumnCount: Int, respondents: [Int32], sameText: [Int32], fixedCount: Int?,
                 population: Int? = nil, progress: (CoderProgress) -> Void) -> Outcome {
        let n = matrix.rowCount
        guard n > 0 else { return Outcome(groups: []) }
        if let fixedCount, fixedCount <= 1 { return Outcome(groups: [Array(0..<n)]) }
        var kept: [[Int]]
        if let fixedCount {
            kept = Self.groups(kMeansLabels(matrix, count: min(fixedCount, n), progress: progress))
        } else {
            kept = ModularityClustering(options: options)
                .groups(matrix, stemColumnCount: stemColumnCount, respondents: respondents, sameText: sameText, population: population,
                        progress: progress)
        }
        kept.sort { lhs, rhs in
            let left = Set(lhs.map { respondents[$0] }).count, right = Set(rhs.map { respondents[$0] }).count
            if left != right { return left > right }
            if lhs.count != rhs.count { return lhs.count > rhs.count }
            return lhs[0] < rhs[0]
        }
        return Outcome(groups: kept)
    }

    /// Rows grouped by label (-1 in no group), each group in row order.
    static func groups(_ labels: [Int]) -> [[Int]] {
        var groups: [Int: [Int]] = [:]
        for (row, label) in labels.enumerated() where label >= 0 { groups[label, default: []].append(row) }
        return groups.values.sorted { $0[0] < $1[0] }
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

    /// LSA and k-means on a sample (all rows when there are few), settled in the full TF-IDF
    /// space, then every statement placed by the sample's centres.
    ///
    /// Each restart runs k-means in the reduced space and then refines in the full space;
    /// the restart whose clusters fit best there (highest summed cosine) wins.
    func kMeansLabels(_ matrix: SparseMatrix, count: Int, progress: (CoderProgress) -> Void) -> [Int] {
        let n = matrix.rowCount
        var random = SeededGenerator(seed: options.seed)
        progress(CoderProgress(stage: .reducing, completed: 0, total: n))
        let sampleRows = random.sample(min(n, options.clusteringSampleSize), from: n)
        let sampleMatrix = matrix.rows(sampleRows)
        let components = RandomizedSVD(rank: options.dimensions, seed: options.seed &+ 1).components(of: sampleMatrix)
        var reduced = sampleMatrix.multiplied(by: components)
        reduced.normalizeRows()

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
        if sampleRows.count < n {
            var start = [Int32](repeating: -1, count: n)
            for (position, row) in sampleRows.enumerated() { start[row] = assignments[position] }
            assignments = Self.refineInFullSpace(matrix, assignments: start, clusterCount: count,
                                                 iterations: options.finalRefinementIterations).assignments
        }
        return assignments.map { max(0, Int($0)) }
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
}
