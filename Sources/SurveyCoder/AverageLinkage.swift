/// Agglomerative clustering with average linkage on cosine similarity, for small inputs.
///
/// Builds the whole dendrogram with the nearest-neighbour chain algorithm (O(n²) time and
/// memory), then cuts it at a similarity threshold or at a number of clusters. Ties go to
/// the lower index, so the result is the same on every run.
struct AverageLinkage {
    struct Merge {
        var first: Int
        var second: Int
        var similarity: Double
        var order: Int
    }

    let count: Int
    /// Merges as found, each joining the clusters holding `first` and `second`.
    let merges: [Merge]

    /// Clusters `count` points given their row-major similarity matrix.
    init(similarities: [Double], count: Int) {
        self.count = count
        var matrix = similarities
        var sizes = [Int](repeating: 1, count: count)
        var active = [Bool](repeating: true, count: count)
        var activeCount = count
        var chain: [Int] = []
        var merges: [Merge] = []
        var nextStart = 0
        while activeCount > 1 {
            if chain.isEmpty {
                while !active[nextStart] { nextStart += 1 }
                chain.append(nextStart)
            }
            let current = chain[chain.count - 1]
            let previous = chain.count >= 2 ? chain[chain.count - 2] : -1
            var best = -1
            var bestSimilarity = -Double.greatestFiniteMagnitude
            if previous >= 0 {
                best = previous
                bestSimilarity = matrix[current * count + previous]
            }
            for other in 0..<count where active[other] && other != current {
                let similarity = matrix[current * count + other]
                if similarity > bestSimilarity {
                    best = other
                    bestSimilarity = similarity
                }
            }
            if best == previous {
                chain.removeLast(2)
                let (kept, removed) = (min(current, previous), max(current, previous))
                merges.append(Merge(first: kept, second: removed, similarity: bestSimilarity, order: merges.count))
                let keptSize = Double(sizes[kept]), removedSize = Double(sizes[removed])
                for other in 0..<count where active[other] && other != kept && other != removed {
                    let joined = (keptSize * matrix[kept * count + other] + removedSize * matrix[removed * count + other]) / (keptSize + removedSize)
                    matrix[kept * count + other] = joined
                    matrix[other * count + kept] = joined
                }
                sizes[kept] += sizes[removed]
                active[removed] = false
                activeCount -= 1
            } else {
                chain.append(best)
            }
        }
        self.merges = merges
    }

    /// Cluster labels after applying every merge at `threshold` or above.
    func labels(threshold: Double) -> [Int] {
        labels(applying: sortedMerges().prefix { $0.similarity >= threshold })
    }

    /// Cluster labels with exactly `clusterCount` clusters (or `count`, if fewer points).
    func labels(clusterCount: Int) -> [Int] {
        let mergeCount = max(0, count - max(1, clusterCount))
        return labels(applying: sortedMerges().prefix(mergeCount))
    }

    private func sortedMerges() -> [Merge] {
        merges.sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.order < $1.order }
    }

    /// Labels numbered by each cluster's first point.
    private func labels(applying chosen: ArraySlice<Merge>) -> [Int] {
        var parent = Array(0..<count)
        func root(_ point: Int) -> Int {
            var node = point
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        for merge in chosen {
            let a = root(merge.first), b = root(merge.second)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var numbering: [Int: Int] = [:]
        return (0..<count).map { point in
            let r = root(point)
            if let label = numbering[r] { return label }
            let label = numbering.count
            numbering[r] = label
            return label
        }
    }
}
