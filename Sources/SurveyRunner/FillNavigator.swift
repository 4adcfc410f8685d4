public import SurveyForm
public import SurveyResponses
import SurveyYAML

/// Where a fill goes next: the applicable questions in form order, and which of them still need an answer.
public struct FillNavigator: Sendable {
    public let form: Form
    public let response: Response
    public let applicable: Set<String>
    /// The applicable questions in asking order.
    public let order: [Question]

    public init(form: Form, response: Response) {
        self.form = form
        self.response = response
        let applicable = ApplicabilityMarker.applicableIDs(in: response, form: form)
        self.applicable = applicable
        self.order = form.questions.filter { applicable.contains($0.id) }
    }

    public func isSettled(_ id: String) -> Bool {
        response[id]?.isSettled == true
    }

    /// The question's 1-based number among the applicable ones.
    public func number(of id: String) -> Int? {
        order.firstIndex { $0.id == id }.map { $0 + 1 }
    }

    /// Where a resumed fill starts: the first applicable question without a settled answer.
    public func firstUnsettled(skipping skipped: Set<String> = []) -> Question? {
        order.first { !isSettled($0.id) && !skipped.contains($0.id) }
    }

    /// The next question that needs an answer after `id`; when none is left after it, the
    /// first one before it (`wrapped`), so questions passed by with `:goto` are not forgotten.
    public func next(after id: String, skipping skipped: Set<String>) -> (question: Question, wrapped: Bool)? {
        let start = order.firstIndex { $0.id == id } ?? positionInForm(of: id)
        let later = order[min(start + 1, order.count)...]
        if let question = later.first(where: { !isSettled($0.id) && !skipped.contains($0.id) }) {
            return (question, false)
        }
        let earlier = order[..<min(start + 1, order.count)]
        if let question = earlier.first(where: { !isSettled($0.id) && !skipped.contains($0.id) && $0.id != id }) {
            return (question, true)
        }
        return nil
    }

    /// The applicable question just before `id`, or the last one when `id` is nil (the end of the form).
    public func previous(before id: String?) -> Question? {
        guard let id else { return order.last }
        let position = order.firstIndex { $0.id == id } ?? positionInForm(of: id)
        return position > 0 ? order[position - 1] : nil
    }

    /// For a question that is not (or no longer) applicable: how many applicable questions come before it.
    private func positionInForm(of id: String) -> Int {
        guard let index = form.questions.firstIndex(where: { $0.id == id }) else { return order.count }
        let before = Set(form.questions[..<index].map(\.id))
        return order.filter { before.contains($0.id) }.count - 1
    }

    /// The question `:goto` names: an id, the unique start of one, or a number as shown in the headings.
    public func resolve(_ target: String) -> Result<Question, InputProblem> {
        let typed = target.trimmingWhitespace()
        if typed.isEmpty {
            return .failure(InputProblem("Skriv :goto följt av frågans id eller nummer, till exempel :goto \(order.first?.id ?? "1")."))
        }
        if typed.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let number = Int(typed), number >= 1, number <= order.count else {
                return .failure(InputProblem("Det finns ingen fråga nummer \(typed); frågorna är numrerade 1–\(order.count)."))
            }
            return .success(order[number - 1])
        }
        let lowered = typed.lowercased()
        var found = form.questions.filter { $0.id == lowered }
        if found.isEmpty { found = form.questions.filter { $0.id.hasPrefix(lowered) } }
        if found.count > 1 {
            let ids = found.prefix(4).map(\.id).joined(separator: ", ") + (found.count > 4 ? " …" : "")
            return .failure(InputProblem("\"\(typed)\" passar flera frågor (\(ids)); skriv hela id:t."))
        }
        guard let question = found.first else {
            let hint = Suggestion.closest(to: lowered, in: form.questions.map(\.id)).map { " Menade du \($0)?" } ?? ""
            return .failure(InputProblem("Det finns ingen fråga \"\(typed)\".\(hint) :review visar alla frågor med id."))
        }
        guard applicable.contains(question.id) else {
            return .failure(InputProblem("Frågan \(question.id) är inte aktuell med dina nuvarande svar."))
        }
        return .success(question)
    }

    /// Applicable questions that must still be answered (or confirmed empty): not the optional ones.
    public var missing: [Question] {
        order.filter { !isSettled($0.id) && $0.requirement != .optional }
    }

    public var settledCount: Int {
        order.filter { isSettled($0.id) }.count
    }
}
