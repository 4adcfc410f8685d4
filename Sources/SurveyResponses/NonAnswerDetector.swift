import SurveyForm

/// Recognises free-text answers that look like answers but say nothing: "-", "se ovan", "vet ej".
public enum NonAnswerDetector {
    static let phrases: Set<String> = [
        "-", "–", "—", "--", "?", "??", "x", "xx", "...", "…", ".", "0",
        "se ovan", "se ovanför", "se ovanstående", "se ovan.", "se föregående fråga", "se förra frågan", "se tidigare svar",
        "vet ej", "vet inte", "vi vet inte", "ej känt", "okänt", "oklart",
        "inget svar", "inga svar", "ingen kommentar", "inga kommentarer", "saknas", "har inget svar",
        "n/a", "na", "ej tillämpligt", "ej aktuellt", "inte aktuellt", "ingenting", "inget", "nej", "ja",
        "inget att tillägga", "inget att tillföra", "inget att rapportera", "svårt att svara på", "svårt att säga",
        "kan inte svara", "kan inte svara på det", "återkommer", "återkommer senare",
    ]

    /// The trimmed answer when it is a non-answer, so reports can quote it; nil for a real answer.
    public static func nonAnswer(in text: String) -> String? {
        // Every phrase above is short; a long answer is a real one (and lowercasing it is costly).
        if text.utf8.count > 48 { return nil }
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return nil }
        var lowered = trimmed.lowercased()
        while let last = lowered.last, last == "." || last == "!" || last == " " { lowered.removeLast() }
        if lowered.isEmpty || phrases.contains(lowered) || lowered.allSatisfy({ !$0.isLetter && !$0.isNumber }) {
            return trimmed
        }
        return nil
    }
}
