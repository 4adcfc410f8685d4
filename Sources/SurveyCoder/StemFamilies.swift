/// Stems of one input that are forms of one word, counted as one term.
///
/// Two stems are of one family when they share three quarters of the longer from the start
/// (at least four letters), the rule labels match words by (`CategoryDescriber.stemsMatch`).
/// Snowball's Swedish stemmer keeps the definite "-et" and some plural forms, so without
/// families "matematiklyftet" / "matematiklyft", "kvalitetsarbetet" / "kvalitetsarbete"
/// ("kvalitetsarbet") and "nätverket" / "nätverk" are different words and meet only
/// through n-grams. Short stems need more in common: "lyftet" and "lyft"
/// share four letters of six and stay apart.
///
/// Families are links between neighbours in alphabetical order, so words sharing a long
/// beginning meet however many forms lie between them, and between a stem and each longer one
/// that begins with it, so that another word sorted between them ("analysarbet" between
/// "analys" and "analyser") does not keep them apart. (Not between any two stems that share
/// their beginning: misspellings then chain words such as "kolleg" and "kollegialt", and
/// "behöv" meets "behör".) A family is represented by its shortest stem (then the one seen
/// first), so key terms read as the plainest form, among the stems used at least a third as
/// often as its commonest (a misspelling is not).
struct StemFamilies: Sendable {
    /// The representative of each stem id; stems added to the extractor later are their own.
    let representative: [Int32]

    /// Families among `stems` (indexed by stem id), built from the ids in `occurring`.
    ///
    /// `uses` says how many statements use each stem (by id; all alike when empty). A stem used
    /// less than a third as often as its family's commonest does not represent it: with
    /// hundreds of answers a misspelling that drops a letter ("förankringsarbeet" for
    /// "förankringsarbetet") is the shortest form, and would name the key term.
    ///
    /// `definite` pairs the definite singular of an "-a" noun with its stem
    /// (`TermExtractor.definiteFormsOfANouns`, "skolan" and "skol"): one family.
    ///
    /// `shortened` pairs a stem the stemmer cut short with the word's full stem
    /// (`TermExtractor.shortenedStems`, "rekt" and "rektor"): they are one family, represented
    /// by a stem other than the short one.
    init(stems: [String], occurring: some Sequence<Int32>, uses: [Int] = [], shortened: [(short: Int32, full: Int32)] = [],
         definite: [(definite: Int32, stem: Int32)] = []) {
        var parent = Array(0..<stems.count)
        func root(_ stem: Int) -> Int {
            var node = stem
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        let letters = stems.map { Array($0.unicodeScalars) }
        let sorted = Set(occurring).map(Int.init).sorted { lhs, rhs in
            letters[lhs].lexicographicallyPrecedes(letters[rhs]) { $0.value < $1.value }
        }
        func join(_ a: Int, _ b: Int) {
            let (first, second) = (root(a), root(b))
            if first != second { parent[max(first, second)] = min(first, second) }
        }
        for (position, a) in sorted.enumerated() {
            let later = sorted[(position + 1)...]
            if let next = later.first, Self.sameWord(letters[a], letters[next]) { join(a, next) }
            // A stem also meets the longer forms that begin with it, past the next: another word
            // or a misspelling that sorts between ("analysarbet" between "analys" and "analyser",
            // "resultaetn" between "result" and "resultat") must not keep them apart. They follow
            // it in one run.
            for b in later.dropFirst() {
                guard letters[b].starts(with: letters[a]) else { break }
                if Self.sameWord(letters[a], letters[b]) { join(a, b) }
            }
        }
        let occurringSet = Set(sorted)
        for pair in definite where occurringSet.contains(Int(pair.definite)) && occurringSet.contains(Int(pair.stem)) {
            join(Int(pair.definite), Int(pair.stem))
        }
        var cutShort = Set<Int>()
        for pair in shortened where occurringSet.contains(Int(pair.short)) && occurringSet.contains(Int(pair.full)) {
            join(Int(pair.short), Int(pair.full))
            cutShort.insert(Int(pair.short))
        }
        // Each family's representative: its shortest stem (then the first seen) among those
        // used at least a third as often as its commonest.
        func used(_ stem: Int) -> Int { stem < uses.count ? uses[stem] : 1 }
        var members: [Int: [Int]] = [:]
        for stem in sorted { members[root(stem), default: []].append(stem) }
        var chosen: [Int: Int] = [:]
        for (family, stemsOfFamily) in members where stemsOfFamily.count > 1 {
            let whole = stemsOfFamily.filter { !cutShort.contains($0) }
            let commonest = whole.map(used).max() ?? 1
            let candidates = whole.filter { 3 * used($0) >= commonest }
            chosen[family] = candidates.min { (letters[$0].count, $0) < (letters[$1].count, $1) } ?? family
        }
        representative = (0..<stems.count).map { stem in
            let family = root(stem)
            return Int32(chosen[family] ?? family)
        }
    }

    /// True when two stems share three quarters of the longer from the start, at least four letters.
    static func sameWord(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        let common = zip(a, b).prefix { $0.0 == $0.1 }.count
        return common >= 4 && Double(common) >= 0.75 * Double(max(a.count, b.count))
    }

    /// The representative of a stem's family (the stem itself when it has none).
    func representative(of stem: Int32) -> Int32 {
        Int(stem) < representative.count ? representative[Int(stem)] : stem
    }

    /// `terms` with every stem replaced by its family's representative.
    func apply(_ terms: TermExtractor.Terms) -> TermExtractor.Terms {
        var result = terms
        for index in result.stems.indices { result.stems[index] = representative(of: result.stems[index]) }
        return result
    }
}
