import Dispatch

/// Runs work over the two (or more) cores with results that never depend on scheduling.
///
/// Work is cut into chunks whose boundaries depend only on the input size, each chunk writes
/// its own output, and partial results are combined in chunk order afterwards.
enum Parallel {
    /// The chunks of `0..<count`, each at most `chunkSize` long (the last may be shorter).
    static func chunks(of count: Int, size chunkSize: Int) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let size = max(1, chunkSize)
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    /// Calls `body` for every chunk, concurrently; each call gets its chunk index and range.
    static func forEachChunk(of count: Int, size chunkSize: Int, _ body: (Int, Range<Int>) -> Void) {
        let ranges = chunks(of: count, size: chunkSize)
        if ranges.count <= 1 {
            for (index, range) in ranges.enumerated() { body(index, range) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
                shared.value(index, ranges[index])
            }
        }
    }

    /// `transform` of every chunk, concurrently, returned in chunk order.
    static func mapChunks<T>(of count: Int, size chunkSize: Int, _ transform: (Range<Int>) -> T) -> [T] {
        let ranges = chunks(of: count, size: chunkSize)
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: ranges.count)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        let output = UncheckedSendable(results)
        forEachChunk(of: count, size: chunkSize) { index, range in
            output.value[index] = transform(range)
        }
        return results.compactMap { $0 }
    }

    /// `transform` of every index in `0..<count`, concurrently, in index order.
    static func map<T>(_ count: Int, _ transform: (Int) -> T) -> [T] {
        mapChunks(of: count, size: 1) { range in transform(range.lowerBound) }
    }
}

/// Carries a value into concurrent work whose writes the caller keeps disjoint.
struct UncheckedSendable<Value>: @unchecked Sendable {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }
}
