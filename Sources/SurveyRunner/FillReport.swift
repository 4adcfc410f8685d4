public import SurveyForm
public import SurveyResponses
import SurveyText
import SurveyYAML

/// The end of a fill: what is complete and what is missing for this respondent, in Swedish.
public struct FillReport: Sendable {
    public let status: CompletenessReport.RespondentStatus

    public init(status: CompletenessReport.RespondentStatus) {
        self.status = status
    }

    /// Checks a response exactly as `survey check` would read it from its file, worded for the respondent.
    public init(response: Response, form: Form, path: String) {
        var ordered = response
        ordered.sortEntries(by: form)
        let location = ResponseStore.Location(round: response.round, respondent: response.respondent, path: path)
        let result: ResponseLoadResult
        do {
            let yaml = try ResponseWriter.yaml(for: ordered, form: form)
            result = ResponseReader.read(SourceText(path: path, text: yaml), form: form)
        } catch {
            result = ResponseReader.read(SourceText(path: path, text: ""), form: form)
        }
        self.status = CompletenessChecker.status(of: result, at: location, form: form, voice: .respondent)
    }

    public var isComplete: Bool { status.isComplete }

    /// The summary; answers quoted in it come from the file and are made displayable.
    public var text: String {
        var out = "\n" + headline + "\n"
        if !missing.isEmpty { out += missingHeading + "\n" + Self.listed(missing) }
        if !warnings.isEmpty { out += warningsHeading + "\n" + Self.listed(warnings) }
        out += isComplete
            ? Self.completeLine + "\n"
            : Self.incompleteLine + " Kör samma kommando igen för att fortsätta där du slutade.\n"
        return TextSafety.displayable(out)
    }

    // The summary's parts, which the browser's summary page shows too.

    /// "Sammanfattning för Umeå: 33 av 35 aktuella frågor besvarade."
    public var headline: String {
        "Sammanfattning för \(status.respondent): \(status.settled) av \(status.applicable) aktuella frågor besvarade."
    }

    /// What must be done before the answers are complete.
    public var missing: [CompletenessReport.Finding] { status.findings.filter { $0.severity == .missing } }

    /// Remarks that do not make the answers incomplete.
    public var warnings: [CompletenessReport.Finding] { status.findings.filter { $0.severity == .warning } }

    public var missingHeading: String { "Saknas (\(missing.count)):" }
    public var warningsHeading: String { "Att se över (\(warnings.count)):" }
    public static let completeLine = "Allt som krävs är besvarat."
    public static let incompleteLine = "Svaren är inte kompletta ännu."

    /// The longest list shown; a respondent who stopped early need not read every question.
    public static let listLimit = 10

    private static func listed(_ findings: [CompletenessReport.Finding]) -> String {
        var out = findings.prefix(listLimit).map { "  \($0.message)\n" }.joined()
        if findings.count > listLimit { out += "  … och \(findings.count - listLimit) till; skriv :review när du fortsätter för att se alla.\n" }
        return out
    }
}
