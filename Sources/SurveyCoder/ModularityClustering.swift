import Foundation

/// Chooses the categories when their number is not given, the same way for seven answers
/// and for a hundred thousand (docs/coder.md explains the choice).
///
/// 1. **A tree of statements.** Average linkage over the statements' TF-IDF cosine
///    similarities. Above `smallInputLimit` statements, the leaves are instead small groups
///    of similar statements (spherical k-means in the LSA space), and group similarities are
///    the mean over their members' pairs, so the tree is still average linkage over statements.
///    Two statements one respondent wrote as separate parts of an answer count as having
///    nothing in common: a respondent who lists "halve the share below the required level" and
///    "raise the share at the top level" names two things, however many words they share.
/// 2. **Cut where joining stops paying.** Two branches stay one category when the mean
///    similarity of their statements' pairs is above what two statements of this input have
///    in common by chance: the mean similarity of all pairs (the Erdős–Rényi null model of
///    modularity, or the Constant Potts Model with that resolution), plus one standard error
///    of a mean over so few pairs (the standard deviation of pair similarities over the square
///    root of the number of pairs), which asks more of small branches. The cut needs no
///    threshold tuned to a data set: it scales with the input's own similarities.
/// 3. **Settle.** Each statement moves to the category whose statements it is most similar to,
///    by the same measure (its summed similarity above chance, less one standard error), or to
///    none ("Övrigt") when it is above chance with no category. A category needs statements from
///    `minimumRespondents` respondents, and at least one respondent in fifty of the question.
/// 4. **Key words that part.** A category whose statements fall into groups that each have a
///    key word of their own, none of them shared by most, and that are far less alike than
///    each group is within itself, is split into those groups (titles about "linq" and about
///    "oracle" are not one category because both mention SQL).
///
/// The result is the same on every run for the same input and seed.
struct ModularityClustering {
    var options: CoderOptions

    /// What two statements of the input have in common by chance.
    struct Background {
        /// The mean cosine similarity of all pairs of different statements.
        var mean: Double
        /// The standard deviation of pair similarities (estimated on a sample of statements).
        var deviation: Double

        /// The similarity a mean over `pairs` pairs must reach to be more than chance.
        func threshold(pairs: Double) -> Double {
            mean + ModularityClustering.standardErrors * deviation / pairs.squareRoot()
        }
    }

    /// The chance level assumed before any pairs are seen: two unrelated short statements share
    /// a word now and then, and then weigh about a third of their length on it.
    static let priorMean = 0.1
    static let priorDeviation = 0.15
    /// How many pairs the prior weighs as (about ten statements' worth).
    static let priorPairs = 45.0

    /// The similarity of two different statements of one respondent, whatever their words (step 1).
    static let sameRespondentSimilarity = 0.0

    /// How many standard errors above the chance level a join must be.
    static let standardErrors = 1.0
    /// The share of respondents a category needs at least (with `minimumRespondents`).
    static let minimumRespondentShare = 0.02
    /// Statements sampled to estimate the deviation of pair similarities.
    static let deviationSample = 1500
    /// Leaves of the tree for large inputs.
    static let largeInputLeaves = 400

    /// Key-word splits (step 4): a key word must be in at least this share of the category's
    /// statements, and at least this share of the statements using the word must be in it.
    static let keyWordCoverage = 0.05
    static let keyWordExclusivity = 0.5
    /// A word more common than this in the whole input marks no part of a category against another.
    static let keyWordMaximumShare = 0.25
    /// Key words whose statements overlap by more than this share of the smaller set are not distinct.
    static let keyWordOverlap = 0.2
    /// The distinct key words together must cover this share, and none alone more than it.
    static let keyWordJointCoverage = 0.5
    /// Groups whose mean similarity to each other is at least this share of their own
    /// (geometric mean) stay together: they are one topic in different words ("svn", "subversion").
    static let keyWordContrast = 0.15
    /// Rounds of key-word splitting at most.
    static let keyWordRounds = 4

