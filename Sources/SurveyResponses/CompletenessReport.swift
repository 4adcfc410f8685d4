public import SurveyForm
public import SurveyYAML

/// What is missing, per respondent and per question, in one folder of answers to one form.
public struct CompletenessReport: Sendable {
    public struct Finding: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable, CaseIterable {
            case requiredUnanswered = "required-unanswered"
            case softUnconfirmed = "soft-unconfirmed"
            case splitHalfAnswered = "split-half-answered"
            case gridTotalMissing = "grid-total-missing"
            case gridTotalMismatch = "grid-total-mismatch"
            case prefilledUnconfirmed = "prefilled-unconfirmed"
            case unreadableAnswer = "unreadable-answer"
            case unreadableFile = "unreadable-file"
            /// The file reads, but has errors: `survey fill` will not continue it until they are fixed.
            case fileErrors = "file-errors"
            case nonAnswer = "non-answer"
            case notInForm = "not-in-form"
            case notAnswered = "not-answered"
            /// A response file of someone the register does not have in its round.
            case notInRegister = "not-in-register"
        }

        public enum Severity: String, Hashable, Sendable {
            /// Makes the folder incomplete.
            case missing
            /// Worth a look; does not make it incomplete.
            case warning
        }

        public var kind: Kind
        public var severity: Severity
        public var respondent: String
        public var round: String
        public var questionID: String?
        /// The remark in Swedish, as staff write it: "Sollentuna har inte svarat på frågan …".
        public var message: String
        public var location: SourceLocation?

        public init(kind: Kind, severity: Severity, respondent: String, round: String, questionID: String?,
                    message: String, location: SourceLocation? = nil) {
            self.kind = kind
            self.severity = severity
            self.respondent = respondent
            self.round = round
            self.questionID = questionID
            self.message = message
            self.location = location
        }
    }

    /// One response file's state.
    public struct RespondentStatus: Hashable, Sendable {
        public var respondent: String
        public var round: String
        public var path: String
        /// Questions that apply to this respondent given their answers.
        public var applicable: Int
        /// Applicable questions settled (answered, or confirmed empty).
        public var settled: Int
        public var findings: [Finding]
        /// When the respondent sent the answers in, if they did.
        public var submitted: Timestamp?
        /// Whether answers were saved after they were sent in.
        public var changedAfterSubmission = false

        public var missingCount: Int { findings.filter { $0.severity == .missing }.count }
        public var warningCount: Int { findings.filter { $0.severity == .warning }.count }
        public var isComplete: Bool { missingCount == 0 }
    }

    /// A municipality in the register with no response file.
    public struct Absentee: Hashable, Sendable {
        public var municipality: String
        public var roundTitle: String
        public var networkTitle: String
    }

    public var formID: String
    public var formTitle: String
    public var formVersion: String
    public var respondents: [RespondentStatus]
    public var absentees: [Absentee]
    /// Findings that concern the folder rather than one file.
    public var generalFindings: [Finding]
    /// What a respondent is, for the wording ("Per kommun", "Per skolenhet").
    public var respondentNoun: RespondentNoun = .municipality

    public var findings: [Finding] { respondents.flatMap(\.findings) + generalFindings }

    /// Nothing required is missing anywhere, and everyone expected has answered.
    public var isComplete: Bool { !findings.contains { $0.severity == .missing } }
}
