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
struct CompoundParts: Sendable {
    /// For each stem id, the stem ids of its two parts (empty when it is not split).
    let parts: [[Int32]]

    /// Parts need at least this many letters at the front and at the back ("tid-s-brist").
    static let minimumHead = 3
    static let minimumTail = 3
    /// Letters that must remain after a first part found alone: a word, not an ending ("-en").
    static let minimumUnknownTail = 4

    /// Splits the stems in `occurring` (ids into `stems`), given how many statements use each
    /// stem; `stem` is the stemmer the stems came from, so a part is compared as a word
    /// ("erfarenhet" in "erfarenhetsutbyte" is the stem "erfaren"); `questionStems` are the
    /// stems of the question's own words, which no compound gains as its first part alone.
    init(stems: [String], documentFrequency: [Int32], occurring: [Int32], stem: (String) -> String = { $0 }, questionStems: Set<Int32> = []) {
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
        self.parts = parts
    }

    /// The longest first part of a compound used in two statements or more that is a word used
    /// more often than the compound, with at least `minimumUnknownTail` letters after it; nil
    /// when there is none.
    private static func firstPartAlone(_ letters: [Unicode.Scalar], id: Int32, idOf: [String: Int32], documentFrequency: [Int32],
                                       stem: (String) -> String) -> Int32? {
        let own = documentFrequency[Int(id)]
        guard own >= 2 else { return nil }
        func commonerWord(_ head: String) -> Int32? {
            guard let headID = idOf[head] ?? idOf[stem(head)], headID != id, documentFrequency[Int(headID)] > own else { return nil }
            return headID
        }
        return firstPart(of: letters, where: { commonerWord($0) != nil }).flatMap(commonerWord)
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
