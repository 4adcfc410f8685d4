/// How long one answer may be, wherever it is typed (the terminal, a browser).
///
/// One definition: the runners refuse a longer answer when it is given, and the form loader
/// refuses a `max-length` above it. Without a bound, `survey fill` once saved a 17 MB answer
/// that its own reader then refused (the 16 MB file limit), locking the respondent out of
/// their file. Documented in docs/response-format.md and docs/respondent-guide.md.
public enum AnswerLimits {
    /// The most characters one answer may have: a text, the text after "Annat:", any one line
    /// typed for a question. About four printed pages.
    public static let maximumCharacters = 10_000

    /// The most digits a number answer may have before the decimal point, either way.
    public static let numberDigits = 15

    /// Every number answer is smaller than this either way: at most `numberDigits` digits
    /// before the decimal point (999 999 999 999 999,9…). Beyond it a number no longer prints as
    /// the digits typed (a hand-edited 9223372036854775807 became "9.223372036854776e+18 mål" in
    /// the report), so the runners refuse a larger one when it is typed, the readers when it is
    /// written by hand, and a form cannot set `min`, `max` or `plausible-max` beyond it.
    public static let numberBound: Double = 1e15

    /// Whether `number` has more than `numberDigits` digits before the decimal point (or is not
    /// a number at all).
    public static func isTooLarge(_ number: Double) -> Bool { !(number.magnitude < numberBound) }

    /// The limit as Swedish writes it, with a space between thousands: "10 000".
    public static var maximumCharactersInSwedish: String { grouped(maximumCharacters) }

    /// A whole number as Swedish text writes it for a reader, with a space between thousands:
    /// "10 000", "17 825 792", "-2 147 483 646". For the figures in messages; files and tables
    /// keep plain digits.
    public static func grouped(_ value: Int) -> String {
        var digits = Array(String(value.magnitude))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(" ", at: index)
            index -= 3
        }
        return (value < 0 ? "-" : "") + String(digits)
    }

    /// Whether `text` is longer than the limit, found without counting past it.
    public static func exceeds(_ text: some StringProtocol) -> Bool {
        // Every character is at least one byte: few bytes means few characters.
        if text.utf8.count <= maximumCharacters { return false }
        return text.dropFirst(maximumCharacters).isEmpty == false
    }
}
