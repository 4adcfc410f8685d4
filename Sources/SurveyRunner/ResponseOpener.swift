import Foundation
public import SurveyForm
import SurveyResponses

/// Finds and reads the response file a fill continues, or starts a new response.
public enum ResponseOpener {
    public static func open(path: String, form: Form, respondent: String, round: String) -> OpenedResponse {
        guard FileManager.default.fileExists(atPath: path) else {
            return .new(Response(formID: form.id, formVersion: form.version, respondent: respondent, round: round))
        }
        let result = ResponseReader.load(path: path, form: form)
        guard var response = result.response, !result.hasErrors else { return .unusable(result) }
        // The file's place names it, as `survey check` reads it.
        response.respondent = respondent
        response.round = round
        return .existing(response, result)
    }
}
