/// Describes a group of statements in the respondents' own words: a label, key terms, examples.
///
/// The label is the phrase (one to three words, not starting or ending with a stop word)
/// that the most members contain, counted by stems so inflections meet; it is written as
/// members wrote it most often, with a capital first letter. When no phrase is in at least
/// half the members, the label is the member most similar to the group's centre.
struct CategoryDescriber {
    let termCount: Int
    let exampleCount: Int
    /// Members read for the label; the best-fitting ones, so large groups stay cheap.
    let labelSampleLimit = 500

    struct Description {
        var label: String
        var terms: [String]
        var examples: [String]
    }

    /// Describes members given best-fitting first.
    ///
    /// - Parameters:
    ///   - texts: member statements, best-fitting first.
    ///   - termWeights: stem id and weight of the group's most distinctive stems.
    func describe(texts: [String], termWeights: [(stem: Int32, weight: Float)], extractor: TermExtractor) -> Description {
        let terms = termWeights.prefix(termCount).map { extractor.stems[Int($0.stem)] }
        var examples: [String] = []
        for text in texts where !examples.contains(text) {
            examples.append(text)
            if examples.count == exampleCount { break }
        }
        let label = phraseLabel(texts: Array(texts.prefix(labelSampleLimit)), extractor: extractor)
            ?? Self.statementLabel(texts.first ?? "")
        return Description(label: label, terms: terms, examples: examples)
    }

    private struct PhraseCount {
        var members = 0
        var firstSeen: Int
        var words: Int
        var writtenForms: [String: Int] = [:]
        var writtenOrder: [String] = []
    }

    func phraseLabel(texts: [String], extractor: TermExtractor) -> String? {
        guard texts.count >= 2 else { return nil }
        var counts: [[String]: PhraseCount] = [:]
        var order = 0
        for text in texts {
            let words = extractor.words(of: text)
            var seenInMember = Set<[String]>()
            for start in words.indices where words[start].stem != nil {
                for length in 1...3 where start + length <= words.count {
                    let span = words[start..<(start + length)]
                    guard let last = span.last, last.stem != nil else { continue }
                    // Stems for content words, the word itself for stop words inside the phrase.
                    let key = span.map { word in word.stem.map { "#\($0)" } ?? word.written.lowercased() }
                    let written = span.map(\.written).joined(separator: " ")
                    var count = counts[key] ?? PhraseCount(firstSeen: order, words: length)
                    order += 1
                    if seenInMember.insert(key).inserted { count.members += 1 }
                    if count.writtenForms[written] == nil { count.writtenOrder.append(written) }
                    count.writtenForms[written, default: 0] += 1
                    counts[key] = count
                }
            }
        }
        // Best: most members; then longer phrases (more specific); then the earliest seen.
        let best = counts.values.max { lhs, rhs in
            let left = Double(lhs.members) * (1 + 0.15 * Double(lhs.words - 1))
            let right = Double(rhs.members) * (1 + 0.15 * Double(rhs.words - 1))
            if left != right { return left < right }
            return lhs.firstSeen > rhs.firstSeen
        }
        guard let best, best.members >= 2, Double(best.members) >= 0.5 * Double(texts.count) else { return nil }
        let written = best.writtenOrder.max { lhs, rhs in
            let left = best.writtenForms[lhs] ?? 0, right = best.writtenForms[rhs] ?? 0
            if left != right { return left < right }
            return (best.writtenOrder.firstIndex(of: lhs) ?? 0) > (best.writtenOrder.firstIndex(of: rhs) ?? 0)
        } ?? ""
        return Self.capitalizingFirst(written)
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