    /// The groups: row indices, each in row order; rows in none are uncategorized.
    ///
    /// `population` is the number of respondents to the question when the rows are only some
    /// of their statements (those no existing category took): a new category needs its share
    /// of all of them, as a table row does, not of the few left over.
    func groups(_ matrix: SparseMatrix, stemColumnCount: Int, respondents: [Int32], sameText: [Int32], population: Int? = nil,
                progress: (CoderProgress) -> Void) -> [[Int]] {
        let n = matrix.rowCount
        guard n >= 2 else { return [] }
        let background = Self.background(matrix, sameText: sameText, seed: options.seed)
        let minimum = minimumRespondents(respondents, among: population)

        progress(CoderProgress(stage: .clustering, completed: 0, total: n))
        // The tree is built on a sample of very large inputs; settling then places every statement.
        var random = SeededGenerator(seed: options.seed &+ 23)
        let treeRows = n > options.clusteringSampleSize ? random.sample(options.clusteringSampleSize, from: n) : Array(0..<n)
        let treeMatrix = treeRows.count == n ? matrix : matrix.rows(treeRows)
        let treeSameText = treeRows.map { sameText[$0] }
        let (leafOf, leafCount) = leaves(treeMatrix, progress: progress)
        let leafWeights = Self.counts(leafOf, leafCount)
        let treeRespondents = treeRows.map { respondents[$0] }
        var similarities: [Double]
        if leafCount == treeRows.count {
            similarities = StatementClusterer.similarities(treeMatrix, sameText: treeSameText)
            Self.separateStatementsOfOneRespondent(&similarities, respondents: treeRespondents, sameText: treeSameText)
        } else {
            similarities = Self.groupSimilarities(treeMatrix, groupOf: leafOf, groupCount: leafCount, sizes: leafWeights)
        }
        let linkage = AverageLinkage(similarities: similarities, count: leafCount, weights: leafWeights)
        let leafLabels = linkage.labels(weights: leafWeights) { left, right, similarity in
            similarity >= background.threshold(pairs: left * right)
        }
        let treePopulation = population.map { Int((Double($0) * Double(treeRows.count) / Double(n)).rounded(.up)) }
        let treeLabels = dissolveSmall(leafOf.map { leafLabels[Int($0)] }, respondents: treeRespondents,
                                       minimum: minimumRespondents(treeRespondents, among: treePopulation))
        var labels = [Int](repeating: -1, count: n)
        for (position, row) in treeRows.enumerated() { labels[row] = treeLabels[position] }

        progress(CoderProgress(stage: .settling, completed: 0, total: n))
        labels = settle(matrix, labels: labels, background: background, respondents: respondents, sameText: sameText)
        // A split can leave a part that splits again (many topics joined by a common word).
        for _ in 0..<Self.keyWordRounds {
            let split = splitByKeyWords(matrix, labels: labels, stemColumnCount: stemColumnCount, minimumStatements: minimum)
            if split == labels { break }
            labels = settle(matrix, labels: split, background: background, respondents: respondents, sameText: sameText)
        }
        labels = dissolveSmall(labels, respondents: respondents, minimum: minimum)
        return StatementClusterer.groups(labels)
    }

    /// `minimumRespondents`, or one respondent in fifty (of `population` when it is more than
    /// the rows' own respondents) when that is more.
    func minimumRespondents(_ respondents: [Int32], among population: Int? = nil) -> Int {
        let count = max(Set(respondents).count, population ?? 0)
        return max(options.minimumRespondents, Int((Self.minimumRespondentShare * Double(count)).rounded(.up)))
    }

    // MARK: - Chance level

