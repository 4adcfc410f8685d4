public import SurveyForm
import SurveyText

extension CompletenessReport {
    /// The report in Swedish, grouped by question and by respondent, worded like the staff's own remarks.
    ///
    /// Names and answers come from files and file names; the text is made displayable as a whole.
    public func text(form: Form) -> String {
        var lines: [String] = []
        lines.append("\(formTitle) (\(formID), version \(formVersion))")
        let complete = respondents.filter(\.isComplete).count
        var summary = respondents.isEmpty
            ? "Inga svar har kommit in."
            : "\(Self.count(respondents.count, "svar", "svar")): \(Self.count(complete, "komplett", "kompletta")), \(respondents.count - complete) med saknade svar."
        if !absentees.isEmpty {
            summary += " \(respondentNoun.counted(absentees.count)) i registret har inte svarat alls."
        }
        lines.append(summary)
        if isComplete && !respondents.isEmpty {
            lines.append("Allt som krävs är besvarat.")
        }
        let submitted = respondents.filter { $0.submitted != nil }
        if !submitted.isEmpty {
            let names = submitted.map { $0.respondent + ($0.changedAfterSubmission ? " (ändrad efter inskickningen)" : "") }
            lines.append("Inskickade (\(submitted.count) av \(respondents.count)): " + names.joined(separator: ", ") + ".")
        }

        let perFile = respondents.flatMap(\.findings)
        if !perFile.isEmpty {
            lines.append("")
            lines.append("Per fråga")
            lines.append("---------")
            var order: [String] = []
            var byQuestion: [String: [Finding]] = [:]
            for finding in perFile {
                let key = finding.questionID ?? ""
                if byQuestion[key] == nil { order.append(key) }
                byQuestion[key, default: []].append(finding)
            }
            let position = Dictionary(form.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            order.sort { (position[$0] ?? Int.max, $0) < (position[$1] ?? Int.max, $1) }
            for key in order {
                let heading: String
                if let question = form.question(withID: key) {
                    heading = "\(question.qualifiedText) [\(key)]"
                } else if key.isEmpty {
                    heading = "Hela filen"
                } else {
                    heading = "'\(key)' (finns inte i formuläret)"
                }
                lines.append(heading)
                for finding in byQuestion[key] ?? [] {
                    lines.append("  " + Self.line(for: finding))
                }
            }
            lines.append("")
            lines.append(respondentNoun.perHeading)
            lines.append(String(repeating: "-", count: respondentNoun.perHeading.count))
            for status in respondents where !status.findings.isEmpty {
                let round = status.round.isEmpty ? "" : " (\(status.round))"
                var counts: [String] = []
                if status.missingCount > 0 { counts.append("\(status.missingCount) saknas") }
                if status.warningCount > 0 { counts.append(Self.count(status.warningCount, "varning", "varningar")) }
                lines.append("\(status.respondent)\(round): \(counts.joined(separator: ", ")); \(status.settled) av \(status.applicable) frågor besvarade")
                for finding in status.findings {
                    lines.append("  " + Self.line(for: finding))
                }
            }
            let completeOnes = respondents.filter { $0.findings.isEmpty }
            if !completeOnes.isEmpty {
                lines.append("Kompletta: " + completeOnes.map(\.respondent).joined(separator: ", "))
            }
        }
        if !absentees.isEmpty {
            lines.append("")
            lines.append("Har inte svarat alls")
            lines.append("--------------------")
            for absentee in absentees {
                lines.append("  \(absentee.municipality) (\(absentee.roundTitle), \(absentee.networkTitle))")
            }
        }
        return TextSafety.displayable(lines.joined(separator: "\n") + "\n")
    }

    private static func line(for finding: Finding) -> String {
        finding.severity == .warning ? "(varning) " + finding.message : finding.message
    }

    private static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }
}
