/// What a respondent reads about saving: one wording for every runner (the terminal's
/// `survey fill` and the browser's `survey serve`), so both say the same thing the same way.
public enum SaveWording {
    /// A new answer is in the file.
    public static let saved = "Sparat."
    /// The answer given is the one the file already holds.
    public static let unchanged = "Oförändrat."
    /// Last year's answer confirmed as this year's.
    public static let keptLastYear = "Sparat (förra årets svar behålls)."
    /// A question that may be left empty confirmed empty.
    public static let leftEmpty = "Sparat: frågan lämnas tom."

    /// A change made a question with an answer stop applying.
    public static func noLongerApplicable(_ id: String) -> String {
        "Frågan \(id) gäller inte längre med det svaret; det tidigare svaret finns kvar i filen men räknas inte."
    }

    /// A change made a question with a kept answer apply again.
    public static func applicableAgain(_ id: String) -> String {
        "Frågan \(id) gäller igen; ditt tidigare svar på den räknas igen."
    }

    /// A save failed; `reason` says why.
    public static func saveFailed(_ reason: String) -> String {
        "Svaret kunde inte sparas (\(reason)). Det som redan var sparat är oförändrat; be programmets personal om hjälp."
    }

    /// A required question was given no answer.
    public static let requiredEmpty = "Frågan måste besvaras; skriv ett svar."
}
