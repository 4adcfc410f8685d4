public import Foundation
import Synchronization

/// Counts failed link look-ups per client address and turns a client away once it has made
/// too many in a window: guessing links is slow, and a wrong link still looks like a missing page.
public final class AttemptLimiter: Sendable {
    public let limit: Int
    public let window: Double
    private let state = Mutex<[String: [Double]]>([:])
    private let clock: @Sendable () -> Double

    /// `limit` failures per `window` seconds per address.
    public init(limit: Int = 20, window: Double = 600, clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }) {
        self.limit = limit
        self.window = window
        self.clock = clock
    }

    /// Whether `address` has used up its failures; the seconds until it may try again.
    public func blocked(_ address: String) -> Int? {
        let now = clock()
        return state.withLock { failures in
            let recent = (failures[address] ?? []).filter { now - $0 < window }
            failures[address] = recent.isEmpty ? nil : recent
            guard recent.count >= limit, let oldest = recent.first else { return nil }
            return max(1, Int((window - (now - oldest)).rounded(.up)))
        }
    }

    /// Notes a failed look-up by `address`.
    public func fail(_ address: String) {
        let now = clock()
        state.withLock { failures in
            var recent = (failures[address] ?? []).filter { now - $0 < window }
            recent.append(now)
            if recent.count > limit { recent.removeFirst(recent.count - limit) }
            failures[address] = recent
            // Addresses that stopped failing long ago are forgotten, so the table stays small.
            if failures.count > 10_000 {
                failures = failures.filter { $0.value.last.map { now - $0 < window } ?? false }
            }
        }
    }
}
