public import SurveyYAML

/// `survey lint` for forms: every load error, plus warnings about the wording and splits.
public enum FormLinter {
    /// Loads and lints a form file; diagnostics sorted by position.
    public static func lint(path: String) -> FormLoadResult {
        var result = FormLoader.load(path: path)
        // A file that is not YAML at all gives no form, so no warnings either.
        if let form = result.form {
            result.diagnostics += warnings(for: form)
        }
        result.diagnostics = result.diagnostics.uniqued().sortedByLocation()
        return result
    }

    /// Findings that do not stop a form from being used but that its author should see.
    public static func warnings(for form: Form) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        var seenTemplates = Set<SourceLocation>()
        for question in form.questions {
            // A template in a repeated block is one piece of text: warn once, not per item.
            if question.repetition != nil, !seenTemplates.insert(question.textLocation).inserted { continue }
            for finding in DoubleBarrelDetector.findings(in: question.text) {
                warnings.append(.warning(finding.message, at: question.textLocation))
            }
            if let origin = question.splitFrom, origin.trimmingWhitespace() == question.text.trimmingWhitespace() {
                warnings.append(.warning("'from' upprepar frågans egen text; 'from' ska behålla formuleringen som frågan delades upp från", at: question.location))
            }
        }
        var seenLonely = Set<SourceLocation>()
        for group in form.splitGroups where group.questions.count == 1 {
            let question = group.questions[0]
            guard seenLonely.insert(question.location).inserted else { continue }
            warnings.append(.warning("bara frågan \(quoted: question.id) är uppdelad från \"\(group.originalText)\"; en uppdelning har minst två delar", at: question.location))
        }
        return warnings + interleavedTables(in: form)
    }

    /// Published tables without a number between numbered ones, unless the form says
    /// `number: false`: a reader looks for Tabell 12 after Tabell 11, not for an unnamed table.
    static func interleavedTables(in form: Form) -> [Diagnostic] {
        let published = form.tabulatedQuestions.filter { $0.table?.publish == true }
        var warnings: [Diagnostic] = []
        for (index, question) in published.enumerated() {
            guard let table = question.table, table.number == nil, !table.unnumbered,
                  let before = published[..<index].last(where: { $0.table?.number != nil })?.table?.number,
                  let after = published[(index + 1)...].first(where: { $0.table?.number != nil })?.table?.number else { continue }
            warnings.append(.warning("tabellen för \(quoted: question.id) har inget nummer men publiceras mellan Tabell \(before) och Tabell \(after); "
                                     + "ge den ett nummer, 'number: false' för att publicera den utan nummer där, eller 'publish: false' för att ge dess siffror bara i texten",
                                     at: table.location))
        }
        return warnings
    }
}
