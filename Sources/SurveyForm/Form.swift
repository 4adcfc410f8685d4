public import SurveyYAML

/// A questionnaire: ordered sections of ordered questions, as loaded from a form file.
///
/// Repeated blocks are already expanded: `questions` lists every question a respondent
/// can be asked, derived ids included, in asking order.
public struct Form: Hashable, Sendable {
    public var id: String
    public var title: String
    public var version: String
    public var language: String
    public var program: String?
    public var period: String?
    /// Which edition of a yearly report this is ("år 2"); table captions end with it.
    public var edition: String?
    public var description: String?
    /// What a respondent is, when the form says (`respondent:`); see `RespondentNoun.of(form:register:)`.
    public var respondentNoun: RespondentNoun?
    /// The number the report gives the first section (`section-numbers:`); nil when sections are not numbered.
    public var firstSectionNumber: Int?
    /// The sections; fixed once the form is made, so the look-ups below stay true.
    public let sections: [Section]
    /// Where the form's file starts; its path names the file in diagnostics.
    public var location: SourceLocation
    /// Every question in asking order.
    public let questions: [Question]
    /// Position of each question in `questions`; look-ups by id stay fast over 10,000 files.
    public let questionIndex: [String: Int]
    /// Groups of questions split from the same compound wording, in form order.
    ///
    /// In a repeated block each item's copies form their own group.
    public let splitGroups: [SplitGroup]

    public init(
        id: String, title: String, version: String, language: String = "sv",
        program: String? = nil, period: String? = nil, edition: String? = nil, description: String? = nil,
        respondentNoun: RespondentNoun? = nil, firstSectionNumber: Int? = 1,
        sections: [Section], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.language = language
        self.program = program
        self.period = period
        self.edition = edition
        self.description = description
        self.respondentNoun = respondentNoun
        self.firstSectionNumber = firstSectionNumber
        self.sections = sections
        self.location = location
        let questions = sections.flatMap(\.questions)
        self.questions = questions
        self.questionIndex = Dictionary(questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.splitGroups = Self.groupSplits(questions)
    }

    public func question(withID id: String) -> Question? {
        questionIndex[id].map { questions[$0] }
    }

    public func section(withID id: String) -> Section? {
        sections.first { $0.id == id }
    }

    /// The section's number in the report ("2." for the first section of the annual report), if sections are numbered.
    public func number(of section: Section) -> Int? {
        guard let first = firstSectionNumber, let index = sections.firstIndex(where: { $0.id == section.id }) else { return nil }
        return first + index
    }

    /// The section a question belongs to.
    public func section(of question: Question) -> Section? {
        section(withID: question.sectionID)
    }

    /// The split group a question belongs to, if it was split from a compound question.
    public func splitGroup(of question: Question) -> SplitGroup? {
        splitGroups.first { $0.questions.contains { $0.id == question.id } }
    }

    /// Questions whose answers feed a table, in form order.
    public var tabulatedQuestions: [Question] { questions.filter { $0.table != nil } }

    private static func groupSplits(_ questions: [Question]) -> [SplitGroup] {
        var order: [String] = []
        var members: [String: [Question]] = [:]
        for question in questions {
            guard let origin = question.splitFrom else { continue }
            let key = [origin, question.repetition?.blockID ?? "", question.repetition?.itemID ?? ""].joined(separator: "\u{0}")
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(question)
        }
        return order.compactMap { key in
            guard let group = members[key], let first = group.first, let origin = first.splitFrom else { return nil }
            return SplitGroup(originalText: origin, questions: group)
        }
    }
}

/// Questions made from one compound question of an earlier form version.
public struct SplitGroup: Hashable, Sendable {
    public var originalText: String
    public var questions: [Question]
}
