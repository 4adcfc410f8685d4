public import SurveyYAML

/// Answers coded in another tool, such as a coding sheet staff kept in Excel: CSV with the
/// columns respondent, question, text, categories.
///
/// An answer's categories are named by their labels and separated by ";"; an empty cell means
/// the answer was coded as nothing. Columns are found by their header (any order, any case;
/// other columns are ignored), as in `AnswerCSV`. Every bad row is reported, with its position,
/// before anything is learned.
public enum CodedAnswerCSV {
    /// One coded answer and where it stands in the file.
    public struct Row: Hashable, Sendable {
        public var respondent: String
        public var question: String
        public var text: String
        /// The category labels, as written (trimmed), in order; empty for "coded as nothing".
        public var labels: [String]
        /// Where the question and the categories cell start.
        public var questionLocation: SourceLocation
        public var categoriesLocation: SourceLocation
    }

    public static let requiredColumns = ["respondent", "question", "text", "categories"]

    /// Every row of `source`; all problems at once when there are any.
    public static func read(_ file: SourceText) throws(FileDiagnostics) -> [Row] {
        let source: SourceText, records: [CSVReader.Record]
        do {
            source = try CSVReader.decoded(file)
            records = try CSVReader.records(in: source)
        } catch {
            throw FileDiagnostics([error])
        }
        guard let header = records.first else {
            throw FileDiagnostics([.error("filen är tom; första raden ska vara rubrikraden 'respondent,question,text,categories'",
                                          at: SourceLocation(path: source.path, line: 1, column: 1))])
        }
        let found = CSVReader.columns(requiredColumns, in: header, path: source.path)
        let columns = found.columns
        var problems = found.problems
        guard problems.isEmpty else { throw FileDiagnostics(problems) }
        var rows: [Row] = []
        let lines = SourceText.LineIndex(source)
        func location(_ record: CSVReader.Record, field: Int) -> SourceLocation {
            field < record.fieldOffsets.count ? lines.location(ofByteOffset: record.fieldOffsets[field])
                : SourceLocation(path: source.path, line: record.line, column: 1)
        }
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                problems.append(.error("raden har \(record.fields.count) fält; rubrikraden har \(header.fields.count)",
                                       at: SourceLocation(path: source.path, line: record.line, column: 1)))
                continue
            }
            let respondent = record.fields[columns[0]].trimmingWhiteSpace()
            let question = record.fields[columns[1]].trimmingWhiteSpace()
            let text = record.fields[columns[2]]
            if respondent.isEmpty {
                problems.append(.error("respondenten saknas", at: location(record, field: columns[0])))
            }
            if question.isEmpty {
                problems.append(.error("frågan saknas", at: location(record, field: columns[1])))
            }
            if text.allSatisfy(\.isWhitespace) {
                problems.append(.error("svarets text saknas; ett kodat svar behöver sin text för att kodaren ska kunna lära av det",
                                       at: location(record, field: columns[2])))
            }
            let labels = record.fields[columns[3]].split(separator: ";").map { String($0).trimmingWhiteSpace() }.filter { !$0.isEmpty }
            rows.append(Row(respondent: respondent, question: question, text: text, labels: labels,
                            questionLocation: location(record, field: columns[1]), categoriesLocation: location(record, field: columns[3])))
        }
        guard problems.isEmpty else { throw FileDiagnostics(problems) }
        return rows
    }

    /// Reads a file; `maximumBytes` bounds what is read at all.
    public static func load(path: String, maximumBytes: Int = 1 << 30) throws(FileDiagnostics) -> [Row] {
        let source: SourceText
        do {
            source = try SourceText.load(path: path, maximumBytes: maximumBytes)
        } catch {
            throw FileDiagnostics([error])
        }
        return try read(source)
    }
}
