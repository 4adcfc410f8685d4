/// Repairs k-means' usual local optimum on short texts: two topics sharing one cluster
/// while another cluster holds leftovers.
///
/// Works in the full TF-IDF space, where the fit of a clustering is Σ‖S_c‖ (S_c the sum of a
/// cluster's unit rows, since Σ cos(x, S_c/‖S_c‖) = ‖S_c‖). Each round splits the cluster
/// whose split gains most (2-means on its rows) and dissolves the cluster whose rows lose
/// least by moving to their next-best cluster, keeping the count; the change stays only if
/// the fit, after settling, is higher. Stops when no such swap helps.
struct ClusterRepair {
    var clusterCount: Int
    var maximumRounds: Int
    var settlingIterations: Int
    var seed: UInt64

    func repair(_ matrix: SparseMatrix, assignments start: [Int32]) -> [Int32] {
        let k = clusterCount
        guard k >= 2, matrix.rowCount > k else { return start }
        var assignments = start
        var fit = Self.fit(matrix, assignments: assignments, clusterCount: k)
        var random = SeededGenerator(seed: seed)
        for _ in 0..<maximumRounds {
            let centres = Self.unitCentres(matrix, assignments: assignments, clusterCount: k)
            let margins = Self.removalLosses(matrix, assignments: assignments, centres: centres, clusterCount: k)
            var bestGain = 0.0
            var bestSplit: (cluster: Int, sides: [Bool])?
            let members = Self.members(assignments, clusterCount: k)
            for cluster in 0..<k where members[cluster].count >= 4 {
                let (gain, sides) = split(matrix, rows: members[cluster], random: &random)
                if gain > bestGain {
                    bestGain = gain
                    bestSplit = (cluster, sides)
                }
            }
            guard let split = bestSplit else { break }
            let dissolved = (0..<k).filter { $0 != split.cluster }
                .min { margins.loss[$0] != margins.loss[$1] ? margins.loss[$0] < margins.loss[$1] : $0 < $1 }
            guard let dissolved, bestGain > margins.loss[dissolved] else { break }
            var candidate = assignments
            for row in members[dissolved] { candidate[row] = margins.nextBest[row] }
            for (position, row) in members[split.cluster].enumerated() where split.sides[position] {
                candidate[row] = Int32(dissolved)
            }
            candidate = StatementClusterer.refineInFullSpace(matrix, assignments: candidate, clusterCount: k,
                                                              iterations: settlingIterations).assignments
            let candidateFit = Self.fit(matrix, assignments: candidate, clusterCount: k)
            guard candidateFit > fit * (1 + 1e-6) else { break }
            assignments = candidate
            fit = candidateFit
        }
        return assignments
    }

    static func members(_ assignments: [Int32], clusterCount k: Int) -> [[Int]] {
        var members = [[Int]](repeating: [], count: k)
        for (row, cluster) in assignments.enumerated() where cluster >= 0 { members[Int(cluster)].append(row) }
        return members
    }

    /// Σ‖S_c‖ over the clusters.
    static func fit(_ matrix: SparseMatrix, assignments: [Int32], clusterCount k: Int) -> Double {
        let sums = sums(matrix, rows: Array(0..<matrix.rowCount), groups: assignments.map(Int.init), groupCount: k)
        return sums.norms.reduce(0, +)
    }

    /// Dense sums of the rows in each group (row-major, one row per group) and their lengths.
    static func sums(_ matrix: SparseMatrix, rows: [Int], groups: [Int], groupCount: Int) -> (values: [Float], norms: [Double]) {
        let width = matrix.columnCount
        var values = [Float](repeating: 0, count: groupCount * width)
        for (position, row) in rows.enumerated() {
            let group = groups[position]
            guard group >= 0 else { continue }
            for entry in matrix.row(row) { values[group * width + Int(matrix.columns[entry])] += matrix.values[entry] }
        }
        let norms = (0..<groupCount).map { group in
            var sum = 0.0
            for column in 0..<width { sum += Double(values[group * width + column]) * Double(values[group * width + column]) }
            return sum.squareRoot()
        }
        return (values, norms)
    }

