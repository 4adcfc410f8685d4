public import SurveyForm
import SurveyYAML

/// Works out what is missing in a set of responses to a form, and who has not answered at all.
public enum CompletenessChecker {
    /// Checks every response of `set`; with a register, names the municipalities of `expectedRounds`
    /// (all rounds when nil) that have no response file.
    public static func check(form: Form, responses set: ResponseSet, register: Register? = nil,
                             expectedRounds: Set<String>? = nil) -> CompletenessReport {
        var statuses = ConcurrentMap.map(set.items) { status(of: $0, form: form) }
        if let register {
            for index in statuses.indices {
                if let finding = notInRegister(statuses[index], register: register) { statuses[index].findings.append(finding) }
            }
        }
        var absentees: [CompletenessReport.Absentee] = []
        var general: [CompletenessReport.Finding] = []
        if let register {
            let answered = Set(set.items.map(\.location.respondent))
            for round in register.rounds where expectedRounds?.contains(round.id) ?? true {
                for network in round.networks {
                    for municipality in network.municipalities where !answered.contains(municipality) {
                        absentees.append(.init(municipality: municipality, roundTitle: round.title, networkTitle: network.title))
                        general.append(.init(kind: .notAnswered, severity: .missing, respondent: municipality, round: round.id,
                                             questionID: nil, message: "\(municipality) (\(round.title), \(network.title)) har inte svarat alls."))
                    }
                }
            }
        }
        return CompletenessReport(formID: form.id, formTitle: form.title, formVersion: form.version,
                                  respondents: statuses, absentees: absentees, generalFindings: general,
                                  respondentNoun: RespondentNoun.of(form: form, register: register))
    }

    /// A response file of someone the register does not have in its round (in any round, for a
    /// file outside a round folder): a name written otherwise than the register writes it, or a
    /// file put in by hand. Its answers are counted in the tables all the same, so staff should
    /// know; it does not make the folder incomplete.
    private static func notInRegister(_ status: CompletenessReport.RespondentStatus, register: Register) -> CompletenessReport.Finding? {
        let name = status.respondent
        let elsewhere = register.placement(of: name)?.round
        let round = register.round(withID: status.round)
        var message: String
        if status.round.isEmpty || round != nil {
            guard !(round?.municipalities.contains(name) ?? (elsewhere != nil)) else { return nil }
            message = round.map { "\(name) finns inte med i \($0.title) i registret" } ?? "\(name) finns inte i registret"
            if let elsewhere {
                message += " (hör till \(elsewhere.title))"
            } else if let close = Suggestion.closest(to: name, in: register.rounds.flatMap(\.municipalities)) {
                message += " (menade du \(close)?)"
            }
        } else {
            message = "Omgången \(quoted: status.round) finns inte i registret"
            if let elsewhere { message += "; \(name) hör till \(elsewhere.title)" }
        }
        message += "; svaren räknas ändå med i tabellerna."
        return .init(kind: .notInRegister, severity: .warning, respondent: name, round: status.round, questionID: nil, message: message)
    }

    private static func status(of item: ResponseSet.Item, form: Form) -> CompletenessReport.RespondentStatus {
        status(of: item.result, at: item.location, form: form)
    }

