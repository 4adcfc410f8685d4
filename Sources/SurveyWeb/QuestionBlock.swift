public import SurveyForm
public import SurveyResponses
public import SurveyRunner

/// One question on a section page: its wording, help, controls, and what became of a post.
///
/// Controls have labels (`label for`) or, for choices and grids, a `fieldset` with a `legend`;
/// the help, the hint and any message are tied to the controls with `aria-describedby`, and
/// a control with a problem has `aria-invalid`.
public struct QuestionBlock: Sendable {
    public var question: Question
    /// "Fråga 3 av 35" among the applicable questions; nil for one that does not apply now.
    public var number: (Int, Int)?
    /// The answer in the file now.
    public var entry: AnswerEntry?
    /// The fields to show: the file's answer, or what was posted when it was not taken.
    public var fields: FieldValues
    public var outcome: SectionUpdate.Outcome?
    /// What was posted for a question refused as changed elsewhere, shown so it is not lost.
    public var posted: String?
    public var applies: Bool
    /// How to answer, under the help.
    public var hint: String?

    public init(question: Question, presenter: QuestionPresenter, number: (Int, Int)?, entry: AnswerEntry?, fields: FieldValues? = nil,
                outcome: SectionUpdate.Outcome? = nil, posted: String? = nil, applies: Bool) {
        self.question = question
        self.hint = Self.hint(for: question, presenter: presenter)
        self.number = number
        self.entry = entry
        self.fields = fields ?? AnswerFields.fields(for: entry, question: question)
        self.outcome = outcome
        self.posted = posted
        self.applies = applies
    }

    var id: String { question.id }

    private var problem: AnswerIntake.Problem? {
        if case .refused(let problem) = outcome { return problem }
        return nil
    }

    private var isConflict: Bool { outcome == .conflict }

    /// The message beside the question, if any, and the control it is about.
    var message: (text: String, control: String, isError: Bool)? {
        switch outcome {
        case .refused(let problem)?: (problem.message, problem.control, true)
        case .conflict?: (SectionUpdate.conflictMessage, ControlID.main(id), true)
        case .saved(let text)?: (text, ControlID.main(id), false)
        default: nil
        }
    }

    public var html: String {
        let e = HTML.e
        var classes = ["fraga"]
        if problem != nil || isConflict { classes.append("har-fel") }
        var out = "<div class=\"\(classes.joined(separator: " "))\" id=\"\(e(ControlID.block(id)))\" data-fraga=\"\(e(id))\"\(applies ? "" : " hidden")>\n"
        out += "<input type=\"hidden\" name=\"\(e(AnswerFields.base(id)))\" value=\"\(AnswerFields.fingerprint(of: entry, question: question))\">\n"
        let numberText = number.map { "Fråga \($0.0) av \($0.1) " } ?? "Fråga "
        out += "<p class=\"nummer\">\(e(numberText))[\(e(id))]</p>\n"
        out += controls
        out += extras
        out += "</div>\n"
        return out
    }

    // MARK: The parts

    private var requirementNote: String {
        switch question.requirement {
        case .required: ""
        case .optional: " – frivillig"
        case .soft: " – kan lämnas tom"
        }
    }

    private var questionText: String {
        HTML.e(question.text) + (requirementNote.isEmpty ? "" : "<span class=\"krav\">\(HTML.e(requirementNote))</span>")
    }

    /// Delfråga, help, hint, last year's note and the message, with their ids for `aria-describedby`.
    private var descriptions: (html: String, ids: [String]) {
        var html = ""
        var ids: [String] = []
        if let origin = question.splitFrom {
            html += "<p class=\"delfraga\">Delfråga av: \(HTML.e(origin))</p>\n"
        }
        if let help = question.help {
            html += HTML.prose(help, class: "hjalp", id: ControlID.help(id))
            ids.append(ControlID.help(id))
        }
        if let hint {
            html += "<p class=\"hur\" id=\"\(HTML.e(ControlID.hint(id)))\">\(HTML.e(hint))</p>\n"
            ids.append(ControlID.hint(id))
        }
        if entry?.prefilled == true {
            html += "<p class=\"forra\" id=\"forra-\(HTML.e(id))\">Förra årets svar är ifyllt. Kryssa i Behåll förra årets svar, eller skriv ett nytt.</p>\n"
            ids.append("forra-" + id)
        }
        if let message, message.isError {
            html += "<div class=\"felmeddelande\" id=\"\(HTML.e(ControlID.error(id)))\"><p><span class=\"dold\">Fel: </span>\(HTML.e(message.text))</p>"
            if let posted {
                html += "<p>Det du skrev:</p>" + HTML.paragraphs(posted, class: "det-du-skrev")
            }
            html += "</div>\n"
            ids.append(ControlID.error(id))
        }
        return (html, ids)
    }

