public import SurveyForm
public import SurveyResponses

/// A draft of the annual report: a summary of the strongest findings, the form's sections in
/// order, each question with its tables, the sentences that say what each table shows and
/// quotes per category; what is missing goes to an appendix for staff ("Bortfall och
/// kompletteringar"), not into the text.
///
/// Built once, rendered as HTML (`ReportHTML`, which also prints to PDF) and Markdown
/// (`ReportMarkdown`, which pandoc also turns into Word).
public struct Report: Sendable {
    public struct Options: Sendable {
        /// Generated sentences under each table and in the summary; off, the draft has the
        /// tables, quotes and answers only, and the summary says who answered.
        public var findings: Bool

        public init(findings: Bool = true) {
            self.findings = findings
        }
    }

    public struct Section: Sendable {
        /// The form's section id, for anchors.
        public var id: String
        /// The heading's number, when the form numbers its sections ("2. Kommunens organisation …").
        public var number: Int?
        public var title: String
        public var blocks: [Block]

        /// "2. Kommunens organisation samt hemmaplansarbete".
        public var heading: String { (number.map { "\($0). " } ?? "") + title }
    }

    public enum Block: Sendable {
        /// A heading inside a section: a thesis group (level 3) or an item of a repeated block.
        case heading(level: Int, text: String)
        case question(QuestionReport)
    }

    public struct QuestionReport: Sendable {
        public var id: String
        public var text: String
        /// The heading level: 3 in a section, deeper under a repeated block's headings.
        public var level: Int
        /// The compound question it was split from.
        public var originalQuestion: String?
        /// "Sex av sju kommuner har svarat på frågan.", where no table's sentences say it; nil there.
        public var answeredLine: String?
        public var tables: [TableReport]
        /// The answers themselves, for free text that no table counts.
        public var answers: [Table.Quote]
    }

    /// One table and the sentences that say what it shows.
    public struct TableReport: Sendable {
        public var table: Table
        public var findings: [Finding]
    }

    /// What staff need before publishing: who has not answered what. Not part of the text.
    public struct Appendix: Sendable {
        public struct Question: Sendable {
            public var id: String
            public var text: String
            public var remarks: [String]
        }

        public struct Part: Sendable {
            public var heading: String
            public var questions: [Question]
        }

        /// Sentences about the whole folder: who is complete, who did not answer at all.
        public var overview: [String]
        /// Remarks per question, by section; sections without remarks left out.
        public var parts: [Part]
    }

    public var title: String
    public var subtitle: String
    /// Paragraphs: who answered, then per section its strongest findings.
    public var summary: [[Finding]]
    public var sections: [Section]
    public var appendix: Appendix

    /// The title of the appendix, as a heading and in the table of contents.
    public static let appendixTitle = "Bilaga: Bortfall och kompletteringar"

    /// One line of the table of contents: a top-level heading and its anchor.
    public struct ContentsEntry: Hashable, Sendable {
        public var anchor: String
        public var title: String

        public init(anchor: String, title: String) {
            self.anchor = anchor
            self.title = title
        }
    }

    /// The table of contents: the summary, every section, the appendix.
    public var contents: [ContentsEntry] {
        [ContentsEntry(anchor: "sammanfattning", title: "Sammanfattning")]
            + sections.map { ContentsEntry(anchor: "avsnitt-" + HTMLTables.slug($0.id), title: $0.heading) }
            + [ContentsEntry(anchor: "bilaga", title: Self.appendixTitle)]
    }