    /// What is missing in one response (or why its file cannot be read), e.g. at the end of
    /// `survey fill`, worded for staff or for the respondent.
    public static func status(of result: ResponseLoadResult, at location: ResponseStore.Location, form: Form,
                              voice: CompletenessVoice = .staff) -> CompletenessReport.RespondentStatus {
        let name = location.respondent
        let say = CompletenessWording(voice: voice, name: name)
        let round = location.round
        let path = location.path
        let item = (location: location, result: result)
        func finding(_ kind: CompletenessReport.Finding.Kind, _ severity: CompletenessReport.Finding.Severity,
                     _ question: Question?, _ message: String, id: String? = nil, at location: SourceLocation? = nil) -> CompletenessReport.Finding {
            CompletenessReport.Finding(kind: kind, severity: severity, respondent: name, round: round,
                                       questionID: id ?? question?.id, message: message, location: location)
        }
        // Syntax errors, another form's answers, or no mapping at all: nothing can be counted.
        guard let response = item.result.response else {
            let first = item.result.diagnostics.first(where: \.isError)
            let place = first?.location.map { " (se \($0))" } ?? ""
            return .init(respondent: name, round: round, path: path, applicable: 0, settled: 0, findings: [
                finding(.unreadableFile, .missing, nil, say.unreadableFile(place: place), at: first?.location),
            ])
        }
        let applies = response.applicability(in: form)
        let applicableCount = applies.lazy.filter { $0 }.count
        var findings: [CompletenessReport.Finding] = []
        // The same reading as `survey fill`'s: a file with errors is not complete, whatever it holds.
        let errors = item.result.diagnostics.filter(\.isError)
        if let first = errors.first {
            let place = first.location.map { " (se \($0))" } ?? ""
            let count = errors.count == 1 ? "ett fel" : "\(errors.count) fel"
            findings.append(finding(.fileErrors, .missing, nil,
                "Filen med \(genitive(name)) svar har \(count)\(place) som måste rättas innan den kan fyllas i vidare.", at: first.location))
        }
        var settled = 0
        var handledBySplit = Set<String>()

        // Split pairs half answered: say so in one remark per missing part.
        for group in form.splitGroups {
            let parts = group.questions.filter { form.questionIndex[$0.id].map { applies[$0] } ?? false }
            // A part confirmed empty is settled but not answered: it does not make the pair half answered.
            let answeredParts = parts.filter { response[$0.id]?.isSettled == true && response[$0.id]?.value != nil }
            let missingParts = parts.filter { response[$0.id]?.isSettled != true }
            guard !answeredParts.isEmpty, !missingParts.isEmpty else { continue }
            for part in missingParts {
                handledBySplit.insert(part.id)
                let severity: CompletenessReport.Finding.Severity = part.requirement == .optional ? .warning : .missing
                findings.append(finding(.splitHalfAnswered, severity, part,
                    say.splitHalfAnswered(answered: answeredParts, missing: part, original: group.originalText)))
            }
        }

        // Indices, not elements: copying every Question per file costs more than the checks.
        for index in form.questions.indices where applies[index] {
            let id = form.questions[index].id
            let requirement = form.questions[index].requirement
            let entry = response[id]
            if entry?.isSettled == true { settled += 1 }
            if handledBySplit.contains(id) { continue }
            if let entry, entry.value == nil, entry.raw != nil {
                let question = form.questions[index]
                findings.append(finding(.unreadableAnswer, requirement == .optional ? .warning : .missing, question,
                                        say.unreadableAnswer(question, path: path)))
                continue
            }
            if let entry, entry.prefilled {
                let question = form.questions[index]
                findings.append(finding(.prefilledUnconfirmed, requirement == .optional ? .warning : .missing, question,
                                        say.prefilledUnconfirmed(question)))
                continue
            }
            guard let entry, entry.isSettled else {
                switch requirement {
                case .required:
                    let question = form.questions[index]
                    findings.append(finding(.requiredUnanswered, .missing, question, say.requiredUnanswered(question)))
                case .soft:
                    let question = form.questions[index]
                    findings.append(finding(.softUnconfirmed, .missing, question, say.softUnconfirmed(question)))
                case .optional:
                    break
                }
                continue
            }
            if let problem = valueFinding(entry.value, form: form, index: index, say: say) {
                findings.append(finding(problem.kind, problem.severity, form.questions[index], problem.message))
            }
        }

        // Answers kept in the file that this version of the form does not ask.
        for id in response.answerOrder where form.questionIndex[id] == nil {
            findings.append(finding(.notInForm, .warning, nil, say.notInForm(id, version: form.version), id: id))
        }
        var status = CompletenessReport.RespondentStatus(respondent: name, round: round, path: path, applicable: applicableCount,
                                                         settled: settled, findings: findings)
        if let submitted = response.submitted {
            status.submitted = submitted
            status.changedAfterSubmission = response.updated.map { submitted < $0 } ?? false
        }
        return status
    }

    /// A problem with an answer that is there: a non-answer, or a count grid that does not add up.
    private static func valueFinding(_ value: AnswerValue?, form: Form, index: Int, say: CompletenessWording)
        -> (kind: CompletenessReport.Finding.Kind, severity: CompletenessReport.Finding.Severity, message: String)? {
        switch value {
        case .text(let text)?:
            guard let quoted = NonAnswerDetector.nonAnswer(in: text) else { return nil }
            return (.nonAnswer, .warning, say.nonAnswer(quoted, form.questions[index]))
        case .choice(_, let other?)?, .choices(_, let other?)?:
            guard let quoted = NonAnswerDetector.nonAnswer(in: other) else { return nil }
            return (.nonAnswer, .warning, say.nonAnswerAsOther(quoted, form.questions[index]))
        case .countGrid(let rows, let total)?:
            let question = form.questions[index]
            guard case .countGrid(let spec) = question.kind, let totalLabel = spec.totalLabel else { return nil }
            let sum = rows.values.reduce(0, +)
            guard let total else {
                return (.gridTotalMissing, question.requirement == .optional ? .warning : .missing,
                        say.gridTotalMissing(totalLabel, question))
            }
            guard sum != total else { return nil }
            return (.gridTotalMismatch, .missing,
                    say.gridTotalMismatch(question, sum: sum, totalLabel: totalLabel, total: total))
        default:
            return nil
        }
    }
}
