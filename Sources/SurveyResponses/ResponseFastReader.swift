import SurveyForm
import SurveyYAML

/// Reads a well-formed response file straight from libyaml's events, without a node tree.
///
/// The common case (a file `survey fill` wrote, or a careful hand edit) needs no diagnostics,
/// and reading 10,000 of them is what `survey check` spends its time on. At the first thing
/// that would give a diagnostic of any kind, or anything unusual (anchors, tags, unknown keys,
/// a question the form does not have), this reader gives up and returns nil; the node-tree
/// reader then reads the file and reports exactly what is wrong, so both paths agree on every
/// file (a test holds them to it).
enum ResponseFastReader {
    static func read(_ source: SourceText, form: Form) -> Response? {
        YAMLEventCursor.read(source) { cursor in
            var reader = Reader(form: form)
            return reader.read(&cursor)
        }
    }

    private struct Reader {
        let form: Form

        mutating func read(_ cursor: inout YAMLEventCursor) -> Response? {
            guard cursor.next() == .streamStart, cursor.next() == .documentStart, case .mappingStart? = cursor.next() else { return nil }
            var top: [String: String] = [:]
            var response: Response?
            while let event = cursor.next() {
                if event == .mappingEnd { break }
                guard case let .scalar(key, _, _) = event, top[key] == nil else { return nil }
                if key == "answers" {
                    guard response == nil, case .mappingStart? = cursor.next() else { return nil }
                    var answers = Response(formID: "", formVersion: "", respondent: "", round: "")
                    guard readAnswers(&cursor, into: &answers) else { return nil }
                    response = answers
                    top[key] = ""
                    continue
                }
                guard ResponseReader.topKeys.contains(key), case let .scalar(value, style, _)? = cursor.next(),
                      !(style == .plain && (value.isEmpty || value == "~" || value == "null")),
                      !value.allSatisfy(\.isWhitespace) else { return nil }
                top[key] = value
            }
            guard cursor.next() == .documentEnd, cursor.next() == .streamEnd, var result = response,
                  top["form"] == form.id, top["version"] == form.version, let respondent = top["respondent"] else { return nil }
            result.formID = form.id
            result.formVersion = form.version
            result.respondent = respondent
            result.round = top["round"] ?? ""
            if let text = top["created"] { guard let value = Timestamp(text) else { return nil }; result.created = value }
            if let text = top["updated"] { guard let value = Timestamp(text) else { return nil }; result.updated = value }
            if let text = top["submitted"] { guard let value = Timestamp(text) else { return nil }; result.submitted = value }
            return result
        }

        /// The `answers` mapping, entry by entry; false at anything the tree reader should see.
        private mutating func readAnswers(_ cursor: inout YAMLEventCursor, into response: inout Response) -> Bool {
            while let event = cursor.next() {
                if event == .mappingEnd { return true }
                guard case let .scalar(id, _, _) = event, response[id] == nil, let index = form.questionIndex[id],
                      case .mappingStart? = cursor.next(), let entry = readEntry(&cursor, question: form.questions[index]) else { return false }
                response[id] = entry
            }
            return false
        }

        private mutating func readEntry(_ cursor: inout YAMLEventCursor, question: Question) -> AnswerEntry? {
            var entry = AnswerEntry()
            // Keys seen so far, as bits: a set of strings would hash every key of every entry.
            var seen: UInt8 = 0
            var answer: YAMLNode?
            var other: YAMLNode?
            var total: YAMLNode?
            while let event = cursor.next() {
                if event == .mappingEnd { break }
                guard case let .scalar(key, _, _) = event, let bit = Self.entryKeyBits[key], seen & bit == 0,
                      let valueEvent = cursor.next() else { return nil }
                seen |= bit
                switch key {
                case "answer", "other", "total":
                    guard ResponseReader.entryTakes(key, kind: question.kind), let node = cursor.node(startingWith: valueEvent) else { return nil }
                    if key == "answer" { answer = node } else if key == "other" { other = node } else { total = node }
                case "empty":
                    guard case .scalar("confirmed", _, _) = valueEvent, question.requirement != .required else { return nil }
                    entry.emptyConfirmed = true
                case "at":
                    guard case let .scalar(text, _, _) = valueEvent, let at = Timestamp(text) else { return nil }
                    entry.at = at
                case "not-applicable", "prefilled":
                    guard case let .scalar(text, .plain, _) = valueEvent, let flag = Self.bool(text) else { return nil }
                    if key == "prefilled" { entry.prefilled = flag } else { entry.notApplicable = flag }
                default:
                    return nil
                }
            }
            guard let answer else {
                return entry.emptyConfirmed && other == nil && total == nil ? entry : nil
            }
            var quiet = YAMLSchemaReader()
            let value = AnswerCodec.decode(answer: answer, other: other, total: total, question: question, reader: &quiet)
            guard quiet.diagnostics.isEmpty, let value else { return nil }
            if entry.emptyConfirmed { return nil }
            entry.value = value
            return entry
        }

        private static let entryKeyBits: [String: UInt8] = Dictionary(
            uniqueKeysWithValues: ResponseReader.entryKeys.enumerated().map { ($1, UInt8(1) << UInt8($0)) }
        )

        private static func bool(_ text: String) -> Bool? {
            switch text {
            case "true", "True", "TRUE": true
            case "false", "False", "FALSE": false
            default: nil
            }
        }
    }
}
