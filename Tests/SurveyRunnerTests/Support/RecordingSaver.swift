import SurveyResponses
import SurveyRunner
import SurveyYAML

/// Keeps every saved version of a response in memory; can be told to fail.
final class RecordingSaver: ResponseSaving, @unchecked Sendable {
    private(set) var saves: [Response] = []
    var failure: Diagnostic?
    /// How many saves succeed before `failure` starts; 0 fails from the first.
    var failsAfter = 0

    func save(_ response: Response) throws(Diagnostic) {
        if let failure, saves.count >= failsAfter { throw failure }
        saves.append(response)
    }

    var last: Response? { saves.last }
}
