extension StatementSplitter {
    /// The whole sentence of `answer` that holds `statement`, by the splitter's own sentence
    /// rules (a line, split after `.`, `!` or `?` before an upper-case letter or a digit) but
    /// not split at `;`; a leading bullet removed.
    ///
    /// A statement cut at a semicolon ("lyftet ger verktyg …") is quoted from the start of its
    /// sentence. A statement that spans sentences (a whole answer, `coding: single`) or is not
    /// found in the answer comes back as it is.
    public static func sentence(containing statement: String, in answer: String) -> String {
        let wanted = Array(statement.unicodeScalars)
        guard !wanted.isEmpty else { return statement }
        for line in lines(of: Array(answer.unicodeScalars)) {
            for sentence in sentences(in: removingBullet(from: line)) {
                let candidate = trimmed(sentence)
                if contains(candidate, wanted) { return string(candidate) }
            }
        }
        return statement
    }

    private static func contains(_ text: ArraySlice<Unicode.Scalar>, _ part: [Unicode.Scalar]) -> Bool {
        guard text.count >= part.count else { return false }
        var start = text.startIndex
        while start + part.count <= text.endIndex {
            if text[start..<(start + part.count)].elementsEqual(part) { return true }
            start += 1
        }
        return false
    }
}
