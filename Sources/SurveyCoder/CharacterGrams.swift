import Foundation

/// Character n-grams of the words of each text (2 to 5 letters, each word padded with a space
/// on either side, as scikit-learn's `char_wb`), weighed by TF-IDF.
///
/// The coder's classifier reads them beside the stems: they catch inflections, compounds and
/// misspellings the stemmer does not ("mattelyftet", "matematiklyftet", "matematiklyfet").
struct CharacterGrams {
    /// The TF-IDF rows (sublinear term frequency, smooth IDF, unit length) of `texts`, over the
    /// n-grams found in at least `minimumDocumentFrequency` of them.
    static func matrix(_ texts: [String], tokenizer: Tokenizer, lengths: ClosedRange<Int> = 2...5,
                       minimumDocumentFrequency: Int = 2) -> SparseMatrix {
        var ids: [String: Int32] = [:]
        var rows: [[Int32]] = []
        rows.reserveCapacity(texts.count)
        for text in texts {
            var grams: [Int32] = []
            for word in tokenizer.tokens(in: text) {
                let letters = [" "] + Array(word.unicodeScalars) + [" "]
                for length in lengths where length <= letters.count {
                    for start in 0...(letters.count - length) {
                        var gram = String.UnicodeScalarView()
                        gram.append(contentsOf: letters[start..<(start + length)])
                        let key = String(gram)
                        if let id = ids[key] {
                            grams.append(id)
                        } else {
                            let id = Int32(ids.count)
                            ids[key] = id
                            grams.append(id)
                        }
                    }
                }
            }
            rows.append(grams)
        }
        var frequency = [Int32](repeating: 0, count: ids.count)
        for row in rows {
            for id in Set(row) { frequency[Int(id)] += 1 }
        }
        var column = [Int32](repeating: -1, count: ids.count)
        var idf: [Float] = []
        let total = Double(texts.count)
        for id in 0..<ids.count where frequency[id] >= Int32(minimumDocumentFrequency) {
            column[id] = Int32(idf.count)
            idf.append(Float(log((1 + total) / (1 + Double(frequency[id]))) + 1))
        }
        var starts = [0]
        var columns: [Int32] = []
        var values: [Float] = []
        for row in rows {
            var counts: [Int32: Int] = [:]
            for id in row where column[Int(id)] >= 0 { counts[column[Int(id)], default: 0] += 1 }
            let sorted = counts.keys.sorted()
            var rowValues = sorted.map { (1 + Float(log(Double(counts[$0] ?? 1)))) * idf[Int($0)] }
            let length = rowValues.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
            if length > 0 { rowValues = rowValues.map { $0 / length } }
            columns += sorted
            values += rowValues
            starts.append(columns.count)
        }
        return SparseMatrix(rowCount: texts.count, columnCount: idf.count, rowStarts: starts, columns: columns, values: values)
    }
}

extension SparseMatrix {
    /// The rows of `self` and `other` side by side, each row scaled back to unit length.
    func joined(with other: SparseMatrix) -> SparseMatrix {
        precondition(rowCount == other.rowCount)
        var starts = [0]
        var newColumns: [Int32] = []
        var newValues: [Float] = []
        newColumns.reserveCapacity(entryCount + other.entryCount)
        newValues.reserveCapacity(entryCount + other.entryCount)
        for index in 0..<rowCount {
            let first = row(index), second = other.row(index)
            var values = Array(self.values[first]) + Array(other.values[second])
            let length = values.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
            if length > 0 { values = values.map { $0 / length } }
            newColumns += Array(columns[first]) + other.columns[second].map { $0 + Int32(columnCount) }
            newValues += values
            starts.append(newColumns.count)
        }
        return SparseMatrix(rowCount: rowCount, columnCount: columnCount + other.columnCount, rowStarts: starts,
                            columns: newColumns, values: newValues)
    }
}
