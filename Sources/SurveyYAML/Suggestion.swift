/// "Did you mean …?" suggestions for misspelt keys, kinds and ids.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance (adjacent swaps count once),
    /// if it is close enough to be a plausible typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        Matcher(candidates).closest(to: word)
    }

    /// How every message suggests a correction: "; menade du 'title'?".
    public static func didYouMean(_ candidate: String) -> String {
        "; menade du \(quoted: candidate)?"
    }

    /// The suggestion for `word` among `candidates` (see `didYouMean`), or "" when none is close.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map(didYouMean) ?? ""
    }

    /// Candidates prepared once, for suggesting against many words: a mapping with 40,000
    /// misspelt keys asks 40,000 times.
    ///
    /// Candidates whose length differs from the word's by more than the limit cannot be close,
    /// so they cost nothing: a word of megabytes is compared with nothing. A comparison stops
    /// as soon as it cannot come within the limit.
    public struct Matcher: Sendable {
        private let candidates: [(text: String, characters: [Character])]

        public init(_ candidates: some Sequence<String>) {
            self.candidates = candidates.map { ($0, Array($0.lowercased())) }
        }

        public func closest(to word: String) -> String? {
            // Lower-casing keeps the number of characters, so the length test comes first and cheap.
            let count = word.count
            guard candidates.contains(where: { abs($0.characters.count - count) <= 3 }) else { return nil }
            let target = Array(word.lowercased())
            let limit = max(1, min(3, (target.count + 1) / 3))
            var best: (candidate: String, distance: Int)?
            for candidate in candidates where abs(candidate.characters.count - target.count) <= limit {
                let distance = editDistance(target, candidate.characters, limit: limit)
                if distance <= limit, distance < (best?.distance ?? Int.max) {
                    best = (candidate.text, distance)
                }
            }
            return best?.candidate
        }
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        editDistance(a, b, limit: Int.max)
    }

    /// The distance, or some value above `limit` as soon as the distance is sure to exceed it.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            // A transposition reaches two rows back, so both rows must be past the limit.
            if rowMinimum > limit, i > 1, previous.min() ?? 0 > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
