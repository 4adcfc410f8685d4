/// Describes a group of statements in the respondents' own words: a label, key terms, examples.
///
/// The label is a phrase (one to three consecutive words, not starting or ending with a
/// stop word) that many members contain and few other statements do: its score is the share
/// of members containing it less the share of other statements containing it. Words match
/// when their stems share at least three quarters of the longer stem from the start, so
/// "kvalitetsarbetet" meets "kvalitetsarbete" and inflections meet. Of the phrases scoring at
/// least three quarters of the best, the longest is taken (the most specific); it is written
/// as members wrote it most often, with a capital first letter. When no phrase is in at
/// least 40 % of the members, the label is the member most similar to the group's centre.
struct CategoryDescriber {
    let termCount: Int
    let exampleCount: Int
    /// Members (and other statements) read for the label; the best-fitting ones, so large groups stay cheap.
    let labelSampleLimit = 400
    /// Phrases scored fuzzily, the most frequent exact ones.
    let candidateLimit = 40

    struct Description {
        var label: String
        var terms: [String]
        var examples: [String]
    }

    /// A word as written and its stem (nil for a stop word).
    typealias Word = (written: String, stem: String?)

    /// Describes members given best-fitting first.
    ///
    /// - Parameters:
    ///   - texts: member statements, best-fitting first.
    ///   - others: a sample of statements outside the group.
    ///   - termWeights: stem id and weight of the group's most distinctive stems.
    func describe(texts: [String], others: [String], termWeights: [(stem: Int32, weight: Float)], extractor: TermExtractor) -> Description {
        let terms = termWeights.prefix(termCount).map { extractor.stems[Int($0.stem)] }
        var examples: [String] = []
        for text in texts where !examples.contains(text) {
            examples.append(text)
            if examples.count == exampleCount { break }
        }
        let label = phraseLabel(members: Array(texts.prefix(labelSampleLimit)), others: Array(others.prefix(labelSampleLimit)), extractor: extractor)
            ?? Self.statementLabel(texts.first ?? "")
        return Description(label: label, terms: terms, examples: examples)
    }

    static func words(_ text: String, extractor: TermExtractor) -> [Word] {
        extractor.words(of: text).map { word in (word.written, word.stem.map { extractor.stems[Int($0)] }) }
    }

    func phraseLabel(members: [String], others: [String], extractor: TermExtractor) -> String? {
        guard members.count >= 2 else { return nil }
        let memberWords = members.map { Self.words($0, extractor: extractor) }
        let otherWords = others.map { Self.words($0, extractor: extractor) }
        // Exact phrases (by stems, stop words as written) and how many members hold each.
        var exactCounts: [[String]: (members: Int, firstSeen: Int)] = [:]
        var candidates: [[Word]] = []
        for words in memberWords {
            var seen = Set<[String]>()
            for start in words.indices where words[start].stem != nil {
                for length in 1...3 where start + length <= words.count && words[start + length - 1].stem != nil {
                    let phrase = Array(words[start..<(start + length)])
                    let key = Self.key(phrase)
                    guard seen.insert(key).inserted else { continue }
                    if let count = exactCounts[key] {
                        exactCounts[key] = (count.members + 1, count.firstSeen)
                    } else {
                        exactCounts[key] = (1, candidates.count)
                        candidates.append(phrase)
                    }
                }
            }
        }
        let shortlist = candidates.enumerated()
            .sorted { lhs, rhs in
                let left = exactCounts[Self.key(lhs.element)]?.members ?? 0, right = exactCounts[Self.key(rhs.element)]?.members ?? 0
                return left != right ? left > right : lhs.offset < rhs.offset
            }
            .prefix(candidateLimit)
            .map(\.element)
        var scored: [(phrase: [Word], score: Double, coverage: Double, order: Int)] = []
        for (order, phrase) in shortlist.enumerated() {
            let inside = memberWords.filter { Self.contains($0, phrase) }.count
            let outside = otherWords.filter { Self.contains($0, phrase) }.count
            let coverage = Double(inside) / Double(memberWords.count)
            let elsewhere = otherWords.isEmpty ? 0 : Double(outside) / Double(otherWords.count)
            scored.append((phrase, coverage - elsewhere, coverage, order))
        }
        guard let best = scored.filter({ $0.coverage >= 0.4 && inside($0.coverage, memberWords.count) })
            .max(by: { $0.score != $1.score ? $0.score < $1.score : $0.order > $1.order }), best.score > 0 else { return nil }
        let chosen = scored.filter { $0.coverage >= 0.4 && $0.score >= 0.75 * best.score }
            .max { lhs, rhs in
                if lhs.phrase.count != rhs.phrase.count { return lhs.phrase.count < rhs.phrase.count }
                if lhs.score != rhs.score { return lhs.score < rhs.score }
                return lhs.order > rhs.order
            } ?? best
        return Self.capitalizingFirst(Self.commonestWriting(of: chosen.phrase, in: memberWords))
    }

