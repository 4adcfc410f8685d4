public import SurveyForm
public import SurveyResponses

/// A draft of the annual report: the form's sections in order, each question with its table,
/// quotes per category, and the completeness remarks as sentences.
///
/// Built once, rendered as HTML (`ReportHTML`) and Markdown (`ReportMarkdown`).
public struct Report: Sendable {
    public struct Section: Sendable {
        /// The heading's number, when the form numbers its sections ("2. Kommunens organisation …").
        public var number: Int?
        public var title: String
        public var blocks: [Block]
    }

    public enum Block: Sendable {
        /// A heading inside a section: a thesis group or item of a repeated block.
        case heading(level: Int, text: String)
        case question(QuestionReport)
    }

    public struct QuestionReport: Sendable {
        public var id: String
        public var text: String
        /// The compound question it was split from.
        public var originalQuestion: String?
        /// "5 av 7 kommuner har svarat på frågan."
        public var answeredLine: String
        public var tables: [Table]
        /// What is missing or odd, as sentences: "Uppsala har inte svarat på frågan."
        public var remarks: [String]
        /// The answers themselves, for free text that no table counts.
        public var answers: [Table.Quote]
    }

    public var title: String
    public var subtitle: String
    public var summary: [String]
    public var sections: [Section]

    /// Builds the draft from the same tables `survey tables` prints and the completeness report of `survey check`.
    ///
    /// Respondents are named with the completeness report's noun (the form's or register's word).
    public static func build(form: Form, responses: ResponseSet, tables: [Table], completeness: CompletenessReport) -> Report {
        let noun = completeness.respondentNoun
        let respondents = responses.items.filter { $0.result.response != nil }
        var applicability: [String: [Bool]] = [:]
        for item in respondents {
            if let response = item.result.response { applicability[item.location.path] = response.applicability(in: form) }
        }
        let names = respondents.map(\.location.respondent)
        var summary: [String] = []
        if names.isEmpty {
            summary.append("Inga svar har kommit in.")
        } else {
            summary.append("Det är \(noun.counted(names.count)) som har svarat: \(SwedishList.join(names)).")
        }
        if !completeness.absentees.isEmpty {
            summary.append("\(SwedishList.join(completeness.absentees.map(\.municipality))) har inte svarat alls.")
        }
        let complete = completeness.respondents.filter(\.isComplete).map(\.respondent)
        if !complete.isEmpty, complete.count < names.count {
            summary.append("Kompletta svar har kommit från \(SwedishList.join(complete)).")
        } else if !names.isEmpty, complete.count == names.count {
            summary.append("Alla har svarat på allt som krävs.")
        } else if !names.isEmpty {
            summary.append("Ingen har svarat på allt som krävs; vad som saknas står under varje fråga.")
        }

        var findingsByQuestion: [String: [CompletenessReport.Finding]] = [:]
        for finding in completeness.findings {
            if let id = finding.questionID { findingsByQuestion[id, default: []].append(finding) }
        }
        var tablesByQuestion: [String: [Table]] = [:]
        for table in tables { tablesByQuestion[table.questionID, default: []].append(table) }

        var sections: [Section] = []
        for section in form.sections {
            var blocks: [Block] = []
            var lastGroup: String?
            var lastItem: String?
            for question in section.questions {
                if let repetition = question.repetition {
                    if let group = repetition.itemGroup, group != lastGroup {
                        blocks.append(.heading(level: 3, text: group))
                        lastGroup = group
                    }
                    if repetition.itemID != lastItem {
                        blocks.append(.heading(level: 4, text: repetition.itemLabel))
                        lastItem = repetition.itemID
                    }
                }
                // Counted as the tables count: applies, says something, not an unconfirmed prefill.
                let position = form.questionIndex[question.id] ?? 0
                let answered = respondents.filter { item in
                    guard let response = item.result.response else { return false }
                    return response.countedValue(of: question.id) != nil && applicability[item.location.path]?[position] == true
                }
                var answers: [Table.Quote] = []
                let tablesHere = tablesByQuestion[question.id] ?? []
                if tablesHere.isEmpty {
                    for item in answered {
                        guard let value = item.result.response?.countedValue(of: question.id) else { continue }
                        answers.append(Table.Quote(respondent: item.location.respondent, text: value.displayText(for: question)))
                    }
                }
                blocks.append(.question(QuestionReport(
                    id: question.id, text: question.text, originalQuestion: question.splitFrom,
                    answeredLine: "\(answered.count) av \(noun.counted(respondents.count)) har svarat på frågan.",
                    tables: tablesHere, remarks: remarks(findingsByQuestion[question.id] ?? []), answers: answers
                )))
            }
            sections.append(Section(number: form.number(of: section), title: section.title, blocks: blocks))
        }
        let subtitle = [form.program, form.period.map { "Perioden \($0)" }].compactMap { $0 }.joined(separator: " · ")
        return Report(title: form.title, subtitle: subtitle, summary: summary, sections: sections)
    }

    /// Completeness findings about one question, as the staff would write them under it.
    static func remarks(_ findings: [CompletenessReport.Finding]) -> [String] {
        var unanswered: [String] = []
        var unconfirmed: [String] = []
        var halves: [String] = []
        var others: [String] = []
        for finding in findings {
            switch finding.kind {
            case .requiredUnanswered: unanswered.append(finding.respondent)
            case .softUnconfirmed: unconfirmed.append(finding.respondent)
            case .splitHalfAnswered: halves.append(finding.respondent)
            default: others.append(finding.message)
            }
        }
        var sentences: [String] = []
        if !unanswered.isEmpty { sentences.append("\(SwedishList.join(unanswered)) har inte svarat på frågan.") }
        if !unconfirmed.isEmpty {
            sentences.append("\(SwedishList.join(unconfirmed)) har inte svarat på frågan och har inte bekräftat att den ska lämnas tom.")
        }
        if !halves.isEmpty {
            sentences.append("\(SwedishList.join(halves)) har svarat på den andra delen av den ursprungliga frågan men inte på den här.")
        }
        return sentences + others
    }
}

/// "A, B och C", as Swedish lists are written.
public enum SwedishList {
    public static func join(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " och " + items[items.count - 1]
        }
    }
}
