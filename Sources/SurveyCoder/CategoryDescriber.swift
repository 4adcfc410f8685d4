import SurveyYAML

/// Describes a group of statements in the respondents' own words: a label, key terms, examples.
///
/// **Key terms** are the group's stems ranked by class-based TF-IDF (the c-TF-IDF of BERTopic):
/// the share of the group's statements that use the stem, times log(1 + A / the number of all
/// statements that use it), where A is the average size of a category. A stem counts only when
/// the words it comes from are content words (not verbs, adverbs or function words, see
/// `WordClasses`) and two statements or more use it.
///
/// **The label** is a phrase of one to six words that members wrote, built around the key
/// terms: it holds at least one of them, begins with a word that is not a function word and
/// ends with a content word (not an adjective that needs its noun, "kritiska"), so it is never
/// a lone verb, adverb or function word ("Startade", "Se"). It is something a member wrote in
/// one go: it does not run across punctuation that parts phrases ("individ, grupp och enhet"
/// makes no "Individ grupp"), the first part of a suspended compound ("individ-") is read
/// like a function word, and it does not open with a lead-in "att" joins to what is said
/// ("Tydligt är att …").
/// A phrase scores the share of members that contain it (words match by stem, so
/// inflections meet) times the summed weight of the key terms in it (terms the same members
/// write weigh once, but for the phrase's heaviest); of the phrases within
/// three quarters of the best score the longest is taken, the most specific one ("Rektorerna
/// informerar lärarna" over "Rektorerna"). It is written as members wrote it most often, with a
/// capital first letter and with glossary variants as their term ("ML" as "Matematiklyftet").
/// Labels of one question differ: a phrase another category already has is passed over. A
/// phrase of the question's words alone ("Rektorerna" under "Hur har rektorer och lärare
/// involverats …") is passed over where members say more; a verb keeps its particle
/// ("Resultaten ska följas upp"); a noun alone takes the adjective key term members often put
/// before it ("Behöriga lärare"), or else what most of them say of it ("Kontakterna har
/// fördjupats").
/// When members share no such word, the label is the most typical member's opening words
/// (at most six and up to the first such punctuation, ending on a content word, "…" marking the cut).
struct CategoryDescriber {
    let termCount: Int
    let exampleCount: Int
    let wordClasses: WordClasses
    /// The statements' stem families: a word's stem is read as its family's, as the ranked
    /// stems are ("matematiklyftet" as "matematiklyft").
    var families = StemFamilies(stems: [], occurring: [])
    /// Members read for the key terms and the label, so large groups stay cheap (`sample`).
    let labelSampleLimit = 400
    /// Phrases scored, the most frequent exact ones.
    let candidateLimit = 60
    /// Key terms a label phrase may be built around.
    let anchorCount = 6
    /// Longest label, in words.
    let maximumLabelWords = 6
    /// Key terms weighing at least this share of the top one add to a phrase's score.
    static let labelTermShare: Float = 0.5
    /// Key terms of a phrase whose members overlap this much (Jaccard) weigh once in its score.
    static let samePhrasingShare = 0.9
    /// An adjective label takes the noun members put after it when this share of them do.
    static let nounShare = 0.2
    /// A noun label takes what members say of it when this share of them say the same: one
    /// phrasing of a theme written many ways is no label of the theme ("Förstelärarna har fått
    /// ansvar för satsningen", said by 6 of 30 members who all write "förstelärarna").
    static let predicateShare = 0.5

    struct Description {
        var label: String
        var terms: [String]
        var examples: [String]
    }

    /// A word as written, its stem (nil for a stop word), whether it is a content word,
    /// whether a label can end with it and whether punctuation follows it that no label phrase
    /// runs across ("individ, grupp och enhet").
    struct Word {
        var written: String
        var stem: String?
        var isContent: Bool
        var canEnd: Bool
        var endsPhrase = false
        /// The first part of a suspended compound ("barn-" of "barn- och utbildningsnämnden"):
        /// no word of its own, but a phrase may begin with it.
        var isSuspendedPart = false
        /// A quantifier before the word it counts ("alla elever", "andra kommuner"): a phrase may
        /// begin with it.
        var opensPhrase = false
        /// A stop word's Snowball stem, so that forms of one stop word meet in phrases
        /// ("andra kommuners erfarenheter", "andra kommunernas erfarenheter").
        var stopStem: String? = nil
        /// A word that denies its clause ("inte", "inga"; `WordClasses.isNegation`).
        var isNegation = false
    }

    /// Describes members given best-fitting first.
    ///
    /// - Parameters:
    ///   - texts: member statements, best-fitting first.
    ///   - rankedStems: the group's stems by class-based TF-IDF, best first, with their weights.
    ///   - usedLabels: labels other categories of the question already have (lower case).
    ///   - subjectStems: the stems of the question's own words (see `CodingRun`): a label of
    ///     those alone says nothing its table's title does not.
    func describe(texts: [String], rankedStems: [(stem: String, weight: Float)], extractor: TermExtractor,
                  usedLabels: Set<String> = [], subjectStems: Set<String> = []) -> Description {
        var examples: [String] = []
        for text in texts where !examples.contains(text) {
            examples.append(text)
            if examples.count == exampleCount { break }
        }
        var memberWords = sample(texts).map { words($0, extractor: extractor) }
        if wordClasses.language == .swedish { Self.markGenitives(&memberWords) }
        let keyStems = contentStems(rankedStems, in: memberWords)
        let terms = Array(keyStems.prefix(termCount).map(\.stem))
        let label = phraseLabel(memberWords: memberWords, keyStems: Array(keyStems.prefix(anchorCount)), usedLabels: usedLabels,
                                subjectStems: subjectStems)
            ?? wordLabel(memberWords: memberWords, keyStems: keyStems, usedLabels: usedLabels)
            ?? openingLabel(memberWords.first ?? [])
            ?? Self.statementLabel(texts.first ?? "")
        return Description(label: label, terms: terms, examples: examples)
    }

