public import SurveyYAML
import SurveyResponses
import SurveyText

/// Answers read from another tool's export: CSV with the columns respondent, question, text.
///
/// Columns are found by their header (any order, any case; other columns are ignored).
/// Answers keep the file's order; questions are listed in the order they first appear.
public enum AnswerCSV {
    /// The answers to one question.
    public struct QuestionAnswers: Hashable, Sendable {
        public var question: String
        public var answers: [Answer]

        public init(question: String, answers: [Answer]) {
            self.question = question
            self.answers = answers
        }
    }

    public static let requiredColumns = ["respondent", "question", "text"]

    /// Every question's answers in `source`.
    public static func read(_ source: SourceText) throws(Diagnostic) -> [QuestionAnswers] {
        let source = try CSVReader.decoded(source)
        let records = try CSVReader.records(in: source)
        guard let header = records.first else {
            throw .error("filen är tom; första raden ska vara rubrikraden 'respondent,question,text'",
                         at: SourceLocation(path: source.path, line: 1, column: 1))
        }
        let (columns, problems) = CSVReader.columns(requiredColumns, in: header, path: source.path)
        if let problem = problems.first { throw problem }
        var order: [String] = []
        var byQuestion: [String: [Answer]] = [:]
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                throw .error("raden har \(record.fields.count) fält; rubrikraden har \(header.fields.count)",
                             at: SourceLocation(path: source.path, line: record.line, column: 1))
            }
            let respondent = record.fields[columns[0]].trimmingWhiteSpace()
            if respondent.isEmpty {
                throw .error("respondenten saknas", at: record.location(ofField: columns[0], in: source))
            }
            let question = try questionFileName(record.fields[columns[1]].trimmingWhiteSpace(),
                                                at: record.location(ofField: columns[1], in: source))
            let answer = Answer(respondent: respondent, text: record.fields[columns[2]])
            if byQuestion[question] == nil { order.append(question) }
            byQuestion[question, default: []].append(answer)
        }
        return order.map { QuestionAnswers(question: $0, answers: byQuestion[$0] ?? []) }
    }

    /// A question id from a file as the name of its files in the codes folder
    /// (`ID.codebook.yaml`), by the rule response files' names follow (`RespondentName`): no
    /// path out of the folder ("../x"), no hidden file (".codebook.yaml" for an empty id), nothing
    /// Windows or macOS refuses; an error at `location` when it cannot be one.
    static func questionFileName(_ question: String, at location: SourceLocation) throws(Diagnostic) -> String {
        if question.isEmpty { throw .error("frågan saknas", at: location) }
        switch RespondentName.validated(question) {
        case .success(let name): return name
        case .failure(let problem):
            throw .error("frågans id \(quoted: question) kan inte vara ett filnamn i kodmappen: \(problem)", at: location)
        }
    }

    /// The answers as a file `read` reads back: the header `respondent,question,text`, one line
    /// per answer, cells quoted where needed. Texts are written as they are, not neutralised for
    /// a spreadsheet: the file is data for the coder (a list's "- " must stay a list).
    public static func text(_ questions: [QuestionAnswers]) -> String {
        var lines = [requiredColumns.joined(separator: ",")]
        for group in questions {
            for answer in group.answers {
                lines.append([answer.respondent, group.question, answer.text].map { SpreadsheetCell.quote($0, separator: ",") }
                    .joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a file; `maximumBytes` bounds what is read at all.
    public static func load(path: String, maximumBytes: Int = 1 << 30) throws(Diagnostic) -> [QuestionAnswers] {
        try read(SourceText.load(path: path, maximumBytes: maximumBytes))
    }
}
