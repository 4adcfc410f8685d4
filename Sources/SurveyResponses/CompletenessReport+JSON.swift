import SurveyYAML

extension CompletenessReport {
    /// The report for machines; keys documented in docs/staff-guide.md.
    ///
    /// Written directly rather than through `JSONEncoder`: the report of 10,000 files is
    /// megabytes, and this keeps `survey check --format json` close to the cost of reading.
    public func json() -> String {
        var out = JSONWriter()
        out.open("{")
        out.key("form"); out.string(formID); out.comma()
        out.key("version"); out.string(formVersion); out.comma()
        out.key("complete"); out.raw(isComplete ? "true" : "false"); out.comma()
        out.key("respondents")
        out.list(respondents) { out, status in
            out.open("{")
            out.key("respondent"); out.string(status.respondent); out.comma()
            out.key("round"); out.string(status.round); out.comma()
            out.key("file"); out.string(status.path); out.comma()
            out.key("complete"); out.raw(status.isComplete ? "true" : "false"); out.comma()
            out.key("applicable"); out.raw(String(status.applicable)); out.comma()
            out.key("answered"); out.raw(String(status.settled)); out.comma()
            out.key("missing"); out.raw(String(status.missingCount)); out.comma()
            out.key("warnings"); out.raw(String(status.warningCount)); out.comma()
            out.key("submitted"); status.submitted.map { out.string($0.text) } ?? out.raw("null"); out.comma()
            out.key("changedAfterSubmission"); out.raw(status.changedAfterSubmission ? "true" : "false")
            out.close("}")
        }
        out.comma()
        out.key("notAnswered")
        out.list(absentees) { out, absentee in
            out.open("{")
            out.key("municipality"); out.string(absentee.municipality); out.comma()
            out.key("round"); out.string(absentee.roundTitle); out.comma()
            out.key("network"); out.string(absentee.networkTitle)
            out.close("}")
        }
        out.comma()
        out.key("findings")
        out.list(findings) { out, finding in
            out.open("{")
            out.key("respondent"); out.string(finding.respondent); out.comma()
            out.key("round"); out.string(finding.round); out.comma()
            out.key("question"); finding.questionID.map { out.string($0) } ?? out.raw("null"); out.comma()
            out.key("kind"); out.string(finding.kind.rawValue); out.comma()
            out.key("severity"); out.string(finding.severity.rawValue); out.comma()
            out.key("message"); out.string(finding.message); out.comma()
            out.key("location"); finding.location.map { out.string($0.description) } ?? out.raw("null")
            out.close("}")
        }
        out.close("}")
        return out.text + "\n"
    }
}

/// Pretty-printed JSON written piece by piece, two spaces per level.
struct JSONWriter {
    private(set) var text = ""
    private var depth = 0

    mutating func open(_ bracket: String) {
        text += bracket
        depth += 1
        newline()
    }

    mutating func close(_ bracket: String) {
        depth -= 1
        newline()
        text += bracket
    }

    mutating func comma() {
        text += ","
        newline()
    }

    mutating func key(_ name: String) {
        string(name)
        text += " : "
    }

    mutating func raw(_ value: String) {
        text += value
    }

    mutating func list<Element>(_ items: [Element], _ write: (inout JSONWriter, Element) -> Void) {
        if items.isEmpty {
            text += "[]"
            return
        }
        open("[")
        for (index, item) in items.enumerated() {
            if index > 0 { comma() }
            write(&self, item)
        }
        close("]")
    }

    mutating func string(_ value: String) {
        JSONString.append(value, to: &text)
    }

    private static let indents = (0..<16).map { "\n" + String(repeating: "  ", count: $0) }

    private mutating func newline() {
        text += depth < Self.indents.count ? Self.indents[depth] : "\n" + String(repeating: "  ", count: depth)
    }
}
