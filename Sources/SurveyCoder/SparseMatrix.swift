/// A sparse matrix in compressed rows (CSR): row `r` holds `columns[rowStarts[r]..<rowStarts[r+1]]`.
///
/// Columns within a row are increasing. Flat arrays, no per-element objects, so 250,000
/// statements with tens of millions of entries stay compact.
struct SparseMatrix: Sendable {
    var rowCount: Int
    var columnCount: Int
    var rowStarts: [Int]
    var columns: [Int32]
    var values: [Float]

    init(rowCount: Int, columnCount: Int, rowStarts: [Int], columns: [Int32], values: [Float]) {
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.rowStarts = rowStarts
        self.columns = columns
        self.values = values
    }

    var entryCount: Int { columns.count }

    func row(_ index: Int) -> Range<Int> { rowStarts[index]..<rowStarts[index + 1] }

    /// The rows at `indices`, in that order.
    func rows(_ indices: [Int]) -> SparseMatrix {
        var starts = [0]
        starts.reserveCapacity(indices.count + 1)
        var newColumns: [Int32] = []
        var newValues: [Float] = []
        for index in indices {
            let range = row(index)
            newColumns.append(contentsOf: columns[range])
            newValues.append(contentsOf: values[range])
            starts.append(newColumns.count)
        }
        return SparseMatrix(rowCount: indices.count, columnCount: columnCount, rowStarts: starts, columns: newColumns, values: newValues)
    }

    /// The transpose, also in compressed rows (so the columns of `self` become rows).
    func transposed() -> SparseMatrix {
        var counts = [Int](repeating: 0, count: columnCount + 1)
        for column in columns { counts[Int(column) + 1] += 1 }
        for index in 0..<columnCount { counts[index + 1] += counts[index] }
        var next = counts
        var newColumns = [Int32](repeating: 0, count: entryCount)
        var newValues = [Float](repeating: 0, count: entryCount)
        for rowIndex in 0..<rowCount {
            for entry in row(rowIndex) {
                let column = Int(columns[entry])
                let position = next[column]
                newColumns[position] = Int32(rowIndex)
                newValues[position] = values[entry]
                next[column] += 1
            }
        }
        return SparseMatrix(rowCount: columnCount, columnCount: rowCount, rowStarts: counts, columns: newColumns, values: newValues)
    }

    /// `self × dense`, where `dense` has `columnCount` rows.
    func multiplied(by dense: DenseMatrix) -> DenseMatrix {
        precondition(dense.rowCount == columnCount)
        var result = DenseMatrix(rowCount: rowCount, columnCount: dense.columnCount)
        let width = dense.columnCount
        result.values.withUnsafeMutableBufferPointer { output in
            dense.values.withUnsafeBufferPointer { input in
                columns.withUnsafeBufferPointer { columns in
                    values.withUnsafeBufferPointer { values in
                        let shared = UncheckedSendable((output, input, columns, values))
                        Parallel.forEachChunk(of: rowCount, size: 2048) { _, range in
                            let (output, input, columns, values) = shared.value
                            guard let out = output.baseAddress, let inp = input.baseAddress else { return }
                            for rowIndex in range {
                                let target = out + rowIndex * width
                                for entry in rowStarts[rowIndex]..<rowStarts[rowIndex + 1] {
                                    VectorMath.axpy(values[entry], inp + Int(columns[entry]) * width, target, count: width)
                                }
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// The dot product of row `index` with a dense vector of length `columnCount`.
    func dot(row index: Int, _ dense: UnsafePointer<Float>) -> Float {
        var sum: Float = 0
        for entry in row(index) { sum += values[entry] * dense[Int(columns[entry])] }
        return sum
    }

    /// The dot product of two rows (columns sorted, merged like a zipper).
    func dot(row a: Int, row b: Int) -> Float {
        var i = rowStarts[a], j = rowStarts[b]
        let endA = rowStarts[a + 1], endB = rowStarts[b + 1]
        var sum: Float = 0
        while i < endA && j < endB {
            let ci = columns[i], cj = columns[j]
            if ci == cj {
                sum += values[i] * values[j]
                i += 1
                j += 1
            } else if ci < cj {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }
}