    func words(_ text: String, extractor: TermExtractor) -> [Word] {
        var words = extractor.words(of: text).map { word in
            let stem = word.stem.map { extractor.stems[Int(families.representative(of: $0))] }
            let lowered = word.written.lowercased()
            // The first part of a suspended compound ("individ-" of "individ-, grupp- och
            // skolnivå") is half a word: written with its hyphen, read like a function word, so a
            // label is neither built on it nor ends with it ("Individ grupp", "Individ").
            if let suspension = word.suspension {
                return Word(written: word.written + suspension, stem: nil, isContent: false, canEnd: false,
                            endsPhrase: word.endsPhrase, isSuspendedPart: true)
            }
            return Word(written: word.written, stem: stem, isContent: stem != nil && wordClasses.isContent(lowered),
                        canEnd: stem != nil && wordClasses.canEndLabel(lowered), endsPhrase: word.endsPhrase,
                        stopStem: stem == nil ? extractor.stem(lowered) : nil, isNegation: wordClasses.isNegation(lowered))
        }
        // A negation is said with what it denies: a label does not stop right before it
        // ("Läroboken styr" of "Läroboken styr inte längre"). It may end with the negation, or
        // an adverb right after it ("inte längre"), where no verb, noun or "att" clause follows
        // ("Det går inte [att skynda på]").
        func closesTheClause(_ index: Int) -> Bool {
            index + 1 == words.count || words[index].endsPhrase
                || words[index + 1].stem == nil && !Self.clauseOpeners.contains(words[index + 1].written.lowercased())
        }
        for index in words.indices where words[index].isNegation {
            if index > 0, !words[index - 1].endsPhrase { words[index - 1].canEnd = false }
            words[index].canEnd = closesTheClause(index)
            if !words[index].endsPhrase, index + 1 < words.count, wordClasses.classify(words[index + 1].written.lowercased()) == .adverb {
                words[index + 1].canEnd = closesTheClause(index + 1)
            }
        }
        for index in words.indices.dropLast() where words[index].stem == nil && !words[index].isSuspendedPart
            && (words[index + 1].isContent || words[index + 1].stopStem != nil) && !words[index + 1].isSuspendedPart
            && !words[index].endsPhrase && wordClasses.opensLabel(words[index].written.lowercased()) {
            words[index].opensPhrase = true
        }
        // So may a negation, before the word it denies ("Inte nöja sig med siffror").
        for index in words.indices.dropLast() where words[index].isNegation && words[index].stem == nil
            && !words[index].endsPhrase && words[index + 1].stem != nil {
            words[index].opensPhrase = true
        }
        // A word ending in "-a" right after the infinitive marker "att" (or "att" and a negation,
        // "att inte nöja sig") is a verb the verb list lacks ("att skynda på", "att jämföra oss
        // med andra"): not a label alone, nor a key term. Not before a content word, where "att"
        // may be the conjunction and the word an adjective ("att stora skillnader finns"), nor a
        // definite plural ("att lärarna …").
        func followsInfinitiveMarker(_ index: Int) -> Bool {
            var marker = index - 1
            if marker > 0, words[marker].isNegation, !words[marker - 1].endsPhrase { marker -= 1 }
            return words[marker].written.lowercased() == "att"
        }
        if wordClasses.language == .swedish {
            for index in words.indices.dropFirst() where words[index].isContent && !words[index - 1].endsPhrase
                && followsInfinitiveMarker(index)
                && (words[index].endsPhrase || index + 1 == words.count || !words[index + 1].isContent)
                && Self.looksInfinitive(words[index].written.lowercased()) {
                words[index].isContent = false
                words[index].canEnd = false
            }
        }
        // A verb's particle is said with it ("Resultaten ska följas upp"): a label may end with
        // the particle, and not on the verb without it. So is a preposition with nothing after
        // it in its phrase ("Killarna halkar efter", "… som satsningen ingår i"): it is the verb's.
        func isParticle(_ index: Int) -> Bool {
            let lowered = words[index].written.lowercased()
            return wordClasses.isParticle(lowered) || wordClasses.language == .swedish && Self.attributeOpeners.contains(lowered)
                && (index + 1 == words.count || words[index].endsPhrase)
        }
        for index in words.indices.dropFirst() where words[index].stem == nil && words[index - 1].stem != nil
            && !words[index - 1].endsPhrase && isParticle(index) {
            words[index].canEnd = true
            words[index - 1].canEnd = false
        }
        // An adjective right before a content word stands before its noun there ("av behörig
        // lärare"): a label ending with it would be unfinished ("Elever undervisas av behörig").
        for index in words.indices.dropLast() where words[index].canEnd && words[index + 1].isContent
            && wordClasses.looksAdjectival(words[index].written.lowercased()) {
            words[index].canEnd = false
        }
        // A word with a number after it is said with the number ("i årskurs 9", "åk 6"): a label
        // ending with the word would drop it ("Resultat på nationella prov i årskurs"). The
        // number may end the label instead, where members write the same one ("Årskurs 9").
        for index in words.indices.dropLast()
        where words[index].canEnd && !words[index].endsPhrase && Tokenizer.isNumber(words[index + 1].written) {
            words[index].canEnd = false
            words[index + 1].canEnd = !Self.continuesWithNumber(words, after: index + 1)
        }
        return words
    }

    /// Whether a Swedish phrase opens with a lead-in that the conjunction "att" joins to what
    /// the member says ("Tydligt är att matematikutvecklaren stöttar skolorna", "Vi ser att …"):
    /// no key term comes before an "att" that a noun or a pronoun follows, not a verb ("Viktigt
    /// att ha tid" is one clause). (After an adjective that is a key term the clause belongs to
    /// it: "Givande att höra …".)
    func opensWithLeadIn(_ phrase: [Word], isKey: (Word) -> Bool) -> Bool {
        guard let conjunction = phrase.indices.dropLast().first(where: { index in
            let next = phrase[index + 1]
            return phrase[index].written.lowercased() == "att"
                && (next.isContent || next.stem == nil && !wordClasses.verbs.contains(next.written.lowercased()))
        }) else { return false }
        return !phrase[..<conjunction].contains(where: isKey)
    }

