public import SurveyResponses

/// A respondent's response file as `survey fill` finds it.
public enum OpenedResponse: Sendable {
    /// No file yet: a fresh response, stamped with form, respondent and round.
    case new(Response)
    /// A readable file to continue; its warnings are in the load result.
    case existing(Response, ResponseLoadResult)
    /// A file with errors: nothing in it may be overwritten.
    case unusable(ResponseLoadResult)
}