    /// The mean similarity of all pairs of different texts, exactly (from the sum of the unit
    /// rows), and the deviation of pair similarities on a sample.
    ///
    /// Pairs of the same text are left out: the chance level is what two different statements
    /// share, and three respondents who wrote the same words are one category, not chance.
    static func background(_ matrix: SparseMatrix, sameText: [Int32], seed: UInt64) -> Background {
        let n = matrix.rowCount
        var total = [Double](repeating: 0, count: matrix.columnCount)
        var selfSimilarity = 0.0
        var copies: [Int32: (count: Double, length: Double)] = [:]
        for row in 0..<n {
            var length = 0.0
            for entry in matrix.row(row) {
                let value = Double(matrix.values[entry])
                total[Int(matrix.columns[entry])] += value
                length += value * value
            }
            selfSimilarity += length
            let copy = copies[sameText[row]] ?? (0, length)
            copies[sameText[row]] = (copy.count + 1, copy.length)
        }
        // Pairs of one text (identical rows): their similarities, and how many they are.
        var samePairs = 0.0, sameSimilarity = 0.0
        for copy in copies.values where copy.count > 1 {
            samePairs += copy.count * (copy.count - 1)
            sameSimilarity += copy.count * (copy.count - 1) * copy.length
        }
        let squared = total.reduce(0) { $0 + $1 * $1 }
        let pairs = Double(n) * Double(n - 1) - samePairs  // ordered pairs of different texts
        let mean = pairs > 0 ? max(0, (squared - selfSimilarity - sameSimilarity) / pairs) : 0

        var random = SeededGenerator(seed: seed &+ 17)
        let sample = random.sample(min(n, deviationSample), from: n)
        let sampleMatrix = matrix.rows(sample)
        let m = sample.count
        var sum = 0.0, sumOfSquares = 0.0, counted = 0.0
        let sampled = StatementClusterer.similarities(sampleMatrix, sameText: sample.map { sameText[$0] })
        for i in 0..<m {
            for j in (i + 1)..<m where sameText[sample[i]] != sameText[sample[j]] {
                let value = sampled[i * m + j]
                sum += value
                sumOfSquares += value * value
                counted += 1
            }
        }
        let sampleMean = counted > 0 ? sum / counted : 0
        let deviation = counted > 1 ? max(0, sumOfSquares / counted - sampleMean * sampleMean).squareRoot() : 0
        // A chance level read off a handful of pairs says little (three statements about one
        // thing make their own similarity look like chance): it is drawn toward a prior, by the
        // weight of `priorPairs` pairs against the pairs the input has.
        let weight = pairs / 2 / (pairs / 2 + Self.priorPairs)
        return Background(mean: weight * mean + (1 - weight) * Self.priorMean,
                          deviation: weight * deviation + (1 - weight) * Self.priorDeviation)
    }

    // MARK: - Leaves of the tree

    /// Each row's leaf: itself for small inputs; for large ones, one of `largeInputLeaves`
    /// groups found by spherical k-means in the LSA space.
    func leaves(_ matrix: SparseMatrix, progress: (CoderProgress) -> Void) -> (leafOf: [Int32], count: Int) {
        let n = matrix.rowCount
        guard n > options.smallInputLimit else { return ((0..<n).map { Int32($0) }, n) }
        progress(CoderProgress(stage: .reducing, completed: 0, total: n))
        let components = RandomizedSVD(rank: options.dimensions, seed: options.seed &+ 1).components(of: matrix)
        var reduced = matrix.multiplied(by: components)
        reduced.normalizeRows()
        let fit = KMeans(clusterCount: min(Self.largeInputLeaves, n), restarts: 1, maximumIterations: 20, seed: options.seed &+ 2,
                         geometry: .spherical).fit(reduced)
        let assignments = fit.assignments
        // Number the leaves that received rows, in order of first row.
        var number: [Int32: Int32] = [:]
        let leafOf = assignments.map { leaf -> Int32 in
            if let known = number[leaf] { return known }
            let next = Int32(number.count)
            number[leaf] = next
            return next
        }
        return (leafOf, number.count)
    }