    /// Whether a Swedish word has an infinitive's ending: "-a", but not a definite plural's
    /// ("lärarna", "skolorna").
    static func looksInfinitive(_ word: String) -> Bool {
        word.hasSuffix("a") && !["arna", "erna", "orna", "urna"].contains(where: word.hasSuffix)
    }

    /// A Swedish genitive before a content word stands before its noun there ("Skolans
    /// hemsida"): a label ending with it would be unfinished ("Skolans"). A word is taken for a
    /// genitive when it ends in "s" and the members also write it without ("skolan",
    /// "lärarna"); the endings alone cannot tell ("kompetens", "konferens"), except the
    /// definite plural's ("elevernas", "lärarnas", "skolornas").
    static func markGenitives(_ memberWords: inout [[Word]]) {
        let written = Set(memberWords.joined().map { $0.written.lowercased() })
        for member in memberWords.indices {
            for index in memberWords[member].indices.dropLast()
            where memberWords[member][index].canEnd && memberWords[member][index + 1].isContent {
                let word = memberWords[member][index].written.lowercased()
                guard Self.isDefinitePluralGenitive(word) || word.count >= 5 && word.hasSuffix("s") && !word.hasSuffix("ss") && written.contains(String(word.dropLast()))
                else { continue }
                memberWords[member][index].canEnd = false
            }
        }
    }

    /// The ranked stems whose words are mostly content words among the members.
    func contentStems(_ ranked: [(stem: String, weight: Float)], in memberWords: [[Word]]) -> [(stem: String, weight: Float)] {
        var content: [String: Int] = [:]
        var other: [String: Int] = [:]
        var written: [String: Int] = [:]
        var forms: [String: [String: Int]] = [:]
        for words in memberWords {
            for word in words {
                let form = word.written.lowercased()
                written[form, default: 0] += 1
                guard let stem = word.stem else { continue }
                if word.isContent {
                    content[stem, default: 0] += 1
                    forms[stem, default: [:]][form, default: 0] += 1
                } else {
                    other[stem, default: 0] += 1
                }
            }
        }
        // A typo often garbles the ending the stemmer would cut ("skloor" for "skolor"), or
        // hits a verb or stop word ("ifnört", "gånegr"): so the stem's commonest written form is
        // compared with the words written, of any class. One letter for another there is often
        // another word ("behov" beside "behöv"), so only letters swapped, left out or added. (No
        // other form of the stem is written three times as often as its commonest.)
        func misspeltForm(_ stem: String) -> Bool {
            guard let form = forms[stem]?.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key else { return false }
            return Self.isMisspelling(form, counts: written, substitutions: false)
        }
        return ranked.filter {
            (content[$0.stem] ?? 0) > (other[$0.stem] ?? 0) && !Self.isMisspelling($0.stem, counts: content) && !misspeltForm($0.stem)
        }
    }

    /// A stem the members write far less often than another one edit away is a misspelling of
    /// it ("störts", "infomration"), no term of its own: with hundreds of answers the same typo
    /// comes twice and would be a key term. A letter more or less at the end is an inflection
    /// the stemmer left ("positivt", "positiv"), and short stems are left alone ("plan", "plats").
    static func isMisspelling(_ stem: String, counts: [String: Int], substitutions: Bool = true) -> Bool {
        let count = counts[stem] ?? 0
        let letters = Array(stem)
        guard letters.count >= misspellingMinimumLength else { return false }
        return counts.contains { other, otherCount in
            otherCount >= misspellingFrequencyRatio * max(count, 1) && other.count >= misspellingMinimumLength
                && abs(other.count - letters.count) <= 1 && !other.hasPrefix(stem) && !stem.hasPrefix(other)
                && Suggestion.editDistance(letters, Array(other)) == 1
                && (substitutions || other.count != letters.count || isTransposition(letters, Array(other)))
        }
    }

    /// Whether `a` is `b` with two neighbouring letters swapped.
    static func isTransposition(_ a: [Character], _ b: [Character]) -> Bool {
        guard a.count == b.count else { return false }
        let differing = a.indices.filter { a[$0] != b[$0] }
        return differing.count == 2 && differing[1] == differing[0] + 1
            && a[differing[0]] == b[differing[1]] && a[differing[1]] == b[differing[0]]
    }

    /// Stems shorter than this are not taken for misspellings.
    static let misspellingMinimumLength = 5
    /// How many times as often the right form is written as its misspelling, at least.
    static let misspellingFrequencyRatio = 3

    /// The key terms of a group (see the type's summary), best first.
    func keyStems(texts: [String], rankedStems: [(stem: String, weight: Float)], extractor: TermExtractor) -> [(stem: String, weight: Float)] {
        contentStems(rankedStems, in: sample(texts).map { words($0, extractor: extractor) })
    }

    /// At most `labelSampleLimit` of `texts`, taken evenly over them in their order (best-fitting
    /// first): the most typical members of a large group share its commonest phrasing, and its
    /// other topics' words ("behörighet" in a category that also holds digital tools) would
    /// count as no content word of the group's, missing from its key terms and its label.
    func sample(_ texts: [String]) -> [String] {
        guard texts.count > labelSampleLimit else { return texts }
        return (0..<labelSampleLimit).map { texts[$0 * texts.count / labelSampleLimit] }
    }

