import SurveyText

/// What starting from last year's answers did.
public struct PrefillSummary: Hashable, Sendable {
    /// The file the answers came from.
    public var source: String
    /// Questions given last year's answer, to be confirmed or changed.
    public var applied: [String] = []
    /// Questions last year's file answers that this version of the form does not have.
    public var notInForm: [String] = []
    /// Questions whose answers from last year do not read with this version of the form.
    public var unreadable: [String] = []

    public init(source: String, applied: [String] = [], notInForm: [String] = [], unreadable: [String] = []) {
        self.source = source
        self.applied = applied
        self.notInForm = notInForm
        self.unreadable = unreadable
    }

    /// The summary in Swedish, for the opening of the session; ids come from last year's file
    /// and are made displayable.
    public var text: String {
        TextSafety.displayable(plainText)
    }

    private var plainText: String {
        var out = "Förra årets svar (\(source)) är ifyllda på \(Self.questions(applied.count))."
        out += applied.isEmpty ? "\n" : " Tryck Enter vid varje fråga för att behålla svaret, eller skriv ett nytt.\n"
        if !notInForm.isEmpty {
            out += "Svaren på \(Self.questions(notInForm.count)) används inte, eftersom frågorna inte finns i den här versionen av formuläret: \(notInForm.joined(separator: ", ")).\n"
        }
        if !unreadable.isEmpty {
            out += "Svaren på \(Self.questions(unreadable.count)) används inte, eftersom de inte passar den här versionen av frågorna: \(unreadable.joined(separator: ", ")).\n"
        }
        return out
    }

    private static func questions(_ count: Int) -> String {
        count == 1 ? "1 fråga" : "\(count) frågor"
    }
}