    /// Pairs of different statements of one respondent set to `sameRespondentSimilarity`
    /// (`similarities` is the full n × n matrix of the rows).
    static func separateStatementsOfOneRespondent(_ similarities: inout [Double], respondents: [Int32], sameText: [Int32]) {
        let n = respondents.count
        for (i, j) in statementPairsOfOneRespondent(respondents: respondents, sameText: sameText) {
            similarities[i * n + j] = sameRespondentSimilarity
            similarities[j * n + i] = sameRespondentSimilarity
        }
    }

    /// The pairs (i < j) of rows one respondent wrote with different texts.
    static func statementPairsOfOneRespondent(respondents: [Int32], sameText: [Int32]) -> [(Int, Int)] {
        var rowsOf: [Int32: [Int]] = [:]
        for (row, respondent) in respondents.enumerated() { rowsOf[respondent, default: []].append(row) }
        var pairs: [(Int, Int)] = []
        for rows in rowsOf.values where rows.count > 1 {
            for (position, i) in rows.enumerated() {
                for j in rows[(position + 1)...] where sameText[i] != sameText[j] { pairs.append((min(i, j), max(i, j))) }
            }
        }
        return pairs.sorted { $0 < $1 }
    }

    /// How many rows each group has.
    static func counts(_ groupOf: [Int32], _ groupCount: Int) -> [Double] {
        var counts = [Double](repeating: 0, count: groupCount)
        for group in groupOf where group >= 0 { counts[Int(group)] += 1 }
        return counts
    }

    /// The mean similarity over the pairs of two groups' members, for every pair of groups:
    /// the dot product of their summed rows over the product of their sizes.
    static func groupSimilarities(_ matrix: SparseMatrix, groupOf: [Int32], groupCount k: Int, sizes: [Double]) -> [Double] {
        // Summed rows of each group, as a sparse matrix with one row per group.
        var sums = [[Int32: Float]](repeating: [:], count: k)
        for row in 0..<matrix.rowCount {
            let group = Int(groupOf[row])
            for entry in matrix.row(row) { sums[group][matrix.columns[entry], default: 0] += matrix.values[entry] }
        }
        var starts = [0]
        var columns: [Int32] = []
        var values: [Float] = []
        for sum in sums {
            for column in sum.keys.sorted() {
                columns.append(column)
                values.append(sum[column] ?? 0)
            }
            starts.append(columns.count)
        }
        let grouped = SparseMatrix(rowCount: k, columnCount: matrix.columnCount, rowStarts: starts, columns: columns, values: values)
        var result = StatementClusterer.similarities(grouped, sameText: (0..<k).map { Int32($0) })
        for i in 0..<k {
            for j in 0..<k {
                let pairs = sizes[i] * sizes[j]
                result[i * k + j] = i == j ? 1 : (pairs > 0 ? result[i * k + j] / pairs : 0)
            }
        }
        return result
    }

    // MARK: - Settling

    /// Groups smaller than `minimum` respondents dissolved (-1), the rest numbered 0, 1, …
    func dissolveSmall(_ labels: [Int], respondents: [Int32], minimum: Int) -> [Int] {
        var respondentsOf: [Int: Set<Int32>] = [:]
        for (row, label) in labels.enumerated() where label >= 0 { respondentsOf[label, default: []].insert(respondents[row]) }
        var number: [Int: Int] = [:]
        for label in labels where label >= 0 && number[label] == nil && (respondentsOf[label]?.count ?? 0) >= minimum {
            number[label] = number.count
        }
        return labels.map { $0 >= 0 ? (number[$0] ?? -1) : -1 }
    }