    /// Builds the draft from the same tables `survey tables` prints and the completeness report of `survey check`.
    ///
    /// Respondents are named with the completeness report's noun (the form's or register's word).
    public static func build(form: Form, responses: ResponseSet, tables: [Table], completeness: CompletenessReport,
                             options: Options = Options(), format: TableFormat = TableFormat()) -> Report {
        let noun = completeness.respondentNoun
        let writer = TableFindings(form: form, noun: noun, format: format)
        let respondents = responses.items.filter { $0.result.response != nil }
        var applicability: [String: [Bool]] = [:]
        for item in respondents {
            if let response = item.result.response { applicability[item.location.path] = response.applicability(in: form) }
        }
        let names = respondents.map(\.location.respondent)

        var tablesByQuestion: [String: [Table]] = [:]
        for table in tables { tablesByQuestion[table.questionID, default: []].append(table) }

        var sections: [Section] = []
        var summary: [[Finding]] = [[Finding(kind: .respondents, text: whoAnswered(names, absent: completeness.absentees.count, noun: noun))]]
        for section in form.sections {
            var blocks: [Block] = []
            var lastGroup: String?
            var lastItem: String?
            var sectionFindings: [Finding] = []
            for question in section.questions {
                var level = 3
                if let repetition = question.repetition {
                    if let group = repetition.itemGroup, group != lastGroup {
                        blocks.append(.heading(level: 3, text: group))
                        lastGroup = group
                    }
                    let itemLevel = repetition.itemGroup == nil ? 3 : 4
                    if repetition.itemID != lastItem {
                        blocks.append(.heading(level: itemLevel, text: repetition.itemLabel))
                        lastItem = repetition.itemID
                    }
                    level = itemLevel + 1
                } else {
                    lastGroup = nil
                    lastItem = nil
                }
                // Counted as the tables count: applies, says something, not an unconfirmed prefill.
                let position = form.questionIndex[question.id] ?? 0
                let applying = respondents.filter { applicability[$0.location.path]?[position] == true }
                let answered = applying.filter { $0.result.response?.countedValue(of: question.id) != nil }
                var answers: [Table.Quote] = []
                let tablesHere = tablesByQuestion[question.id] ?? []
                if tablesHere.isEmpty {
                    for item in answered {
                        guard let value = item.result.response?.countedValue(of: question.id) else { continue }
                        answers.append(Table.Quote(respondent: item.location.respondent, text: value.displayText(for: question)))
                    }
                }
                let reports = tablesHere.map { table in
                    TableReport(table: table, findings: options.findings ? writer.findings(for: table) : [])
                }
                sectionFindings += reports.flatMap(\.findings)
                let described = options.findings && !reports.isEmpty
                blocks.append(.question(QuestionReport(
                    id: question.id, text: question.text, level: level, originalQuestion: question.splitFrom,
                    answeredLine: described ? nil : writer.answered(answered.count, of: applying.count),
                    tables: reports, answers: answers
                )))
            }
            sections.append(Section(id: section.id, number: form.number(of: section), title: section.title, blocks: blocks))
            let strongest = TableFindings.strongest(sectionFindings)
            if !strongest.isEmpty { summary.append(strongest) }
        }
        let subtitle = [form.program, form.period.map { "Period: \($0)" }].compactMap { $0 }.joined(separator: " · ")
        return Report(title: form.title, subtitle: subtitle, summary: summary, sections: sections,
                      appendix: appendix(form: form, completeness: completeness, respondents: names))
    }

    /// "Det är sju kommuner som har svarat: Borås, … och Uppsala."; "sju av nio kommuner" when
    /// some in the register have not answered (who they are is in the appendix).
    static func whoAnswered(_ names: [String], absent: Int, noun: RespondentNoun) -> String {
        guard !names.isEmpty else { return "Inga svar har kommit in." }
        let total = names.count + absent
        let count = absent > 0
            ? "\(SwedishNumberWords.cardinal(names.count)) av \(SwedishNumberWords.cardinal(total)) \(noun.plural)"
            : names.count == 1 ? "en \(noun.singular)" : "\(SwedishNumberWords.cardinal(names.count)) \(noun.plural)"
        return "Det är \(count) som har svarat: \(SwedishList.join(names))."
    }

    /// The completeness findings as staff read them, per question, by section.
    static func appendix(form: Form, completeness: CompletenessReport, respondents names: [String]) -> Appendix {
        var overview: [String] = []
        if !completeness.absentees.isEmpty {
            overview.append("\(SwedishList.join(completeness.absentees.map(\.municipality))) har inte svarat alls.")
        }
        let complete = completeness.respondents.filter(\.isComplete).map(\.respondent)
        if !complete.isEmpty, complete.count < names.count {
            overview.append("Kompletta svar har kommit från \(SwedishList.join(complete)).")
        } else if !names.isEmpty, complete.count == names.count {
            overview.append("Alla har svarat på allt som krävs.")
        } else if !names.isEmpty {
            overview.append("Ingen har svarat på allt som krävs; vad som saknas står nedan, fråga för fråga.")
        }
        var byQuestion: [String: [CompletenessReport.Finding]] = [:]
        for finding in completeness.findings {
            if let id = finding.questionID, form.question(withID: id) != nil {
                byQuestion[id, default: []].append(finding)
            } else {
                overview.append(finding.message)
            }
        }
        var parts: [Appendix.Part] = []
        for section in form.sections {
            let questions = section.questions.compactMap { question -> Appendix.Question? in
                let sentences = remarks(byQuestion[question.id] ?? [])
                return sentences.isEmpty ? nil : Appendix.Question(id: question.id, text: question.qualifiedText, remarks: sentences)
            }
            if !questions.isEmpty {
                parts.append(Appendix.Part(heading: (form.number(of: section).map { "\($0). " } ?? "") + section.title, questions: questions))
            }
        }
        return Appendix(overview: overview, parts: parts)
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