    /// Unit-length centres, column-major (k values per column) for fast scoring.
    static func unitCentres(_ matrix: SparseMatrix, assignments: [Int32], clusterCount k: Int) -> [Float] {
        let width = matrix.columnCount
        let (values, norms) = sums(matrix, rows: Array(0..<matrix.rowCount), groups: assignments.map(Int.init), groupCount: k)
        var centres = [Float](repeating: 0, count: width * k)
        for cluster in 0..<k where norms[cluster] > 0 {
            let inverse = Float(1 / norms[cluster])
            for column in 0..<width { centres[column * k + cluster] = values[cluster * width + column] * inverse }
        }
        return centres
    }

    /// For each cluster, what its rows lose by moving to their next-best cluster; and that cluster per row.
    static func removalLosses(_ matrix: SparseMatrix, assignments: [Int32], centres: [Float], clusterCount k: Int)
        -> (loss: [Double], nextBest: [Int32]) {
        var loss = [Double](repeating: 0, count: k)
        var nextBest = [Int32](repeating: 0, count: matrix.rowCount)
        var scores = [Float](repeating: 0, count: k)
        for row in 0..<matrix.rowCount {
            let own = Int(assignments[row])
            guard own >= 0 else { continue }
            for cluster in 0..<k { scores[cluster] = 0 }
            for entry in matrix.row(row) {
                let base = Int(matrix.columns[entry]) * k
                let value = matrix.values[entry]
                for cluster in 0..<k { scores[cluster] += value * centres[base + cluster] }
            }
            var second = own == 0 ? 1 : 0
            for cluster in 0..<k where cluster != own && scores[cluster] > scores[second] { second = cluster }
            nextBest[row] = Int32(second)
            loss[own] += Double(scores[own] - scores[second])
        }
        return (loss, nextBest)
    }

    /// Spherical 2-means on the rows, seeded k-means++-style; returns Σ‖S‖ gained and the side of each row.
    func split(_ matrix: SparseMatrix, rows: [Int], random: inout SeededGenerator) -> (Double, [Bool]) {
        let width = matrix.columnCount
        let whole = Self.sums(matrix, rows: rows, groups: [Int](repeating: 0, count: rows.count), groupCount: 1).norms[0]
        let first = rows[Int(random.next() % UInt64(rows.count))]
        // Second seed: drawn with weight 1 − cos to the first.
        var weights = rows.map { Double(max(0, 1 - matrix.dot(row: $0, row: first))) }
        let total = weights.reduce(0, +)
        guard total > 0 else { return (0, []) }
        var target = random.nextUnit() * total
        var secondPosition = rows.count - 1
        for (position, weight) in weights.enumerated() {
            target -= weight
            if target < 0 {
                secondPosition = position
                break
            }
        }
        weights = []
        let second = rows[secondPosition]
        var sides = rows.map { matrix.dot(row: $0, row: second) > matrix.dot(row: $0, row: first) }
        var gain = 0.0
        for _ in 0..<10 {
            let (values, norms) = Self.sums(matrix, rows: rows, groups: sides.map { $0 ? 1 : 0 }, groupCount: 2)
            gain = norms[0] + norms[1] - whole
            guard norms[0] > 0, norms[1] > 0 else { return (0, sides) }
            let changed: Int = values.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                var changed = 0
                for (position, row) in rows.enumerated() {
                    let toFirst = Double(matrix.dot(row: row, base)) / norms[0]
                    let toSecond = Double(matrix.dot(row: row, base + width)) / norms[1]
                    let side = toSecond > toFirst
                    if side != sides[position] { changed += 1 }
                    sides[position] = side
                }
                return changed
            }
            if changed == 0 { break }
        }
        let (_, norms) = Self.sums(matrix, rows: rows, groups: sides.map { $0 ? 1 : 0 }, groupCount: 2)
        gain = norms[0] + norms[1] - whole
        return (gain, sides)
    }
}
