/// Counts as the report's prose writes them: words up to twelve ("sex av sju kommuner"), digits
/// above ("14 av 20 kommuner"), as Swedish style guides (Språkrådet) recommend.
///
/// One and none take the common gender ("en kommun", "ingen kommun"): every respondent noun the
/// tool knows is an en-word.
public enum SwedishNumberWords {
    static let words = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"]

    /// "sex", "en", "14".
    public static func cardinal(_ number: Int) -> String {
        words.indices.contains(number) ? words[number] : String(number)
    }

    /// The same at the start of a sentence: "Sex", "14".
    public static func capitalized(_ number: Int) -> String {
        let word = cardinal(number)
        return word.prefix(1).uppercased() + word.dropFirst()
    }
}
