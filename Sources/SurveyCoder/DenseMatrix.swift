/// A dense matrix of `Float` in row-major order, one flat array.
struct DenseMatrix: Sendable, Equatable {
    var rowCount: Int
    var columnCount: Int
    var values: [Float]

    init(rowCount: Int, columnCount: Int) {
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.values = [Float](repeating: 0, count: rowCount * columnCount)
    }

    init(rowCount: Int, columnCount: Int, values: [Float]) {
        precondition(values.count == rowCount * columnCount)
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.values = values
    }

    subscript(row: Int, column: Int) -> Float {
        get { values[row * columnCount + column] }
        set { values[row * columnCount + column] = newValue }
    }

    /// A copy of the rows at `indices`, in that order.
    func rows(_ indices: [Int]) -> DenseMatrix {
        var result = DenseMatrix(rowCount: indices.count, columnCount: columnCount)
        for (position, index) in indices.enumerated() {
            let source = index * columnCount
            result.values.replaceSubrange(position * columnCount..<(position + 1) * columnCount,
                                          with: values[source..<(source + columnCount)])
        }
        return result
    }

    /// Scales every row to unit length (zero rows stay zero).
    mutating func normalizeRows() {
        let width = columnCount
        values.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let shared = UncheckedSendable(base)
            Parallel.forEachChunk(of: rowCount, size: 4096) { _, range in
                for row in range { VectorMath.normalize(shared.value + row * width, count: width) }
            }
        }
    }

    /// `selfᵀ × self` (a small `columnCount²` matrix), summed in `Float` within chunks of
    /// rows and in `Double` across them.
    func gram() -> [Double] {
        let width = columnCount
        let partials: [[Float]] = values.withUnsafeBufferPointer { buffer in
            let shared = UncheckedSendable(buffer)
            return Parallel.mapChunks(of: rowCount, size: 4096) { range in
                var sums = [Float](repeating: 0, count: width * width)
                sums.withUnsafeMutableBufferPointer { sumBuffer in
                    guard let sumBase = sumBuffer.baseAddress, let base = shared.value.baseAddress else { return }
                    for index in range {
                        let row = base + index * width
                        for i in 0..<width where row[i] != 0 {
                            // Upper triangle only: row i from column i on.
                            VectorMath.axpy(row[i], row + i, sumBase + i * width + i, count: width - i)
                        }
                    }
                }
                return sums
            }
        }
        var total = [Double](repeating: 0, count: width * width)
        for partial in partials {
            for index in 0..<total.count { total[index] += Double(partial[index]) }
        }
        for i in 0..<width {
            for j in 0..<i { total[i * width + j] = total[j * width + i] }
        }
        return total
    }

    /// `self × small`, where `small` is a `columnCount × width` double matrix.
    func multiplied(bySmall small: [Double], width: Int) -> DenseMatrix {
        let inner = columnCount
        var result = DenseMatrix(rowCount: rowCount, columnCount: width)
        let smallFloat = small.map { Float($0) }
        result.values.withUnsafeMutableBufferPointer { output in
            values.withUnsafeBufferPointer { input in
                smallFloat.withUnsafeBufferPointer { factor in
                    let shared = UncheckedSendable((output, input, factor))
                    Parallel.forEachChunk(of: rowCount, size: 4096) { _, range in
                        let (output, input, factor) = shared.value
                        guard let out = output.baseAddress, let inp = input.baseAddress, let fac = factor.baseAddress else { return }
                        for row in range {
                            for k in 0..<inner {
                                let value = inp[row * inner + k]
                                if value != 0 { VectorMath.axpy(value, fac + k * width, out + row * width, count: width) }
                            }
                        }
                    }
                }
            }
        }
        return result
    }
}
