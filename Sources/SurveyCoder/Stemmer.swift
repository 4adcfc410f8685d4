internal import CStemmer

/// Snowball stems from Debian's libstemmer; owns one `sb_stemmer` and frees it on deinit.
///
/// libstemmer's stemmers keep state between calls, so one instance must not be shared
/// between threads: each task makes its own.
///
/// For Swedish, agent nouns keep a stem of their own (see `SwedishAgentNouns`).
public final class Stemmer {
    private let stemmer: OpaquePointer
    private let language: CoderLanguage

    /// A stemmer for the language; nil only if libstemmer lacks the algorithm.
    public init?(language: CoderLanguage) {
        guard let stemmer = sb_stemmer_new(language.stemmerAlgorithm, "UTF_8") else { return nil }
        self.stemmer = stemmer
        self.language = language
    }

    deinit {
        sb_stemmer_delete(stemmer)
    }

    /// The stem of one lower-cased word.
    public func stem(_ word: String) -> String {
        let stem = snowballStem(word)
        guard language == .swedish else { return stem }
        return SwedishAgentNouns.stem(of: word, snowball: stem)
    }

    private func snowballStem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        let count = Int32(bytes.count)
        return bytes.withUnsafeMutableBufferPointer { buffer -> String in
            guard let base = buffer.baseAddress,
                  let result = sb_stemmer_stem(stemmer, base, count) else { return word }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
