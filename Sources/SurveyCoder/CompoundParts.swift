/// The parts of compound words among one input's stems, found from the input itself.
///
/// Swedish writes compounds as one word: "rektorsbyten" is "rektor" + "byten",
/// "tidsbrist" is "tid" + "brist", "förankringsarbetet" is "förankring" + "arbetet". A
/// statement about "rektorsbyten" and one about "byte av rektor" share their topic but, as
/// whole words, no term. A stem is split in two where both parts are stems the input uses on
/// their own (a linking "s" or "e" may join them), and only when the parts are common enough
/// to be words in their own right: the geometric mean of the parts' statement counts must
/// exceed the compound's own count (Koehn and Knight's frequency rule, 2003). The compound
/// keeps its own term and gains its parts as further terms, so "rektorsbyten" meets both
/// "rektorer" and "byten".
///
/// A compound whose last part the input never uses alone still gains its first part, when
/// that is a word the input uses more often than the compound and at least four letters
/// remain: "rektorsträffar" meets "rektorer", "förstelärartjänster" meets "förstelärare",
/// "resultatutveckling" meets "resultaten". The first part is what the compound is about;
/// the answers of one theme write it alone and in compounds. Not a compound written in one
/// statement only: remarks that fit nothing are often one-off compounds of the domain's
/// commonest words ("Skolgården har rustats upp", "Skolbiblioteket har fått nya lokaler"),
/// and their first parts would join them to each other and to the themes. Nor a first part
/// that is a word of the question: the answers use the question's words whatever they say
/// ("Lärarlyftet" in answers on "lärarnas kompetens" is no more about teachers than the rest).
///
/// A compound whose first part the answers never write alone still gains its last part where
/// the frequency rule splits another compound there: "chefsbyten" meets "byten" because
/// "rektorsbyten" is "rektor" + "byten"; or where that part is a word of six letters or more,
/// too long to be an ending: "inspirationsföreläsning" meets "föreläsning", "diamantdiagnoser"
/// "diagnoser". The last part must be the commoner word, not a word of the question, and not
/// a light head (below).
///
/// Compounds that end alike, where the answers never write that ending alone, gain it as a
/// term of its own: "skolplanen" and "verksamhetsplanen" are both plans, "karriärtjänster" and
/// "förstelärartjänster" both posts, "högstanivån" and "kravnivån" both levels. A Swedish
/// compound is a kind of its last part, and one theme's answers name it with different first
/// parts. The ending must be shared by two compounds each used in two statements or more, and
/// follow, in at least one of them, a word the input uses more often than that compound
/// ("skol-plan"), so that it starts where a word ends; an ending that makes nouns of verbs
/// ("-ning", "-tion") is none, nor one the glossary reads as a term's variant ("lyftet" is
/// Matematiklyftet, so "Lärarlyftet" is no kind of it), nor a light head that follows three
/// different words or more ("grupp"). The new term is no word of any answer, so it is never a
/// key term or a label word.
struct CompoundParts: Sendable {
    /// For each stem id, the stem ids of its parts (empty when it has none): both parts, the
    /// first part alone, or the last part alone, and a last part it shares with other compounds.
    let parts: [[Int32]]

    /// Parts need at least this many letters at the front and at the back ("tid-s-brist").
    static let minimumHead = 3
    static let minimumTail = 3
    /// Letters that must remain after a first part found alone: a word, not an ending ("-en").
    static let minimumUnknownTail = 4

    /// Splits the stems in `occurring` (ids into `stems`), given how many statements use each
    /// stem; `stem` is the stemmer the stems came from, so a part is compared as a word
    /// ("erfarenhet" in "erfarenhetsutbyte" is the stem "erfaren"); `questionStems` are the
    /// stems of the question's own words, which no compound gains as its first part alone;
    /// `newStem` numbers a shared last part no answer writes alone (without it, none is found);
    /// `isGlossaryVariant` says whether the glossary reads a word as one of its terms.
    init(stems: [String], documentFrequency: [Int32], occurring: [Int32], stem: (String) -> String = { $0 }, questionStems: Set<Int32> = [],
         newStem: ((String) -> Int32)? = nil, isGlossaryVariant: (String) -> Bool = { _ in false }) {
        var idOf: [String: Int32] = [:]
        for id in occurring { idOf[stems[Int(id)]] = id }
        var parts = [[Int32]](repeating: [], count: stems.count)
        for id in occurring {
            let letters = Array(stems[Int(id)].unicodeScalars)
            guard letters.count >= Self.minimumHead + Self.minimumTail else { continue }
            let own = Double(documentFrequency[Int(id)])
            var best: (score: Double, head: Int32, tail: Int32)?
            for cut in Self.minimumHead...(letters.count - Self.minimumTail) {
                let tail = String(String.UnicodeScalarView(letters[cut...]))
                guard let tailID = idOf[tail] ?? idOf[stem(tail)] else { continue }
                for head in Self.heads(letters, before: cut) {
                    guard let headID = idOf[head] ?? idOf[stem(head)], headID != id, tailID != id else { continue }
                    let score = (Double(documentFrequency[Int(headID)]) * Double(documentFrequency[Int(tailID)])).squareRoot()
                    if score > own, best.map({ score > $0.score }) ?? true {
                        best = (score, headID, tailID)
                    }
                }
            }
            if let best {
                parts[Int(id)] = [best.head, best.tail]
            } else if let head = Self.firstPartAlone(letters, id: id, idOf: idOf, documentFrequency: documentFrequency, stem: stem),
                      !questionStems.contains(head) {
                parts[Int(id)] = [head]
            }
        }
        for (id, tail) in Self.lastPartsAfterUnknownWords(stems: stems, documentFrequency: documentFrequency, occurring: occurring,
                                                          idOf: idOf, stem: stem, questionStems: questionStems, parts: parts) {
            parts[Int(id)] = [tail]
        }
        if let newStem {
            let shared = Self.sharedLastParts(stems: stems, documentFrequency: documentFrequency, occurring: occurring, idOf: idOf,
                                              stem: stem, parts: parts, isGlossaryVariant: isGlossaryVariant)
            for (id, tail) in shared.sorted(by: { $0.key < $1.key }) { parts[Int(id)].append(newStem(tail)) }
        }
        self.parts = parts
    }

