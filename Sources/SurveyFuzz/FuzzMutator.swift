/// Changes inputs the way fuzzers do, for the mutation loop that runs without libFuzzer.
///
/// Bit flips, random bytes, deletions, duplications, splices with another input, and tokens of
/// the languages involved (YAML, conditions, answers, commands), some repeated many times to
/// build deep nesting and long values.
public struct FuzzMutator {
    public static let maximumLength = 65_536

    static let tokens: [String] = [
        ":", ": ", "- ", "{", "}", "[", "]", ",", "&a ", "*a", "!!str ", "!!int ", "|", ">-", "\"", "'", "\n", "  ", "\t", "#", "---\n", "? ",
        "when: ", " and ", " or ", "not ", "(", ")", "answered(", "==", "!=", ">=", " contains ", " in [", "'vt 2013'",
        "kind: ", "count-grid", "check-grid", "multiple-choice", "scale", "term-or-date", "max-length: ", "points: ", "repeat: ", "over: ",
        "answer: ", "other: ", "total: ", "empty: confirmed", "not-applicable: true", "prefilled: true", "at: 2014-01-10T09:00:00+01:00",
        "9223372036854775807", "2147483647", "-1", "1e309", "0x10", "1 200", "10,5", "nan", "~", "null", "true",
        ":back", ":goto ", ":skip", ":quit", ":edit", ":review", ":help", ".", "ja", "nej", "Annat: ", "ht13", "15/9 2013",
        "\u{1B}[31m", "\u{202E}", "\u{0}", "å", "Å", "\u{0061}\u{030A}", "\u{FEFF}",
        // A combining mark, which makes one Swift character of the quote, comma or slash before it.
        "\u{301}", "\"\u{301}", ",\u{301}", ";", "\r\n",
    ]

    private var state: UInt64

    public init(seed: UInt64) {
        state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed
    }

    /// xorshift64*: fast, and the same run for the same seed.
    public mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 2_685_821_657_736_338_717
    }

    public mutating func below(_ bound: Int) -> Int {
        bound <= 1 ? 0 : Int(next() % UInt64(bound))
    }

    /// One to eight changes to `input`, drawing splices from `corpus`.
    public mutating func mutate(_ input: [UInt8], corpus: [[UInt8]]) -> [UInt8] {
        var data = input
        for _ in 0...below(8) {
            data = mutateOnce(data, corpus: corpus)
        }
        if data.count > Self.maximumLength { data.removeSubrange(Self.maximumLength...) }
        return data
    }

    private mutating func mutateOnce(_ input: [UInt8], corpus: [[UInt8]]) -> [UInt8] {
        var data = input
        let position = below(data.count + 1)
        switch below(9) {
        case 0 where !data.isEmpty:
            data[below(data.count)] ^= UInt8(1) << UInt8(below(8))
        case 1 where !data.isEmpty:
            data[below(data.count)] = UInt8(truncatingIfNeeded: next())
        case 2:
            data.insert(UInt8(truncatingIfNeeded: next()), at: position)
        case 3 where !data.isEmpty:
            let start = below(data.count)
            let end = min(data.count, start + 1 + below(16))
            data.removeSubrange(start..<end)
        case 4 where !data.isEmpty:
            let start = below(data.count)
            let end = min(data.count, start + 1 + below(64))
            data.insert(contentsOf: data[start..<end], at: position)
        case 5:
            data.insert(contentsOf: Array(Self.tokens[below(Self.tokens.count)].utf8), at: position)
        case 6:
            // A token many times over: deep nesting, long values, many keys.
            let token = Array(Self.tokens[below(Self.tokens.count)].utf8)
            let times = 1 + below(2_000)
            var repeated: [UInt8] = []
            repeated.reserveCapacity(token.count * times)
            for _ in 0..<times { repeated += token }
            data.insert(contentsOf: repeated, at: position)
        case 7 where !corpus.isEmpty:
            let other = corpus[below(corpus.count)]
            guard !other.isEmpty else { break }
            let start = below(other.count)
            let end = min(other.count, start + 1 + below(256))
            data.insert(contentsOf: other[start..<end], at: position)
        default:
            // A whole line duplicated or dropped: keeps the structure plausible.
            let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            guard lines.count > 1 else { break }
            var changed = Array(lines)
            let index = below(changed.count)
            if next() & 1 == 0 { changed.insert(changed[index], at: index) } else { changed.remove(at: index) }
            data = Array(changed.joined(separator: [UInt8(ascii: "\n")]))
        }
        return data
    }
}