    private func describedBy(_ ids: [String]) -> String {
        ids.isEmpty ? "" : " aria-describedby=\"\(HTML.e(ids.joined(separator: " ")))\""
    }

    private func invalid(_ control: String) -> String {
        guard let message, message.isError else { return "" }
        return message.control == control || message.control == ControlID.main(id) ? " aria-invalid=\"true\"" : ""
    }

    private var required: String {
        question.requirement == .required ? " aria-required=\"true\"" : ""
    }

    private var controls: String {
        let e = HTML.e
        let (descriptionHTML, ids) = descriptions
        let main = ControlID.main(id)
        let name = AnswerFields.main(id)
        let value = fields[name] ?? ""
        switch question.kind {
        case .text:
            var out = "<label class=\"fragetext\" for=\"\(e(main))\">\(questionText)</label>\n" + descriptionHTML
            out += "<textarea id=\"\(e(main))\" name=\"\(e(name))\" rows=\"6\"\(required)\(describedBy(ids))\(invalid(main))>\n\(e(value))</textarea>\n"
            return out
        case .shortText:
            return "<label class=\"fragetext\" for=\"\(e(main))\">\(questionText)</label>\n" + descriptionHTML
                + "<input type=\"text\" id=\"\(e(main))\" name=\"\(e(name))\" value=\"\(e(value))\" autocomplete=\"off\"\(required)\(describedBy(ids))\(invalid(main))>\n"
        case .number, .termOrDate:
            let mode = if case .number = question.kind { " inputmode=\"decimal\"" } else { "" }
            return "<label class=\"fragetext\" for=\"\(e(main))\">\(questionText)</label>\n" + descriptionHTML
                + "<input type=\"text\" class=\"kort\" id=\"\(e(main))\" name=\"\(e(name))\" value=\"\(e(value))\"\(mode) autocomplete=\"off\"\(required)\(describedBy(ids))\(invalid(main))>\n"
        case .singleChoice(let spec), .multipleChoice(let spec):
            let multiple = if case .multipleChoice = question.kind { true } else { false }
            let chosen = Set(fields.all(name))
            var options = ""
            for option in spec.options {
                options += choice(type: multiple ? "checkbox" : "radio", name: name, value: option.id, label: option.label,
                                  control: ControlID.option(id, option.id), checked: chosen.contains(option.id))
                if option.id == ChoiceSpec.otherID {
                    let other = ControlID.other(id)
                    options += "<div class=\"annat\"><label for=\"\(e(other))\">Text till ”\(e(option.label))”</label>"
                        + "<input type=\"text\" id=\"\(e(other))\" name=\"\(e(AnswerFields.other(id)))\" value=\"\(e(fields[AnswerFields.other(id)] ?? ""))\" autocomplete=\"off\"\(invalid(other))></div>\n"
                }
            }
            return fieldset(descriptionHTML, ids: ids, content: "<div class=\"alternativ\">\n" + options + "</div>\n")
        case .yesNo:
            let options = [("ja", "Ja"), ("nej", "Nej")].map {
                choice(type: "radio", name: name, value: $0.0, label: $0.1, control: ControlID.option(id, $0.0), checked: value == $0.0)
            }.joined()
            return fieldset(descriptionHTML, ids: ids, content: "<div class=\"alternativ rad\">\n" + options + "</div>\n")
        case .scale(let points):
            let options = points.map {
                choice(type: "radio", name: name, value: String($0.value), label: "\($0.value). \($0.label)",
                       control: ControlID.option(id, String($0.value)), checked: value == String($0.value))
            }.joined()
            return fieldset(descriptionHTML, ids: ids, content: "<div class=\"alternativ\">\n" + options + "</div>\n")
        case .status:
            let options = Status.allCases.enumerated().map {
                choice(type: "radio", name: name, value: $0.element.rawValue, label: "\($0.offset + 1). \($0.element.label)",
                       control: ControlID.option(id, $0.element.rawValue), checked: value == $0.element.rawValue)
            }.joined()
            return fieldset(descriptionHTML, ids: ids, content: "<div class=\"alternativ\">\n" + options + "</div>\n")
        case .countGrid(let spec):
            var rows = ""
            for row in spec.rows {
                let control = ControlID.row(id, row.id)
                rows += numberRow(label: row.label, control: control, name: AnswerFields.row(id, row.id))
            }
            if let totalLabel = spec.totalLabel {
                rows += numberRow(label: totalLabel, control: ControlID.total(id), name: AnswerFields.total(id), extraClass: " totalt")
            }
            return fieldset(descriptionHTML, ids: ids, content: "<div class=\"antal\">\n" + rows + "</div>\n")
        case .checkGrid(let spec):
            var rows = ""
            for row in spec.rows {
                let rowControl = ControlID.row(id, row.id)
                let checked = Set(fields.all(AnswerFields.row(id, row.id)))
                rows += "<fieldset class=\"kryssrad\" id=\"\(e(rowControl))\" tabindex=\"-1\"><legend>\(e(row.label))</legend>\n"
                for column in spec.columns {
                    rows += choice(type: "checkbox", name: AnswerFields.row(id, row.id), value: column.id, label: column.label,
                                   control: ControlID.cell(id, row.id, column.id), checked: checked.contains(column.id))
                }
                rows += "</fieldset>\n"
            }
            rows += "<div class=\"inga\">" + choice(type: "checkbox", name: AnswerFields.noChecks(id), value: "1",
                                                   label: "Inga kryss (inget av detta gäller)", control: ControlID.noChecks(id),
                                                   checked: fields[AnswerFields.noChecks(id)] != nil) + "</div>\n"
            return fieldset(descriptionHTML, ids: ids, content: "<div class=\"kryss\">\n" + rows + "</div>\n")
        }
    }

