import Foundation
import SurveyYAML

extension CompletenessReport {
    private struct JSONReport: Encodable {
        var form: String
        var version: String
        var complete: Bool
        var respondents: [JSONRespondent]
        var notAnswered: [JSONAbsentee]
        var findings: [JSONFinding]
    }

    private struct JSONRespondent: Encodable {
        var respondent: String
        var round: String
        var file: String
        var complete: Bool
        var applicable: Int
        var answered: Int
        var missing: Int
        var warnings: Int
    }

    private struct JSONAbsentee: Encodable {
        var municipality: String
        var round: String
        var network: String
    }

    private struct JSONFinding: Encodable {
        var respondent: String
        var round: String
        var question: String?
        var kind: String
        var severity: String
        var message: String
        var location: String?
    }

    /// The report for machines; keys documented in docs/staff-guide.md.
    public func json() -> String {
        let report = JSONReport(
            form: formID, version: formVersion, complete: isComplete,
            respondents: respondents.map {
                JSONRespondent(respondent: $0.respondent, round: $0.round, file: $0.path, complete: $0.isComplete,
                               applicable: $0.applicable, answered: $0.settled, missing: $0.missingCount, warnings: $0.warningCount)
            },
            notAnswered: absentees.map { JSONAbsentee(municipality: $0.municipality, round: $0.roundTitle, network: $0.networkTitle) },
            findings: findings.map {
                JSONFinding(respondent: $0.respondent, round: $0.round, question: $0.questionID, kind: $0.kind.rawValue,
                            severity: $0.severity.rawValue, message: $0.message, location: $0.location?.description)
            }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
