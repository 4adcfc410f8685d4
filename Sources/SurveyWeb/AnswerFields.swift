internal import Crypto
public import SurveyForm
public import SurveyResponses

/// The names of a question's form fields, and the fields an answer fills in.
///
/// A question's fields all start with `q.ID`: the answer itself (`q.ID`), the text of
/// "Annat, nämligen …" (`q.ID:annat`), a grid row (`q.ID:rad:ROW`), a count grid's total
/// (`q.ID:totalt`), "Lämna frågan tom" (`q.ID:tom`), "Inga kryss" of a check grid
/// (`q.ID:inga`), "Behåll förra årets svar" (`q.ID:behall`) and "Ja, talet stämmer"
/// (`q.ID:stammer`). `bas.ID` carries the fingerprint of the answer the page was made from.
public enum AnswerFields {
    public static func main(_ id: String) -> String { "q." + id }
    public static func other(_ id: String) -> String { "q." + id + ":annat" }
    public static func row(_ id: String, _ row: String) -> String { "q." + id + ":rad:" + row }
    public static func total(_ id: String) -> String { "q." + id + ":totalt" }
    public static func leaveEmpty(_ id: String) -> String { "q." + id + ":tom" }
    public static func noChecks(_ id: String) -> String { "q." + id + ":inga" }
    public static func keepLastYear(_ id: String) -> String { "q." + id + ":behall" }
    public static func confirmNumber(_ id: String) -> String { "q." + id + ":stammer" }
    public static func base(_ id: String) -> String { "bas." + id }

    /// Whether a field name belongs to question `id`.
    public static func belongs(_ name: String, to id: String) -> Bool {
        let main = "q." + id
        return name == main || (name.hasPrefix(main) && name.utf8.dropFirst(main.utf8.count).first == UInt8(ascii: ":"))
    }

    /// Fields that ask for an action rather than show a state: they never make a page's
    /// fields differ from the answer they were made from.
    static func isAction(_ name: String, of id: String) -> Bool {
        name == keepLastYear(id) || name == confirmNumber(id)
    }

    /// The fields as a page fills them in for an entry (nothing for no entry).
    public static func fields(for entry: AnswerEntry?, question: Question) -> FieldValues {
        var fields = FieldValues()
        let id = question.id
        guard let entry else { return fields }
        if entry.emptyConfirmed, entry.value == nil {
            fields.set("1", for: leaveEmpty(id))
            return fields
        }
        guard let value = entry.value else { return fields }
        switch value {
        case .text(let text):
            fields.set(text, for: main(id))
        case .number(let number):
            fields.set(AnswerValue.swedishNumber(number), for: main(id))
        case .termOrDate(let when):
            fields.set(when.description, for: main(id))
        case .yesNo(let yes):
            fields.set(yes ? "ja" : "nej", for: main(id))
        case .scale(let point):
            fields.set(String(point), for: main(id))
        case .status(let status):
            fields.set(status.rawValue, for: main(id))
        case let .choice(choice, other):
            fields.set(choice, for: main(id))
            if let other { fields.set(other, for: AnswerFields.other(id)) }
        case let .choices(ids, other):
            for choice in ids { fields.append(choice, for: main(id)) }
            if let other { fields.set(other, for: AnswerFields.other(id)) }
        case let .countGrid(rows, total):
            if case .countGrid(let spec) = question.kind {
                for gridRow in spec.rows { if let count = rows[gridRow.id] { fields.set(String(count), for: row(id, gridRow.id)) } }
            }
            if let total { fields.set(String(total), for: AnswerFields.total(id)) }
        case .checkGrid(let rows):
            if case .checkGrid(let spec) = question.kind {
                for gridRow in spec.rows {
                    for column in spec.columns where rows[gridRow.id]?.contains(column.id) == true {
                        fields.append(column.id, for: row(id, gridRow.id))
                    }
                }
            }
            if rows.values.allSatisfy(\.isEmpty) { fields.set("1", for: noChecks(id)) }
        }
        return fields
    }

    /// A fingerprint of a question's fields: equal fingerprints, equal fields as a reader sees
    /// them (line ends as LF, empty fields as no field, values in order of name and value).
    ///
    /// A page carries the fingerprint of the answer it was made from (`bas.ID`). A post whose
    /// fields have that fingerprint left the question as it was; a file whose answer no longer
    /// has it changed since the page was made.
    public static func fingerprint(_ fields: FieldValues, question id: String) -> String {
        var canonical = ""
        for name in fields.values.keys.sorted() where belongs(name, to: id) && !isAction(name, of: id) {
            let values = fields.all(name).map(normalized).filter { !$0.isEmpty }.sorted()
            guard !values.isEmpty else { continue }
            canonical += name + "\u{1}" + values.joined(separator: "\u{2}") + "\u{3}"
        }
        let digest = SHA256.hash(data: Array(canonical.utf8))
        return digest.prefix(16).map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }.joined()
    }

    /// The fingerprint of the answer an entry holds.
    public static func fingerprint(of entry: AnswerEntry?, question: Question) -> String {
        fingerprint(fields(for: entry, question: question), question: question.id)
    }

    /// Line ends as a browser sends them (CRLF) read as LF.
    static func normalized(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "\r")) else { return value }
        var out = String.UnicodeScalarView()
        var previousWasReturn = false
        for scalar in value.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousWasReturn = true
                continue
            }
            if !(scalar == "\n" && previousWasReturn) { out.append(scalar) }
            previousWasReturn = false
        }
        return String(out)
    }
}