    /// Moves each statement to the category it fits best, by summed similarity above chance
    /// less one standard error, or to none, until nothing moves (at most ten rounds). The
    /// respondent's other statements in a category count with `sameRespondentSimilarity`.
    func settle(_ matrix: SparseMatrix, labels start: [Int], background: Background, respondents: [Int32], sameText: [Int32]) -> [Int] {
        var labels = start
        let n = matrix.rowCount, width = matrix.columnCount
        var siblings = [[(row: Int, similarity: Float)]](repeating: [], count: n)
        for (i, j) in Self.statementPairsOfOneRespondent(respondents: respondents, sameText: sameText) {
            let similarity = matrix.dot(row: i, row: j) - Float(Self.sameRespondentSimilarity)
            siblings[i].append((j, similarity))
            siblings[j].append((i, similarity))
        }
        for _ in 0..<10 {
            let k = (labels.max() ?? -1) + 1
            guard k > 0 else { return labels }
            var sizes = [Int](repeating: 0, count: k)
            // Summed rows, column by column (one run of k values per column).
            var sums = [Float](repeating: 0, count: width * k)
            for row in 0..<n where labels[row] >= 0 {
                let cluster = labels[row]
                sizes[cluster] += 1
                for entry in matrix.row(row) { sums[Int(matrix.columns[entry]) * k + cluster] += matrix.values[entry] }
            }
            let current = labels
            let moved: [[Int]] = sums.withUnsafeBufferPointer { buffer in
                let shared = UncheckedSendable(buffer)
                return Parallel.mapChunks(of: n, size: 2048) { range in
                    guard let base = shared.value.baseAddress else { return range.map { current[$0] } }
                    var scores = [Float](repeating: 0, count: k)
                    return range.map { row -> Int in
                        for cluster in 0..<k { scores[cluster] = 0 }
                        var length: Float = 0
                        scores.withUnsafeMutableBufferPointer { target in
                            guard let targetBase = target.baseAddress else { return }
                            for entry in matrix.row(row) {
                                let value = matrix.values[entry]
                                length += value * value
                                VectorMath.axpy(value, base + Int(matrix.columns[entry]) * k, targetBase, count: k)
                            }
                        }
                        for sibling in siblings[row] where current[sibling.row] >= 0 {
                            scores[current[sibling.row]] -= sibling.similarity
                        }
                        var best = -1
                        var bestGain = 0.0
                        for cluster in 0..<k {
                            let own = current[row] == cluster
                            let others = Double(sizes[cluster] - (own ? 1 : 0))
                            guard others > 0 else { continue }
                            let summed = Double(scores[cluster]) - (own ? Double(length) : 0)
                            let gain = summed - background.mean * others
                                - ModularityClustering.standardErrors * background.deviation * others.squareRoot()
                            if gain > bestGain || (gain == bestGain && best >= 0 && cluster < best) {
                                best = cluster
                                bestGain = gain
                            }
                        }
                        return best
                    }
                }
            }
            let next = Array(moved.joined())
            if next == labels { break }
            labels = next
        }
        return labels
    }

    // MARK: - Key words

    /// Splits categories whose statements fall into groups marked by distinct key words (step 4).
    func splitByKeyWords(_ matrix: SparseMatrix, labels start: [Int], stemColumnCount: Int, minimumStatements: Int) -> [Int] {
        var labels = start
        let n = matrix.rowCount
        var documentFrequency = [Int](repeating: 0, count: stemColumnCount)
        for row in 0..<n {
            for entry in matrix.row(row) where Int(matrix.columns[entry]) < stemColumnCount {
                documentFrequency[Int(matrix.columns[entry])] += 1
            }
        }
        let k = (labels.max() ?? -1) + 1
        var membersOf = [[Int]](repeating: [], count: k)
        for row in 0..<n where labels[row] >= 0 { membersOf[labels[row]].append(row) }
        var nextLabel = k
        for members in membersOf where members.count >= 2 * minimumStatements {
            let parts = keyWordGroups(matrix, members: members, stemColumnCount: stemColumnCount,
                                      documentFrequency: documentFrequency, minimumStatements: minimumStatements)
            guard parts.count >= 2 else { continue }
            // Every member joins the group whose statements it is most similar to on average.
            let sums = parts.map { Self.denseSum(matrix, rows: $0) }
            for row in members {
                var best = 0
                var bestMean = -Float.greatestFiniteMagnitude
                for (index, sum) in sums.enumerated() {
                    let mean = sum.withUnsafeBufferPointer { buffer in
                        buffer.baseAddress.map { matrix.dot(row: row, $0) } ?? 0
                    } / Float(parts[index].count)
                    if mean > bestMean {
                        best = index
                        bestMean = mean
                    }
                }
                labels[row] = best == 0 ? labels[row] : nextLabel + best - 1
            }
            nextLabel += parts.count - 1
        }
        return labels
    }