    /// A last part that follows more different words than this is a light head ("grupp" in
    /// "hemmagrupp", "lärgrupp", "rektorsgrupp"): those compounds are told apart by what comes
    /// first, and joining them joins different themes.
    static let maximumWordsBeforeLastPart = 2

    /// Endings that make nouns of verbs and adjectives, left on Snowball's stems: a word that ends
    /// so shares a suffix with other words, not a last part.
    static let derivationalEndings: Set<String> = ["ning", "tion", "sion", "itet", "skap", "ering", "else", "ande", "ende"]

    /// A last part no other compound's split shows to be one must be at least this long: at
    /// five letters "förbättrade" meets "bättre" ("för-" is no word) and "speciallärare"
    /// "lärare" where no other compound shows "lärare" to be light.
    static let minimumUnprovenLastPart = 6

    /// The last part of each compound left unsplit whose first part the answers never write
    /// alone, where that last part is a word the input uses more often than the compound and
    /// another compound is split there by the frequency rule ("chefsbyten" beside "rektorsbyten"
    /// and "byten" gains "byten", though no answer writes "chef") or it is at least
    /// `minimumUnprovenLastPart` letters long ("inspirationsföreläsning" gains "föreläsning").
    /// Not a word of the question, nor a light head: one that follows more than
    /// `maximumWordsBeforeLastPart` different words in compounds ("lärare" in
    /// "matematiklärare", "speciallärare", "förskollärare") names what many compounds are kinds
    /// of and tells none of them apart. Each compound takes its longest such ending.
    private static func lastPartsAfterUnknownWords(stems: [String], documentFrequency: [Int32], occurring: [Int32], idOf: [String: Int32],
                                                   stem: (String) -> String, questionStems: Set<Int32>, parts: [[Int32]]) -> [(Int32, Int32)] {
        var wordsBefore: [Int32: Set<Int32>] = [:]
        for split in parts where split.count == 2 { wordsBefore[split[1], default: []].insert(split[0]) }
        var candidates: [(Int32, Int32)] = []
        for id in occurring where parts[Int(id)].isEmpty && documentFrequency[Int(id)] >= 2 {
            let letters = Array(stems[Int(id)].unicodeScalars)
            guard letters.count >= minimumHead + minimumTail else { continue }
            // The longest such ending: "byten", not "ten".
            for cut in minimumHead...(letters.count - minimumTail) {
                let tail = String(String.UnicodeScalarView(letters[cut...]))
                guard let tailID = commonerWord(tail, than: id, idOf: idOf, documentFrequency: documentFrequency, stem: stem),
                      !questionStems.contains(tailID) else { continue }
                if wordsBefore[tailID] != nil || letters.count - cut >= minimumUnprovenLastPart {
                    candidates.append((id, tailID))
                    break
                }
            }
        }
        // The words before a part: those of the compounds split there, or, where none is, one
        // per compound that would gain it. (Counting the unknown words before a part that
        // splits compounds too took "byten" from "chefsbyten" in `coder-scale`.)
        var unknownWordsBefore: [Int32: Int] = [:]
        for (_, tailID) in candidates { unknownWordsBefore[tailID, default: 0] += 1 }
        return candidates.filter { _, tailID in
            (wordsBefore[tailID]?.count ?? unknownWordsBefore[tailID] ?? 0) <= maximumWordsBeforeLastPart
        }
    }

