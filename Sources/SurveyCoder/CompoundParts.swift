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
struct CompoundParts: Sendable {
    /// For each stem id, the stem ids of its two parts (empty when it is not split).
    let parts: [[Int32]]

    /// Parts need at least this many letters at the front and at the back ("tid-s-brist").
    static let minimumHead = 3
    static let minimumTail = 3

    /// Splits the stems in `occurring` (ids into `stems`), given how many statements use each
    /// stem; `stem` is the stemmer the stems came from, so a part is compared as a word
    /// ("erfarenhet" in "erfarenhetsutbyte" is the stem "erfaren").
    init(stems: [String], documentFrequency: [Int32], occurring: [Int32], stem: (String) -> String = { $0 }) {
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
                var heads = [String(String.UnicodeScalarView(letters[..<cut]))]
                // A linking letter: "rektor-s-byten", "skol-e-..." (the head is then one letter shorter).
                if cut - 1 >= Self.minimumHead, letters[cut - 1] == "s" || letters[cut - 1] == "e" {
                    heads.append(String(String.UnicodeScalarView(letters[..<(cut - 1)])))
                }
                for head in heads {
                    guard let headID = idOf[head] ?? idOf[stem(head)], headID != id, tailID != id else { continue }
                    let score = (Double(documentFrequency[Int(headID)]) * Double(documentFrequency[Int(tailID)])).squareRoot()
                    if score > own, best.map({ score > $0.score }) ?? true {
                        best = (score, headID, tailID)
                    }
                }
            }
            if let best { parts[Int(id)] = [best.head, best.tail] }
        }
        self.parts = parts
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