    /// The groups of one category's statements marked by distinct key words, or one group.
    func keyWordGroups(_ matrix: SparseMatrix, members: [Int], stemColumnCount: Int, documentFrequency: [Int],
                       minimumStatements: Int) -> [[Int]] {
        var rowsWith: [Int32: [Int]] = [:]
        for row in members {
            for entry in matrix.row(row) where Int(matrix.columns[entry]) < stemColumnCount {
                rowsWith[matrix.columns[entry], default: []].append(row)
            }
        }
        let size = Double(members.count)
        let candidates = rowsWith
            .filter { column, rows in
                rows.count >= minimumStatements && Double(rows.count) >= Self.keyWordCoverage * size
                    && Double(rows.count) >= Self.keyWordExclusivity * Double(documentFrequency[Int(column)])
                    && Double(documentFrequency[Int(column)]) <= Self.keyWordMaximumShare * Double(matrix.rowCount)
            }
            .sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
        var picked: [Set<Int>] = []
        for (_, rows) in candidates {
            let set = Set(rows)
            let distinct = picked.allSatisfy { other in
                Double(set.intersection(other).count) <= Self.keyWordOverlap * Double(min(set.count, other.count))
            }
            if distinct { picked.append(set) }
        }
        guard picked.count >= 2 else { return [members] }
        let covered = picked.reduce(into: Set<Int>()) { $0.formUnion($1) }
        guard Double(covered.count) >= Self.keyWordJointCoverage * size,
              picked.allSatisfy({ Double($0.count) <= Self.keyWordJointCoverage * size }) else { return [members] }

        // Groups that are alike stay together: the most alike pair joins first (average linkage
        // on the contrast), so one word shared by several groups does not chain them all.
        var groups = picked
        while groups.count >= 2 {
            let sums = groups.map { Self.denseSum(matrix, rows: Array($0)) }
            let within = groups.indices.map { index in Self.meanPairSimilarity(sums[index], count: Double(groups[index].count)) }
            var best: (a: Int, b: Int, ratio: Double)?
            for a in groups.indices {
                for b in groups.indices where b > a {
                    let between = zip(sums[a], sums[b]).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
                        / (Double(groups[a].count) * Double(groups[b].count))
                    let scale = (within[a] * within[b]).squareRoot()
                    let ratio = scale > 0 ? between / scale : .infinity
                    if best.map({ ratio > $0.ratio }) ?? true { best = (a, b, ratio) }
                }
            }
            guard let best, best.ratio >= Self.keyWordContrast else { break }
            groups[best.a].formUnion(groups[best.b])
            groups.remove(at: best.b)
        }
        guard groups.count >= 2 else { return [members] }
        return groups.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// The mean similarity of the pairs of a group's (unit) rows, from their sum.
    static func meanPairSimilarity(_ sum: [Float], count: Double) -> Double {
        let squared = sum.reduce(0.0) { $0 + Double($1) * Double($1) }
        return count > 1 ? (squared - count) / (count * (count - 1)) : 0
    }

    /// The sum of some rows, as a dense vector.
    static func denseSum(_ matrix: SparseMatrix, rows: [Int]) -> [Float] {
        var sum = [Float](repeating: 0, count: matrix.columnCount)
        for row in rows {
            for entry in matrix.row(row) { sum[Int(matrix.columns[entry])] += matrix.values[entry] }
        }
        return sum
    }
}