    /// The last part of each compound that shares it with another compound, where the answers
    /// never write that part alone (see `init`).
    private static func sharedLastParts(stems: [String], documentFrequency: [Int32], occurring: [Int32], idOf: [String: Int32],
                                        stem: (String) -> String, parts: [[Int32]], isGlossaryVariant: (String) -> Bool) -> [Int32: String] {
        func writtenAlone(_ word: String) -> Int32? { idOf[word] ?? idOf[stem(word)] }
        // Each ending of at least `minimumUnknownTail` letters, the compounds it ends, and of
        // those, each where what comes before it is a commoner word, with that word.
        var compoundsOf: [String: Set<Int32>] = [:]
        var wordBefore: [String: [Int32: Int32]] = [:]
        for id in occurring where documentFrequency[Int(id)] >= 2 && parts[Int(id)].count < 2 {
            let letters = Array(stems[Int(id)].unicodeScalars)
            guard letters.count >= minimumHead + minimumUnknownTail else { continue }
            let cuts = minimumHead...(letters.count - minimumUnknownTail)
            let tails = cuts.map { String(String.UnicodeScalarView(letters[$0...])) }
            // A compound whose last part the answers write alone has that part; whether it is
            // split there is the frequency rule's to say, and a longer ending ("högst-anivån"
            // beside "nivån") is no part.
            guard !tails.contains(where: { writtenAlone($0).map { $0 != id } ?? false }) else { continue }
            for (cut, tail) in zip(cuts, tails) where !derivationalEndings.contains(tail) && !isGlossaryVariant(tail) {
                compoundsOf[tail, default: []].insert(id)
                let commoner = heads(letters, before: cut).compactMap { head in
                    commonerWord(head, than: id, idOf: idOf, documentFrequency: documentFrequency, stem: stem)
                }.first
                if let commoner { wordBefore[tail, default: [:]][id] = commoner }
            }
        }
        // A compound ending in a light head has its last part, a light one: no longer ending is
        // one ("högst-anivån" beside "kravnivån", when "nivån" follows three words).
        let endingInALightHead = Set(compoundsOf.filter { tail, compounds in
            compounds.count >= 2 && Set(wordBefore[tail, default: [:]].values).count > maximumWordsBeforeLastPart
        }.values.joined())
        // Each compound takes the part most compounds share, then one that follows a word in it
        // ("terrorism", not "nterrorism", in "kärnvapenterrorism"), then the shortest ("nivån",
        // not "anivån", after "högsta").
        var result: [Int32: (tail: String, rank: (Int, Int, Int))] = [:]
        for (tail, compounds) in compoundsOf {
            let members = compounds.subtracting(endingInALightHead)
            guard members.count >= 2, let proven = wordBefore[tail], members.contains(where: { proven[$0] != nil }) else { continue }
            for id in members {
                let rank = (members.count, proven[id] != nil ? 1 : 0, -tail.unicodeScalars.count)
                if let chosen = result[id], chosen.rank > rank || (chosen.rank == rank && chosen.tail < tail) { continue }
                result[id] = (tail, rank)
            }
        }
        return result.mapValues(\.tail)
    }

    /// The longest first part of a compound used in two statements or more that is a word used
    /// more often than the compound, with at least `minimumUnknownTail` letters after it; nil
    /// when there is none.
    private static func firstPartAlone(_ letters: [Unicode.Scalar], id: Int32, idOf: [String: Int32], documentFrequency: [Int32],
                                       stem: (String) -> String) -> Int32? {
        guard documentFrequency[Int(id)] >= 2 else { return nil }
        func commoner(_ head: String) -> Int32? { commonerWord(head, than: id, idOf: idOf, documentFrequency: documentFrequency, stem: stem) }
        return firstPart(of: letters, where: { commoner($0) != nil }).flatMap(commoner)
    }

    /// The id of `word` (as written, or as its stem) when the input uses it more often than the
    /// stem `id`; nil otherwise. A part is a word in its own right when it is the commoner.
    private static func commonerWord(_ word: String, than id: Int32, idOf: [String: Int32], documentFrequency: [Int32],
                                     stem: (String) -> String) -> Int32? {
        guard let wordID = idOf[word] ?? idOf[stem(word)], wordID != id,
              documentFrequency[Int(wordID)] > documentFrequency[Int(id)] else { return nil }
        return wordID
    }

    /// The longest first part of a word, with at least `minimumUnknownTail` letters after it
    /// (a linking letter may come between), that `isWord` accepts; nil when there is none.
    static func firstPart(of letters: [Unicode.Scalar], where isWord: (String) -> Bool) -> String? {
        guard letters.count >= minimumHead + minimumUnknownTail else { return nil }
        for cut in stride(from: letters.count - minimumUnknownTail, through: minimumHead, by: -1) {
            if let head = heads(letters, before: cut).first(where: isWord) { return head }
        }
        return nil
    }

    /// The first part of a compound that ends before `cut`: the letters before it, and without
    /// a linking letter ("rektor-s-byten", "skol-e-…"; the part is then one letter shorter).
    private static func heads(_ letters: [Unicode.Scalar], before cut: Int) -> [String] {
        var heads = [String(String.UnicodeScalarView(letters[..<cut]))]
        if cut - 1 >= minimumHead, letters[cut - 1] == "s" || letters[cut - 1] == "e" {
            heads.append(String(String.UnicodeScalarView(letters[..<(cut - 1)])))
        }
        return heads
    }

    /// `terms` with the parts of every split stem added after it.
    func apply(_ terms: TermExtractor.Terms) -> TermExtractor.Terms {
        var result = terms
        for stem in terms.stems where Int(stem) < parts.count {
            result.stems.append(contentsOf: parts[Int(stem)])
        }
        return result
    }
}
