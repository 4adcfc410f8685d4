/// The minimum-cost perfect matching of a square cost matrix (Kuhn–Munkres, O(n³)).
public enum HungarianAlgorithm {
    /// For each row, the column it is matched to.
    public static func minimumCostAssignment(_ cost: [[Double]]) -> [Int] {
        let n = cost.count
        guard n > 0 else { return [] }
        // Potentials u (rows), v (columns); p[j] is the row matched to column j (1-based, 0 = none).
        var u = [Double](repeating: 0, count: n + 1), v = [Double](repeating: 0, count: n + 1)
        var p = [Int](repeating: 0, count: n + 1), way = [Int](repeating: 0, count: n + 1)
        for row in 1...n {
            p[0] = row
            var column0 = 0
            var minimum = [Double](repeating: .infinity, count: n + 1)
            var used = [Bool](repeating: false, count: n + 1)
            repeat {
                used[column0] = true
                let row0 = p[column0]
                var delta = Double.infinity
                var column1 = 0
                for column in 1...n where !used[column] {
                    let reduced = cost[row0 - 1][column - 1] - u[row0] - v[column]
                    if reduced < minimum[column] {
                        minimum[column] = reduced
                        way[column] = column0
                    }
                    if minimum[column] < delta {
                        delta = minimum[column]
                        column1 = column
                    }
                }
                for column in 0...n {
                    if used[column] {
                        u[p[column]] += delta
                        v[column] -= delta
                    } else {
                        minimum[column] -= delta
                    }
                }
                column0 = column1
            } while p[column0] != 0
            repeat {
                let column1 = way[column0]
                p[column0] = p[column1]
                column0 = column1
            } while column0 != 0
        }
        var assignment = [Int](repeating: 0, count: n)
        for column in 1...n where p[column] > 0 { assignment[p[column] - 1] = column - 1 }
        return assignment
    }
}
