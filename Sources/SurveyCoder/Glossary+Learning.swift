extension Glossary {
    /// Variants staff wrote among a category's key terms, learned as glossary entries.
    ///
    /// A codebook category lists the words its statements use (`terms`), and staff often list
    /// the other ways answers write its key word there: "ML" and "mattelyft" beside
    /// "matematiklyft" in the category "Matematiklyftet". Two patterns are taken, both between
    /// words of one category (its terms and its label), so unrelated words never meet:
    /// - an abbreviation in capitals whose letters begin the words, or the parts of a compound
    ///   word, of a run of words in the label or a longer term ("ML": Matematik-lyftet, where
    ///   "lyft" is also a term; "NP": nationella prov in "Resultat på nationella prov"; "SKA":
    ///   systematiska kvalitets-arbetet);
    /// - a clipped form: two words of six letters or more that end alike (at least four
    ///   letters) and begin alike (at least three) but differ between ("mattelyft",
    ///   "matematiklyft").
    /// The term is written as the label writes it when the label holds it, else as the longer
    /// form. Entries are in codebook and category order, so learning is deterministic.
    public static func learned(from codebooks: [Codebook]) -> Glossary {
        var entries: [Entry] = []
        var seen = Set<String>()
        for codebook in codebooks {
            for category in codebook.categories {
                let labelWords = Tokenizer(language: .swedish).writtenTokens(in: category.label)
                let longForms: [(text: String, words: [String])] = [(category.label, labelWords)]
                    + category.terms.filter { !isAbbreviation($0) }.map { ($0, Tokenizer(language: .swedish).writtenTokens(in: $0)) }
                let singleWords = Set((labelWords + category.terms.filter { !isAbbreviation($0) && !$0.contains(" ") })
                    .map(Tokenizer.normalize).filter { $0.unicodeScalars.count >= 4 })
                var found: [(variant: String, term: String)] = []
                for term in category.terms where isAbbreviation(term) && (2...5).contains(term.count) {
                    // The words it stands for: a run of words of the label or of a longer term.
                    let spans = longForms.lazy.flatMap { form in
                        form.words.indices.flatMap { start in
                            (start..<min(form.words.count, start + term.count)).map { end in Array(form.words[start...end]) }
                        }
                    }
                    guard let span = spans.first(where: { abbreviates(term, $0, knownWords: singleWords) }) else { continue }
                    found.append((term, termText(span, label: labelWords)))
                }
                let words = category.terms.filter { !isAbbreviation($0) && !$0.contains(" ") }.map(Tokenizer.normalize)
                    + labelWords.map(Tokenizer.normalize)
                for (index, word) in words.enumerated() {
                    for other in words[(index + 1)...] where isClipping(word, other) {
                        let (short, long) = word.count <= other.count ? (word, other) : (other, word)
                        let written = labelWords.first { Tokenizer.normalize($0).hasPrefix(long) } ?? long
                        found.append((short, written))
                    }
                }
                for (variant, term) in found {
                    let key = matchKey(variant)
                    guard key != matchKey(term), seen.insert(key).inserted else { continue }
                    if let existing = entries.firstIndex(where: { $0.term == term }) {
                        entries[existing].variants.append(variant)
                    } else {
                        entries.append(Entry(term: term, variants: [variant], learnedFrom: "\(codebook.question)/\(category.id)"))
                    }
                }
            }
        }
        return Glossary(entries: entries)
    }

    /// The long form as a term: the label's word when the label holds it, else the words as given.
    private static func termText(_ words: [String], label: [String]) -> String {
        if words.count == 1, let labelWord = label.first(where: { Tokenizer.normalize($0).hasPrefix(Tokenizer.normalize(words[0])) }) {
            return labelWord
        }
        return words.joined(separator: " ")
    }

    /// True when the letters of `abbreviation` begin, in order, the words of `words` or the
    /// parts of their compounds: a part begins after a linking "s" or where the rest of the
    /// word is a known word ("lyft" in "matematiklyftet").
    static func abbreviates(_ abbreviation: String, _ words: [String], knownWords: Set<String>) -> Bool {
        let letters = Array(Tokenizer.normalize(abbreviation).unicodeScalars)
        guard letters.count >= 2 else { return false }
        // Every place a part can begin, in reading order.
        var starts: [(word: Int, letter: Unicode.Scalar)] = []
        for (index, word) in words.enumerated() {
            let scalars = Array(Tokenizer.normalize(word).unicodeScalars)
            guard let first = scalars.first else { continue }
            starts.append((index, first))
            for position in 1..<max(1, scalars.count) where scalars.count - position >= 4 {
                let rest = String(String.UnicodeScalarView(scalars[position...]))
                let afterLink = scalars[position - 1] == "s" && position >= 4
                if afterLink || knownWords.contains(where: { rest.hasPrefix($0) && $0.unicodeScalars.count >= 4 }) {
                    starts.append((index, scalars[position]))
                }
            }
        }
        // Match the letters to part starts in order; the first letter must start the first word.
        guard let firstStart = starts.first, firstStart.letter == letters[0] else { return false }
        var position = 1
        for letter in letters.dropFirst() {
            guard let next = starts[position...].firstIndex(where: { $0.letter == letter }) else { return false }
            position = next + 1
        }
        // Every word must contribute (an abbreviation of two words does not skip a third).
        let used = Set(starts.prefix(position).map(\.word))
        return used.count == words.count || (words.count == 1 && letters.count >= 2)
    }

    /// True for two forms of one compound that differ in their first part ("mattelyft", "matematiklyft").
    static func isClipping(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard x.count >= 6, y.count >= 6, a != b, !a.hasPrefix(b), !b.hasPrefix(a) else { return false }
        let tail = zip(x.reversed(), y.reversed()).prefix { $0.0 == $0.1 }.count
        let head = zip(x, y).prefix { $0.0 == $0.1 }.count
        return tail >= 4 && head >= 3 && head + tail < min(x.count, y.count)
    }
}
