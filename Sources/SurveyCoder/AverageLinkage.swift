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
    ///
    /// `weights` are the points' sizes when each point already stands for a group (of
    /// statements): the similarity of two points is then the mean over their members' pairs,
    /// and merged groups are weighed by size, so the result is average linkage over the members.
    init(similarities: [Double], count: Int, weights: [Double]? = nil) {
        self.count = count
        var matrix = similarities
        var sizes = weights ?? [Double](repeating: 1, count: count)
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
                let keptSize = sizes[kept], removedSize = sizes[removed]
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
}

extension AverageLinkage {
    /// One merge of the dendrogram: the nodes it joins (points are `0..<count`, merges
    /// `count + i` for the i-th merge in this order) and their similarity.
    struct Node {
        var left: Int
        var right: Int
        var similarity: Double
    }

    /// The dendrogram's merges from the most similar to the least, as a tree.
    func tree() -> [Node] {
        var nodeOf = Array(0..<count)
        var parent = Array(0..<count)
        func root(_ point: Int) -> Int {
            var node = point
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        var nodes: [Node] = []
        for merge in merges.sorted(by: { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.order < $1.order }) {
            let a = root(merge.first), b = root(merge.second)
            guard a != b else { continue }
            nodes.append(Node(left: nodeOf[a], right: nodeOf[b], similarity: merge.similarity))
            let kept = min(a, b)
            parent[max(a, b)] = kept
            nodeOf[kept] = count + nodes.count - 1
        }
        return nodes
    }

    /// Cluster labels from the top down: a node stays one cluster when `keepsWhole` says so
    /// for its two sides' weights and similarity, otherwise each side is looked at in turn.
    /// Labels are numbered by each cluster's first point.
    func labels(weights: [Double], keepsWhole: (Double, Double, Double) -> Bool) -> [Int] {
        let nodes = tree()
        guard !nodes.isEmpty else { return Array(0..<count) }
        var weight = weights
        for node in nodes { weight.append(weight[node.left] + weight[node.right]) }
        var clusterOf = [Int](repeating: -1, count: count)
        var stack = [count + nodes.count - 1]
        var wholes: [Int] = []
        while let node = stack.popLast() {
            if node < count {
                wholes.append(node)
                continue
            }
            let merge = nodes[node - count]
            if keepsWhole(weight[merge.left], weight[merge.right], merge.similarity) {
                wholes.append(node)
            } else {
                stack.append(merge.right)
                stack.append(merge.left)
            }
        }
        for whole in wholes {
            var members: [Int] = []
            var pending = [whole]
            while let node = pending.popLast() {
                if node < count { members.append(node) } else {
                    pending.append(nodes[node - count].left)
                    pending.append(nodes[node - count].right)
                }
            }
            let first = members.min() ?? 0
            for member in members { clusterOf[member] = first }
        }
        var numbering: [Int: Int] = [:]
        return clusterOf.map { root in
            if let label = numbering[root] { return label }
            let label = numbering.count
            numbering[root] = label
            return label
        }
    }
}
