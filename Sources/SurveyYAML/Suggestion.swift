/// "Did you mean …?" suggestions for misspelt keys, kinds and ids.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance (adjacent swaps count once),
    /// if it is close enough to be a plausible typo.
    ///
    /// Candidates whose length differs from the word's by more than the limit cannot be close,
    /// so they cost nothing: a word of megabytes is compared with nothing.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased())
        let limit = max(1, min(3, (target.count + 1) / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            // Lower-casing keeps the number of characters, so the length test comes first and cheap.
            guard abs(candidate.count - target.count) <= limit else { continue }
            let other = Array(candidate.lowercased())
            let distance = editDistance(target, other)
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