    private func fieldset(_ descriptionHTML: String, ids: [String], content: String) -> String {
        let e = HTML.e
        return "<fieldset class=\"svar\" id=\"\(e(ControlID.main(id)))\" tabindex=\"-1\"\(describedBy(ids))>\n"
            + "<legend class=\"fragetext\">\(questionText)</legend>\n" + descriptionHTML + content + "</fieldset>\n"
    }

    private func choice(type: String, name: String, value: String, label: String, control: String, checked: Bool) -> String {
        let e = HTML.e
        return "<div class=\"val\"><input type=\"\(type)\" id=\"\(e(control))\" name=\"\(e(name))\" value=\"\(e(value))\"\(checked ? " checked" : "")\(invalid(control))>"
            + "<label for=\"\(e(control))\">\(e(label))</label></div>\n"
    }

    private func numberRow(label: String, control: String, name: String, extraClass: String = "") -> String {
        let e = HTML.e
        return "<div class=\"antalsrad\(extraClass)\"><label for=\"\(e(control))\">\(e(label))</label>"
            + "<input type=\"text\" class=\"tal\" id=\"\(e(control))\" name=\"\(e(name))\" value=\"\(e(fields[name] ?? ""))\" inputmode=\"numeric\" autocomplete=\"off\"\(invalid(control))></div>\n"
    }

    /// Last year's answer to keep, "lämna tom", "talet stämmer", and a saved note.
    private var extras: String {
        var out = ""
        if entry?.prefilled == true {
            out += "<div class=\"val behall\">" + checkbox(AnswerFields.keepLastYear(id), ControlID.keepLastYear(id), "Behåll förra årets svar", checked: false) + "</div>\n"
        }
        if question.requirement == .soft {
            out += "<div class=\"val tom\">" + checkbox(AnswerFields.leaveEmpty(id), ControlID.leaveEmpty(id), "Lämna frågan tom",
                                                       checked: fields[AnswerFields.leaveEmpty(id)] != nil) + "</div>\n"
        }
        if problem?.asksConfirmation == true {
            out += "<div class=\"val stammer\">" + checkbox(AnswerFields.confirmNumber(id), ControlID.confirmNumber(id), "Ja, talet stämmer", checked: false) + "</div>\n"
        }
        if let message, !message.isError {
            out += "<p class=\"sparat\">\(HTML.e(message.text))</p>\n"
        }
        return out
    }

    private func checkbox(_ name: String, _ control: String, _ label: String, checked: Bool) -> String {
        let e = HTML.e
        return "<input type=\"checkbox\" id=\"\(e(control))\" name=\"\(e(name))\" value=\"1\"\(checked ? " checked" : "")>"
            + "<label for=\"\(e(control))\">\(e(label))</label>"
    }

    /// How to answer, where the controls do not say it themselves: the terminal's own hint
    /// where it holds for a browser too, a browser's where it does not.
    static func hint(for question: Question, presenter: QuestionPresenter) -> String? {
        switch question.kind {
        case .number, .termOrDate, .shortText, .countGrid:
            return presenter.hint(for: question.kind).trimmingWhitespace()
        case .text(let maxLength):
            return maxLength.map { "Högst \($0) tecken." }
        case .multipleChoice(let spec):
            var words = "Välj ett eller flera alternativ."
            switch (spec.minimumSelected, spec.maximumSelected) {
            case let (minimum?, maximum?): words += " Välj \(minimum)–\(maximum)."
            case let (minimum?, nil): words += " Välj minst \(minimum)."
            case let (nil, maximum?): words += " Välj högst \(maximum)."
            case (nil, nil): break
            }
            return words
        case .checkGrid:
            return "Kryssa för varje rad i de kolumner som gäller."
        case .singleChoice, .yesNo, .scale, .status:
            return nil
        }
    }
}
