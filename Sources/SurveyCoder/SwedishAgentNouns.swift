/// Swedish agent nouns ("lärare", "utvecklare", "samordnare") get a stem of their own.
///
/// Snowball strips "-are" and "-ande" alike: "lärare", "lärarna" and "lärande" all become
/// "lär", and "matematikutvecklare" becomes "matematikutveckl" like "utvecklas". In school
/// answers teachers and learning ("kollegialt lärande") are different things. The endings
/// alone cannot tell: "-arna" is also the plural of "träff" ("träffarna"), and "-are" also
/// a comparative ("snabbare"). So the nouns are listed (`swedish-agent-nouns.txt`), and
/// every form of a listed noun or of a compound ending with one is stemmed to the noun
/// without its ending ("matematiklärarna" → "matematiklärar").
enum SwedishAgentNouns {
    /// The forms' endings after "-ar": lärar-e, -en, -na, -es, -ens, -nas.
    static let endings = ["nas", "ens", "na", "en", "es", "e"]

    /// The listed nouns without their final "e" ("lärar").
    static let stems: Set<String> = Set(((try? StopWords.parse(StopWords.resource("swedish-agent-nouns"))) ?? [])
        .filter { $0.hasSuffix("are") }.map { String($0.dropLast()) })

    /// The stem of `word` given Snowball's stem of it.
    static func stem(of word: String, snowball: String) -> String {
        guard word.utf8.count >= 6, word.contains("ar") else { return snowball }
        for ending in endings where word.hasSuffix(ending) {
            let base = word.dropLast(ending.count)
            // The longest listed noun the base ends with; a compound keeps its first part.
            var part = base[...]
            while part.count >= 4 {
                if stems.contains(String(part)) { return String(base) }
                part = part.dropFirst()
            }
        }
        return snowball
    }
}