    /// At least two members.
    private func inside(_ coverage: Double, _ count: Int) -> Bool { coverage * Double(count) >= 1.5 }

    static func key(_ phrase: [Word]) -> [String] {
        phrase.map { word in word.stem.map { "#" + $0 } ?? word.written.lowercased() }
    }

    /// Stems match when they share three quarters of the longer one from the start (at least 4 letters).
    static func stemsMatch(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let common = zip(a.unicodeScalars, b.unicodeScalars).prefix { $0.0 == $0.1 }.count
        let longer = max(a.unicodeScalars.count, b.unicodeScalars.count)
        return common >= 4 && Double(common) >= 0.75 * Double(longer)
    }

    static func wordsMatch(_ word: Word, _ pattern: Word) -> Bool {
        switch (word.stem, pattern.stem) {
        case let (stem?, patternStem?): stemsMatch(stem, patternStem)
        case (nil, nil): word.written.lowercased() == pattern.written.lowercased()
        default: false
        }
    }

    /// The positions where `phrase` occurs in `words`.
    static func occurrences(of phrase: [Word], in words: [Word]) -> [Int] {
        guard phrase.count <= words.count else { return [] }
        return (0...(words.count - phrase.count)).filter { start in
            phrase.indices.allSatisfy { wordsMatch(words[start + $0], phrase[$0]) }
        }
    }

    static func contains(_ words: [Word], _ phrase: [Word]) -> Bool {
        !occurrences(of: phrase, in: words).isEmpty
    }

    /// The way members wrote the phrase most often (case aside), the first on ties.
    static func commonestWriting(of phrase: [Word], in memberWords: [[Word]]) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        var written: [String: String] = [:]
        for words in memberWords {
            for start in occurrences(of: phrase, in: words) {
                let text = words[start..<(start + phrase.count)].map(\.written).joined(separator: " ")
                let key = text.lowercased()
                if counts[key] == nil {
                    order.append(key)
                    written[key] = text
                }
                counts[key, default: 0] += 1
            }
        }
        let best = order.max { (counts[$0] ?? 0) != (counts[$1] ?? 0) ? (counts[$0] ?? 0) < (counts[$1] ?? 0) : (order.firstIndex(of: $0) ?? 0) > (order.firstIndex(of: $1) ?? 0) }
        return best.flatMap { written[$0] } ?? phrase.map(\.written).joined(separator: " ")
    }

    /// A statement as a label: without final punctuation, at most 80 characters (cut at a word).
    static func statementLabel(_ text: String) -> String {
        var label = text.trimmingWhiteSpace()
        while let last = label.last, ".!?;:,".contains(last) { label.removeLast() }
        if label.count > 80 {
            let cut = label.prefix(80)
            if let space = cut.lastIndex(of: " ") {
                label = String(cut[..<space]) + " …"
            } else {
                label = String(cut) + "…"
            }
        }
        return capitalizingFirst(label)
    }

    static func capitalizingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