    /// The best label phrase, or nil when no member phrase holds a key term.
    func phraseLabel(memberWords: [[Word]], keyStems: [(stem: String, weight: Float)], usedLabels: Set<String>,
                     subjectStems: Set<String> = []) -> String? {
        guard let topWeight = keyStems.first?.weight, topWeight > 0 else { return nil }
        func keyTerm(of stem: String) -> (stem: String, weight: Float)? {
            keyStems.first { Self.stemsMatch(stem, $0.stem) }
        }
        func keyWeight(_ stem: String) -> Float {
            keyTerm(of: stem).map { $0.weight / topWeight } ?? 0
        }
        func holdsKeyTerm(_ word: Word) -> Bool {
            word.stem.map(keyWeight) ?? 0 > 0
        }
        // A key term weighing enough to add to a phrase's score.
        func labelTerm(of stem: String) -> (stem: String, weight: Float)? {
            keyTerm(of: stem).flatMap { $0.weight >= Self.labelTermShare * topWeight ? $0 : nil }
        }
        // Exact phrases (by stems, stop words as written) and how many members hold each.
        var exactCounts: [[String]: (members: Int, firstSeen: Int)] = [:]
        var candidates: [[Word]] = []
        for words in memberWords {
            var seen = Set<[String]>()
            for start in words.indices where words[start].stem != nil || words[start].isSuspendedPart || words[start].opensPhrase {
                for length in 1...maximumLabelWords where start + length <= words.count {
                    // A phrase ends at punctuation: it is what someone wrote in one go.
                    if length > 1, words[start + length - 2].endsPhrase { break }
                    let phrase = Array(words[start..<(start + length)])
                    guard phrase.last?.canEnd == true, phrase.contains(where: holdsKeyTerm),
                          !Self.cutsAClause(words, start: start, end: start + length),
                          !(wordClasses.language == .swedish && opensWithLeadIn(phrase, isKey: holdsKeyTerm))
                    else { continue }
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
        let memberCount = Double(memberWords.count)
        // The members each key term is in, by index.
        var membersOfKey: [String: Set<Int>] = [:]
        for (index, words) in memberWords.enumerated() {
            for word in words {
                guard let key = word.stem.flatMap(keyTerm) else { continue }
                membersOfKey[key.stem, default: []].insert(index)
            }
        }
        var scored: [(phrase: [Word], score: Double, order: Int)] = []
        for (order, phrase) in shortlist.enumerated() {
            let inside = Double(memberWords.filter { Self.contains($0, phrase) }.count)
            // A label is something several members say.
            guard inside >= min(2, memberCount) else { continue }
            var weight: Float = 0
            var counted: [String] = []
            // The phrase's key terms, heaviest first.
            let phraseKeys = phrase.compactMap { $0.stem.flatMap(labelTerm) }
                .sorted { $0.weight > $1.weight }
            for key in phraseKeys where !counted.contains(key.stem) {
                // Key terms the same members write are one phrasing's words, said once: counted
                // apart, they made one phrasing's sentence the label of a theme written ten ways
                // ("Täta byten gör att kunskapen försvinner" over "Byten"). The phrase's heaviest
                // term is its anchor: a term its members all write too names what they all say
                // ("Beslut om matematiklyftet") and counts.
                let members = membersOfKey[key.stem] ?? []
                let sameMembers = counted.dropFirst().contains { other in
                    let otherMembers = membersOfKey[other] ?? []
                    return Double(members.intersection(otherMembers).count) >= Self.samePhrasingShare * Double(members.union(otherMembers).count)
                }
                counted.append(key.stem)
                if !sameMembers { weight += key.weight / topWeight }
            }
            scored.append((phrase, inside / memberCount * Double(weight), order))
        }
        func isSubjectWord(_ stem: String) -> Bool { subjectStems.contains { Self.stemsMatch(stem, $0) } }
        // The category's most distinctive word belongs in its label when members say it in a
        // phrase. Not the question's own word when no such phrase has another content word:
        // under "Vilka konkreta åtgärder …" a category on following up the results was labelled
        // around "åtgärder" ("Kopplas till de åtgärder") and is "Resultaten ska följas upp".
        if let top = keyStems.first?.stem {
            func holdsTop(_ phrase: [Word]) -> Bool { phrase.contains { $0.stem.map { Self.stemsMatch($0, top) } ?? false } }
            let withTop = scored.filter { $0.score > 0 && holdsTop($0.phrase) }
            let namesMore = !isSubjectWord(top) || withTop.contains { entry in
                entry.phrase.contains { word in word.isContent && !(word.stem.map(isSubjectWord) ?? true) }
            }
            if !withTop.isEmpty, namesMore { scored.removeAll { !holdsTop($0.phrase) } }
        }
        guard let best = scored.map(\.score).max(), best > 0 else { return nil }
        let ranked = scored.filter { $0.score >= 0.75 * best }
            .sorted { lhs, rhs in
                if lhs.phrase.count != rhs.phrase.count { return lhs.phrase.count > rhs.phrase.count }
                if lhs.score != rhs.score { return lhs.score > rhs.score }
                return lhs.order < rhs.order
            }
            + scored.filter { $0.score < 0.75 * best }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }
        // A phrase of the question's words alone ("Åtgärder" under "Vilka konkreta åtgärder …",
        // "Rektorerna" under "Hur har rektorer och lärare involverats …") says nothing the
        // table's title does not: the next phrase is taken where there is one.
        func restatesTheQuestion(_ phrase: [Word]) -> Bool {
            phrase.allSatisfy { word in word.stem.map(isSubjectWord) ?? true }
        }
        let saysMore = ranked.contains { !restatesTheQuestion($0.phrase) }
        for candidate in ranked where !(saysMore && restatesTheQuestion(candidate.phrase)) {
            var phrase = candidate.phrase
            if phrase.count == 1, let word = phrase.first, wordClasses.looksAdjectival(word.written.lowercased()) {
                // An adjective alone gets its noun when members often say them together ("Kritiska vänner").
                if let longer = Self.mostWritten(candidates.filter { option in
                       option.count >= 2 && option.count <= 3 && Self.wordsMatch(option[0], word)
                           && !wordClasses.looksAdjectival(option[option.count - 1].written.lowercased())
                   }, in: memberWords),
                   Double(longer.members) >= Self.nounShare * memberCount {
                    phrase = longer.phrase
                } else if let sentence = predicativePhrase(of: word, among: shortlist, memberWords: memberWords) {
                    // Said of a noun elsewhere in the sentence ("Höga förväntningar är viktigt"):
                    // the adjective alone ("Viktigt") does not say what is important.
                    phrase = sentence
                } else if let clause = clausePhrase(of: word, memberWords: memberWords) {
                    // Said of what follows ("Givande att höra hur andra kommuner arbetar").
                    phrase = clause
                }
            } else if phrase.count == 1, let word = phrase.first, let adjective = distinctiveAdjective(before: word, among: candidates,
                                                                                                  memberWords: memberWords, isKey: { labelTerm(of: $0) != nil }) {
                // A noun alone takes the adjective that makes it the category's own, where that
                // is a key term members often put before it ("Behöriga lärare", not "Lärare").
                phrase = adjective
            } else if phrase.count == 1, let word = phrase.first, word.isContent,
                      let sentence = predicateLabel(of: word, memberWords: memberWords) {
                // A noun alone takes what members say of it ("Kontakterna har fördjupats", not
                // "Kontakterna").
                if !usedLabels.contains(Tokenizer.normalize(sentence)) { return sentence }
            }
            let label = Self.capitalizingFirst(Self.commonestWriting(of: phrase, in: memberWords))
            if !usedLabels.contains(Tokenizer.normalize(label)) { return label }
        }
        return nil
    }

    /// The two-word phrase of an adjective and `noun` that the most members write, when the
    /// adjective is a key term (`isKey`) and at least two members and `nounShare` of them write
    /// the phrase; nil otherwise.
    func distinctiveAdjective(before noun: Word, among candidates: [[Word]], memberWords: [[Word]],
                              isKey: (String) -> Bool) -> [Word]? {
        let needed = Self.membersNeeded(Self.nounShare, of: memberWords.count)
        guard let best = Self.mostWritten(candidates.filter { option in
            option.count == 2 && Self.wordsMatch(option[1], noun) && option[0].isContent
                && wordClasses.looksAdjectival(option[0].written.lowercased()) && (option[0].stem.map(isKey) ?? false)
        }, in: memberWords), best.members >= needed else { return nil }
        return best.phrase
    }

    /// Of `options`, the phrase the most members write (the first on ties), with how many do.
    static func mostWritten(_ options: [[Word]], in memberWords: [[Word]]) -> (phrase: [Word], members: Int)? {
        options.map { option in (phrase: option, members: memberWords.filter { contains($0, option) }.count) }
            .max { $0.members < $1.members }
    }

    /// The phrase members most often say an adjective in together with a noun it is said of
    /// ("höga förväntningar är viktigt" for "viktigt"), when at least two members and
    /// `nounShare` of them do; the longer, more specific one on ties. A noun here is a content word without
    /// an adjective's ending.
    func predicativePhrase(of adjective: Word, among candidates: [[Word]], memberWords: [[Word]]) -> [Word]? {
        let needed = Self.membersNeeded(Self.nounShare, of: memberWords.count)
        var best: (phrase: [Word], members: Int)?
        for option in candidates where option.count >= 2 && option.contains(where: { Self.wordsMatch($0, adjective) }) {
            guard option.contains(where: { $0.isContent && !wordClasses.looksAdjectival($0.written.lowercased()) }) else { continue }
            let members = memberWords.filter { Self.contains($0, option) }.count
            guard members >= needed else { continue }
            if let current = best, members < current.members || members == current.members && option.count <= current.phrase.count {
                continue
            }
            best = (option, members)
        }
        return best?.phrase
    }

    /// The clause members say an adjective of, after "att" ("givande att höra hur andra
    /// kommuner arbetar" for "givande"), word by word as long as at least two members and
    /// `nounShare` of them write the same words, up to `maximumClauseWords` and within one
    /// phrase (no punctuation between), ending on a word that is not a stop word; nil unless
    /// the clause has two words or more after "att". Members who each say something else after
    /// "att" leave the adjective alone: no member's clause speaks for the others.
    func clausePhrase(of adjective: Word, memberWords: [[Word]]) -> [Word]? {
        let needed = Self.membersNeeded(Self.nounShare, of: memberWords.count)
        // Each member's words from the adjective with "att" after it to the end of that phrase.
        let tails: [[Word]] = memberWords.compactMap { words in
            guard let start = words.indices.dropLast().first(where: { index in
                Self.wordsMatch(words[index], adjective) && !words[index].endsPhrase
                    && Self.clauseOpeners.contains(words[index + 1].written.lowercased())
            }) else { return nil }
            let end = words[start...].firstIndex(where: \.endsPhrase) ?? words.count - 1
            return Array(words[start...min(end, start + maximumClauseWords - 1)])
        }
        guard tails.count >= needed, let opening = tails.first.map({ Array($0.prefix(2)) }) else { return nil }
        var phrase = Self.sharedContinuation(of: opening, in: tails, needed: needed, upTo: maximumClauseWords).words
        // Stop words after the clause's last word go, but a quantifier there stands for its noun
        // ("jämföra oss med andra") and stays.
        while let last = phrase.last, last.stem == nil, !wordClasses.opensLabel(last.written.lowercased()) { phrase.removeLast() }
        return phrase.count >= 4 ? phrase : nil
    }

    /// What members say of a noun that opens their sentences, when at least two and
    /// `predicateShare` of them say the same, as a label: the noun and its verb with what follows,
    /// word by word while enough of them write the same words, leaving out an attribute that
    /// opens with a preposition between them, which members fill each their own way
    /// ("Kontakterna med framför allt Luleå har fördjupats", "Kontakterna med framför allt
    /// Sollentuna har fördjupats, och …" give "Kontakterna har fördjupats"). Swedish only.
    /// It ends where a clause can: on a passive verb ("fördjupats", "förbättras"), a verb's
    /// particle or a content word a label can end with; nil when all members share is an
    /// auxiliary ("Statistiken ska …", "Rektorerna har …"), which says nothing yet.
    func predicateLabel(of noun: Word, memberWords: [[Word]]) -> String? {
        guard wordClasses.language == .swedish else { return nil }
        let needed = Self.membersNeeded(Self.predicateShare, of: memberWords.count)
        // Each member's noun, as written, and the words from its verb to the end of the phrase.
        let tails: [(noun: String, words: [Word])] = memberWords.compactMap { words in
            guard let start = words.indices.first(where: { index in
                Self.wordsMatch(words[index], noun) && (index == 0 || words[index - 1].endsPhrase)
            }), !words[start].endsPhrase, start + 1 < words.count else { return nil }
            let end = words[(start + 1)...].firstIndex(where: \.endsPhrase) ?? words.count - 1
            guard let verb = words[(start + 1)...end].firstIndex(where: { word in
                let lowered = word.written.lowercased()
                return Self.finiteVerbs.contains(lowered) || wordClasses.classify(lowered) == .verb
            }), verb == start + 1 || Self.attributeOpeners.contains(words[start + 1].written.lowercased())
            else { return nil }
            return (words[start].written, Array(words[verb...end]))
        }
        // The noun is the label's first word: the predicate has the rest.
        let shared = Self.sharedContinuation(of: [], in: tails.map(\.words), needed: needed, upTo: maximumLabelWords - 1)
        var predicate = shared.words
        func endsClause(_ word: Word) -> Bool {
            let lowered = word.written.lowercased()
            if word.canEnd { return true }
            return wordClasses.classify(lowered) == .verb && lowered.count >= 5 && lowered.hasSuffix("s")
        }
        // It ends where a member's clause may end, as a phrase label does (`cutsAClause`).
        let firstTail = shared.writers.first.map { tails[$0].words } ?? []
        while let last = predicate.last, !endsClause(last) || Self.cutsAClause(firstTail, start: 0, end: predicate.count) {
            predicate.removeLast()
        }
        guard !predicate.isEmpty else { return nil }
        // As most of the members who say it write it.
        let writings = shared.writers.map { tails[$0] }.map { tail in
            ([tail.noun] + tail.words.prefix(predicate.count).map(\.written)).joined(separator: " ")
        }
        var counts: [String: Int] = [:]
        for writing in writings { counts[writing, default: 0] += 1 }
        guard let best = writings.max(by: { counts[$0]! < counts[$1]! }) else { return nil }
        return Self.capitalizingFirst(best)
    }

    /// `opening` extended word by word, as long as at least `needed` of `tails` write the same
    /// next word (matched by stem), with the one most of them write (the first seen on ties), up
    /// to `limit` words; and the indices of the tails that write all of it. Each tail holds a
    /// member's words from where `opening` starts.
    static func sharedContinuation(of opening: [Word], in tails: [[Word]], needed: Int, upTo limit: Int) -> (words: [Word], writers: [Int]) {
        var words = opening
        var writers = Array(tails.indices)
        while words.count < limit {
            var counts: [[String]: (members: Int, word: Word, order: Int)] = [:]
            for tail in writers.map({ tails[$0] }) where tail.count > words.count {
                let word = tail[words.count], wordKey = Self.key([word])
                if let current = counts[wordKey] {
                    counts[wordKey] = (current.members + 1, current.word, current.order)
                } else {
                    counts[wordKey] = (1, word, counts.count)
                }
            }
            guard let next = counts.values.max(by: { $0.members != $1.members ? $0.members < $1.members : $0.order > $1.order }),
                  next.members >= needed else { break }
            writers.removeAll { tails[$0].count <= words.count || !Self.wordsMatch(tails[$0][words.count], next.word) }
            words.append(next.word)
        }
        return (words, writers)
    }

    /// How many members a phrase needs when `share` of them must write it: at least two.
    static func membersNeeded(_ share: Double, of memberCount: Int) -> Int {
        max(2, Int((share * Double(memberCount)).rounded(.up)))
    }

    /// Prepositions that open a noun's attribute ("Kontakterna med framför allt Luleå"); at a
    /// phrase's end, a verb's particle.
    static let attributeOpeners: Set<String> = ["med", "till", "för", "i", "på", "av", "om", "från", "inom", "mellan",
                                                "kring", "hos", "bland", "vid", "mot", "under", "efter", "över", "genom"]

    /// Words after which an adjective's clause follows ("givande att höra …").
    static let clauseOpeners: Set<String> = ["att", "to"]
    /// Longest clause label, in words ("Givande att höra hur andra kommuner arbetar").
    let maximumClauseWords = 7

    /// The first key term that can stand alone, as members wrote it most often (when no phrase
    /// is said twice). An adjective that only ever stands before its noun is written with the noun
    /// ("Övergripande skolutvecklingsprogram", not a member's whole sentence).
    func wordLabel(memberWords: [[Word]], keyStems: [(stem: String, weight: Float)], usedLabels: Set<String>) -> String? {
        for key in keyStems {
            func isKey(_ word: Word) -> Bool { word.stem.map { Self.stemsMatch($0, key.stem) } == true }
            let phrase: [Word]
            if let first = memberWords.joined().first(where: { $0.canEnd && isKey($0) }) {
                phrase = [first]
            } else if let withNoun = memberWords.lazy.compactMap({ words in
                words.indices.dropLast().first { index in
                    isKey(words[index]) && !words[index].endsPhrase && words[index + 1].isContent && words[index + 1].canEnd
                }.map { Array(words[$0...($0 + 1)]) }
            }).first {
                phrase = withNoun
            } else {
                continue
            }
            let label = Self.capitalizingFirst(Self.commonestWriting(of: phrase, in: memberWords))
            if !usedLabels.contains(Tokenizer.normalize(label)) { return label }
        }
        return nil
    }

    /// The most typical member's first words, up to its last content word within six words,
    /// when the members share no word a label can be built on.
    func openingLabel(_ words: [Word]) -> String? {
        var opening = Array(words.prefix(maximumLabelWords))
        if let stop = opening.firstIndex(where: \.endsPhrase) { opening = Array(opening[...stop]) }
        while let last = opening.last, !last.canEnd { opening.removeLast() }
        guard !opening.isEmpty else { return nil }
        let cut = opening.count < words.count
        return Self.capitalizingFirst(opening.map(\.written).joined(separator: " ") + (cut ? " …" : ""))
    }

    /// Whether the phrase `words[start..<end]` stops inside a clause the member went on with:
    /// a relative clause it opens must have its verb ("övergripande projekt som satsningen
    /// [ingår i]" has not), and a noun with a determiner that points to the relative clause
    /// after it ("den kompetensutveckling [som redan pågår]") does not end before that clause;
    /// and a phrase begun inside an infinitive clause does not run on past it.
    static func cutsAClause(_ words: [Word], start: Int, end: Int) -> Bool {
        if leavesOutItsNegation(words, start: start, end: end) { return true }
        // A phrase that begins with the verb of an infinitive clause leaves out what governs
        // it, which says whether the thing is done at all: "dra slutsatser" of "Svårt att dra
        // slutsatser", "För tidigt att dra några slutsatser".
        if start >= 1, clauseOpeners.contains(words[start - 1].written.lowercased()), !words[start - 1].endsPhrase,
           words[start].stem != nil, !words[start].isContent { return true }
        // A phrase that begins inside an infinitive clause ("att vara kritisk vän åt varandra")
        // ends with it: run on into the sentence it is the subject of ("… är lärorikt"), it says
        // what no member said ("Kritisk vän åt varandra är lärorikt").
        if start >= 2, clauseOpeners.contains(words[start - 2].written.lowercased()),
           words[start..<end].dropFirst().contains(where: { finiteVerbs.contains($0.written.lowercased()) }) { return true }
        // Where the member's words stop, or punctuation follows, nothing is cut.
        guard end < words.count, !words[end - 1].endsPhrase else { return false }
        // A relative clause the phrase opens holds its verb ("som klarar proven" is whole,
        // "som satsningen" is not); a verb is a word with a stem that is no content word.
        if let opener = (start..<end).last(where: { relativeClauseOpeners.contains(words[$0].written.lowercased()) }),
           !words[(opener + 1)..<end].contains(where: { $0.stem != nil && !$0.isContent }) { return true }
        if words[end].written.lowercased() == "som"
            && words[start..<end].contains(where: { clauseDeterminers.contains($0.written.lowercased()) }) { return true }
        // Swedish may leave out "som" ("de åtgärder [skolan valt]"): a determiner right before
        // the last word, which is then an indefinite noun, still points to the clause after it.
        return end - start >= 2 && words[end - 1].isContent && clauseDeterminers.contains(words[end - 2].written.lowercased())
    }

    /// Whether the phrase `words[start..<end]` says what its clause denies: it begins after the
    /// clause's negation and holds a verb ("skynda på" of "Det går inte att skynda på"; a verb
    /// is a word with a stem that is no content word), or it begins right after a negating
    /// determiner ("problem" of "Inga problem"). A clause ends at punctuation or a conjunction
    /// that joins clauses ("Vi hann inte allt, men lärarna är positiva").
    static func leavesOutItsNegation(_ words: [Word], start: Int, end: Int) -> Bool {
        guard start > 0, !words[start..<end].contains(where: \.isNegation) else { return false }
        let before = words[start - 1]
        if before.isNegation, !before.endsPhrase, WordClasses.negatingDeterminers.contains(before.written.lowercased()) { return true }
        guard words[start..<end].contains(where: { $0.stem != nil && !$0.isContent }) else { return false }
        for index in stride(from: start - 1, through: 0, by: -1) {
            let word = words[index]
            if word.endsPhrase || clauseJoiners.contains(word.written.lowercased()) { return false }
            if word.isNegation { return true }
        }
        return false
    }

    /// Conjunctions that join one clause to another ("…, men lärarna är positiva").
    static let clauseJoiners: Set<String> = ["och", "men", "eller", "utan", "samt", "så", "and", "but", "or", "so"]

    /// Finite forms of the verbs that follow an infinitive clause as its sentence's verb.
    static let finiteVerbs: Set<String> = ["är", "var", "blir", "blev", "har", "hade", "kan", "kunde", "ska", "skall", "skulle",
                                           "måste", "bör", "borde", "kommer", "behöver", "ger", "gav",
                                           "is", "are", "was", "were", "has", "have", "had", "can", "will", "must", "should"]

    /// Words that open a relative clause or another subordinate one (not "att", which also
    /// marks an infinitive: see `clauseOpeners`).
    static let relativeClauseOpeners: Set<String> = ["som", "där", "när", "eftersom", "vilket", "vilken", "vilka", "innan", "tills",
                                                     "förrän", "medan", "which", "who", "whom", "whose"]
    /// Determiners that, before an indefinite noun, point to a relative clause ("den kompetensutveckling som …").
    static let clauseDeterminers: Set<String> = ["den", "det", "de", "those"]

    /// Whether more numbers follow the one at `index` ("3, 6 och 9", "1-3"): a label ending
    /// on the first would say less than the member did ("Nationella prov i årskurs 3").
    static func continuesWithNumber(_ words: [Word], after index: Int) -> Bool {
        guard index + 1 < words.count else { return false }
        if Tokenizer.isNumber(words[index + 1].written) { return true }
        return index + 2 < words.count && numberListJoiners.contains(words[index + 1].written.lowercased())
            && Tokenizer.isNumber(words[index + 2].written)
    }

    /// Words between the numbers of a list ("6 och 9", "3 till 5").
    static let numberListJoiners: Set<String> = ["och", "eller", "samt", "till", "and", "or", "to"]

    static func key(_ phrase: [Word]) -> [String] {
        phrase.map { word in word.stem.map { "#" + $0 } ?? word.written.lowercased() }
    }

    /// Stems match when they share three quarters of the longer one from the start (at least 4 letters).
    static func stemsMatch(_ a: String, _ b: String) -> Bool {
        a == b || StemFamilies.sameWord(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    static func wordsMatch(_ word: Word, _ pattern: Word) -> Bool {
        switch (word.stem, pattern.stem) {
        case let (stem?, patternStem?): stemsMatch(stem, patternStem)
        case (nil, nil):
            word.written.lowercased() == pattern.written.lowercased()
                || word.stopStem.flatMap { stem in pattern.stopStem.map { stemsMatch(stem, $0) } } == true
        default: false
        }
    }

    /// The positions where `phrase` occurs in `words`.
    static func occurrences(of phrase: [Word], in words: [Word]) -> [Int] {
        guard phrase.count <= words.count else { return [] }
        return (0...(words.count - phrase.count)).filter { start in
            phrase.indices.allSatisfy { wordsMatch(words[start + $0], phrase[$0]) }
                && !phrase.indices.dropLast().contains { words[start + $0].endsPhrase }
        }
    }

    static func contains(_ words: [Word], _ phrase: [Word]) -> Bool {
        !occurrences(of: phrase, in: words).isEmpty
    }

    /// The way members wrote the phrase most often (case aside), the first on ties.
    static func commonestWriting(of phrase: [Word], in memberWords: [[Word]]) -> String {
        // After a possessive, a demonstrative or a genitive, Swedish puts the adjective in its definite form
        // and the noun in its indefinite one ("vårt systematiska kvalitetsarbete"); without the
        // word before, that writing is wrong ("Systematiska kvalitetsarbete"). A writing that
        // always followed such a word is taken only when members wrote the phrase no other way.
        let opensWithAdjective = phrase.count >= 2 && phrase[0].isContent && phrase[0].written.lowercased().hasSuffix("a")
        var order: [String] = []
        // Each writing's exact spellings, by how many write each and in the order first seen:
        // a word's case is as most members write it ("Excel", not the first member's "EXCEL").
        var spellings: [String: [(text: String, count: Int)]] = [:]
        var standsAlone: Set<String> = []
        for words in memberWords {
            // Only writings a label can end with ("kritisk vän", not "kritiska" alone).
            for start in occurrences(of: phrase, in: words) where words[start + phrase.count - 1].canEnd {
                let text = words[start..<(start + phrase.count)].map(\.written).joined(separator: " ")
                let key = text.lowercased()
                if !opensWithAdjective || start == 0 || !Self.makesNounIndefinite(words[start - 1].written.lowercased()) {
                    standsAlone.insert(key)
                }
                if spellings[key] == nil { order.append(key) }
                if let index = spellings[key]?.firstIndex(where: { $0.text == text }) {
                    spellings[key]?[index].count += 1
                } else {
                    spellings[key, default: []].append((text, 1))
                }
            }
        }
        if !standsAlone.isEmpty { order.removeAll { !standsAlone.contains($0) } }
        func count(_ key: String) -> Int { spellings[key]?.reduce(0) { $0 + $1.count } ?? 0 }
        let best = order.enumerated().max { lhs, rhs in
            let left = count(lhs.element), right = count(rhs.element)
            return left != right ? left < right : lhs.offset > rhs.offset
        }?.element
        let spelling = best.flatMap { spellings[$0] }?.enumerated().max { lhs, rhs in
            lhs.element.count != rhs.element.count ? lhs.element.count < rhs.element.count : lhs.offset > rhs.offset
        }?.element.text
        return spelling ?? phrase.map(\.written).joined(separator: " ")
    }

    /// Whether a Swedish noun after this word and an adjective stays indefinite: after a
    /// possessive, a demonstrative or a definite genitive ("kommunens systematiska
    /// kvalitetsarbete", "skolans", "arbetets", "lärarnas").
    static func makesNounIndefinite(_ word: String) -> Bool {
        indefiniteNounDeterminers.contains(word) || isDefinitePluralGenitive(word)
            || word.count >= 5 && ["ens", "ans", "ets"].contains { word.hasSuffix($0) }
    }

    /// The definite plural's genitive ("elevernas", "lärarnas", "skolornas"): its ending says
    /// so whatever else members write, unlike a singular's ("kompetens", "konferens").
    static func isDefinitePluralGenitive(_ word: String) -> Bool {
        word.count >= 7 && ["arnas", "ernas", "ornas"].contains { word.hasSuffix($0) }
    }

    /// Possessives and demonstratives after which a Swedish noun stays indefinite.
    static let indefiniteNounDeterminers: Set<String> = [
        "min", "mitt", "mina", "din", "ditt", "dina", "sin", "sitt", "sina", "vår", "vårt", "våra", "er", "ert", "era",
        "hans", "hennes", "dess", "deras", "denna", "detta", "dessa", "samma",
    ]

    /// `text` without the punctuation that closes it ("." "!" "?" ";" ":" ",").
    static func withoutClosingPunctuation(_ text: String) -> String {
        var result = text
        while let last = result.last, ".!?;:,".contains(last) { result.removeLast() }
        return result
    }

    /// A statement as a label: without final punctuation, at most 80 characters (cut at a word).
    static func statementLabel(_ text: String) -> String {
        var label = withoutClosingPunctuation(text.trimmingWhiteSpace())
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
