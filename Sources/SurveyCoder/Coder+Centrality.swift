extension Coder {
    /// How central each statement is to its group: the cosine of its TF-IDF row to the mean
    /// row of its group, between 0 and 1; a group of one statement is 1.
    ///
    /// Statements are weighed exactly as `code` weighs them (stems, n-grams, topic words), over
    /// all groups' statements together, so a word every category uses counts for little. The
    /// report quotes the most central statements of a category: those most like the rest of it.
    public func centrality(of groups: [[String]], topic: [String] = []) throws(CoderError) -> [[Double]] {
        let texts = groups.flatMap { $0 }
        guard !texts.isEmpty else { return groups.map { _ in [] } }
        let keys = texts.enumerated().map { StatementKey(respondent: String($0.offset), text: $0.element) }
        var run = try CodingRun(options: options, stopWords: stopWords, glossary: glossary, keys: keys, topic: topic, codebook: nil, previous: nil)
        run.weigh(progress: { _ in })
        let matrix = run.matrix
        var result: [[Double]] = []
        var offset = 0
        for group in groups {
            let rows = Array(offset..<(offset + group.count))
            offset += group.count
            guard rows.count > 1 else {
                result.append(rows.map { _ in 1 })
                continue
            }
            var centre = [Double](repeating: 0, count: matrix.columnCount)
            for row in rows {
                for entry in matrix.row(row) { centre[Int(matrix.columns[entry])] += Double(matrix.values[entry]) }
            }
            let length = centre.reduce(0) { $0 + $1 * $1 }.squareRoot()
            result.append(rows.map { row in
                guard length > 0 else { return 0 }
                var dot = 0.0
                for entry in matrix.row(row) { dot += Double(matrix.values[entry]) * centre[Int(matrix.columns[entry])] }
                return max(0, min(1, dot / length))
            })
        }
        return result
    }
}
