public import SurveyForm
public import SurveyResponses

/// Starts a response from last year's answers, each marked `prefilled` until the respondent confirms it.
public enum PrefillMerger {
    /// Adds last year's readable answers to questions that exist in the form and have no entry yet.
    ///
    /// Answers last year's form counted as not applicable, and questions left empty, are not carried over.
    public static func merge(_ lastYear: Response, into response: inout Response, form: Form, source: String) -> PrefillSummary {
        var summary = PrefillSummary(source: source)
        for (id, entry) in lastYear.orderedEntries {
            guard form.question(withID: id) != nil else {
                summary.notInForm.append(id)
                continue
            }
            guard let value = entry.value else {
                if entry.raw != nil { summary.unreadable.append(id) }
                continue
            }
            guard !entry.notApplicable, !value.isEmpty, response[id] == nil else { continue }
            response[id] = AnswerEntry(value: value, at: entry.at, prefilled: true)
            summary.applied.append(id)
        }
        ApplicabilityMarker.refresh(&response, form: form)
        return summary
    }
}
