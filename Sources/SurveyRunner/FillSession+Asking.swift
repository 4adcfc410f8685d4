import SurveyForm
import SurveyResponses

extension FillSession {
    /// What the prompt at the end of the form leads to.
    enum EndChoice {
        case finish
        case interrupted
        case moveTo(Question)
    }

    /// Asks one question until it is answered or left: shows it, reads lines, parses, handles commands.
    mutating func ask(_ question: Question) -> QuestionResult {
        let navigator = navigator
        write(presenter.headings(for: question, after: lastContext))
        lastContext = HeadingContext(question)
        showQuestion(question, navigator: navigator)
        var step = initialStep(for: question)
        defer { dropQueuedLines() }
        while true {
            write(prompt(for: step, question: question))
            switch receive(at: step) {
            case .end:
                return .endOfInput(discarded: step.hasTypedInput)
            case .interrupted:
                return .interrupted(discarded: step.hasTypedInput)
            case .nothing:
                continue
            case .pastedText(let lines):
                if case .text(let typed) = step { step = .text(lines: typed + lines) }
                write(environment.styling.dim("(\(lines.count) rader inklistrade; avsluta med en rad med bara en punkt.)") + "\n")
            case .line(let text):
                if let command = RunnerCommand(parsing: text) {
                    if let result = handle(command, question: question, step: &step, navigator: navigator) { return result }
                } else if let result = handleAnswer(text, question: question, step: &step) {
                    return result
                }
            }
        }
    }

    /// What one read gave the question being asked.
    private enum Received {
        case line(String)
        /// Lines pasted into a text answer, taken whole: not as commands, not as the closing ".".
        case pastedText([String])
        /// A paste that was refused, with a message already written.
        case nothing
        case end
        case interrupted
    }

    /// The next line to handle: a queued pasted row, or input. A paste outside text questions
    /// is taken as one line when it is one, as rows in a grid, and refused otherwise.
    private mutating func receive(at step: AnswerStep) -> Received {
        if !queuedLines.isEmpty {
            let line = queuedLines.removeFirst()
            write(line + "\n")
            return .line(line)
        }
        guard let event = nextInput() else { return .end }
        switch event {
        case .interrupted:
            return .interrupted
        case .line(let text):
            if environment.echoesInput { write(text + "\n") }
            return .line(text)
        case .paste(let lines):
            if environment.echoesInput { write(lines.map { $0 + "\n" }.joined()) }
            switch step {
            case .text:
                return .pastedText(lines)
            case .countRow, .countTotal, .checkRow:
                queuedLines = Array(lines.dropFirst())
                return .line(lines.first ?? "")
            case .singleLine, .confirmEmpty, .confirmPlausible:
                let filled = lines.filter { !$0.trimmingWhitespace().isEmpty }
                if filled.count <= 1 { return .line(filled.first ?? "") }
                write("Här ska svaret stå på en rad, men du klistrade in \(filled.count) rader.\n")
                return .nothing
            }
        }
    }

    /// Pasted rows left over when a grid is done are not carried into the next question.
    private mutating func dropQueuedLines() {
        guard !queuedLines.isEmpty else { return }
        write("\(queuedLines.count) inklistrade rader blev över och användes inte.\n")
        queuedLines = []
    }

    private mutating func showQuestion(_ question: Question, navigator: FillNavigator) {
        let number = navigator.number(of: question.id) ?? 0
        write(presenter.block(for: question, number: number, of: navigator.order.count, entry: keepableEntry(question)))
    }

    /// The entry Enter would keep: an answer, or a confirmed empty one, that counts.
    func keepableEntry(_ question: Question) -> AnswerEntry? {
        guard let entry = response[question.id], !entry.notApplicable else { return nil }
        return entry.value != nil || entry.emptyConfirmed ? entry : nil
    }

    func initialStep(for question: Question) -> AnswerStep {
        let current = keepableEntry(question)?.value
        switch question.kind {
        case .text:
            return .text(lines: [])
        case .countGrid:
            if case .countGrid(let values, _)? = current { return .countRow(0, values: values) }
            return .countRow(0, values: [:])
        case .checkGrid:
            if case .checkGrid(let rows)? = current { return .checkRow(0, rows: rows) }
            return .checkRow(0, rows: [:])
        default:
            return .singleLine
        }
    }

    private func prompt(for step: AnswerStep, question: Question) -> String {
        let styling = environment.styling
        switch (step, question.kind) {
        case let (.countRow(index, values), .countGrid(spec)):
            let row = spec.rows[index]
            return "  \(row.label)\(presenter.bracketed(values[row.id].map(String.init))): "
        case let (.countTotal, .countGrid(spec)):
            var kept: String?
            if case .countGrid(_, let total?)? = keepableEntry(question)?.value { kept = String(total) }
            return "  \(spec.totalLabel ?? "Totalt")\(presenter.bracketed(kept)): "
        case let (.checkRow(index, rows), .checkGrid(spec)):
            let row = spec.rows[index]
            var kept: String?
            // Rows typed earlier in this answer show too, after :back; Enter keeps what the brackets show.
            if keepableEntry(question)?.value != nil || rows[row.id] != nil {
                let checked = spec.columns.filter { rows[row.id]?.contains($0.id) == true }.map(\.label)
                kept = checked.isEmpty ? "inga" : checked.joined(separator: ", ")
            }
            return "  \(row.label)\(presenter.bracketed(kept)): "
        case (.confirmEmpty, _):
            return "Vill du lämna frågan tom? (j/n) "
        case (.confirmPlausible, _):
            return "Stämmer det? (j/n) "
        default:
            return styling.strong("> ")
        }
    }

    // MARK: Commands

    /// Carries out a command; a result when it leaves the question, nil to keep asking.
    private mutating func handle(_ command: RunnerCommand, question: Question, step: inout AnswerStep,
                                 navigator: FillNavigator) -> QuestionResult? {
        switch command {
        case .help:
            write(HelpText(presenter: presenter).text(for: question))
        case .review:
            writePaged(ReviewListing(form: form, response: response, styling: environment.styling).text)
            showQuestion(question, navigator: navigator)
        case .back:
            switch step {
            case .countRow(let index, let values) where index > 0:
                step = .countRow(index - 1, values: values)
            case .countTotal(let values):
                if case .countGrid(let spec) = question.kind { step = .countRow(spec.rows.count - 1, values: values) }
            case .checkRow(let index, let rows) where index > 0:
                step = .checkRow(index - 1, rows: rows)
            case .confirmEmpty, .confirmPlausible:
                step = initialStep(for: question)
                write(presenter.reminder(for: question))
            default:
                return .back(discarded: step.hasTypedInput)
            }
        case .skip:
            switch question.requirement {
            case .optional:
                return .skip
            case .soft:
                step = .confirmEmpty
            case .required:
                write("Frågan måste besvaras och kan inte hoppas över. Med :goto kan du gå till en annan fråga och komma tillbaka senare.\n")
            }
        case .goto(let target):
            switch navigator.resolve(target) {
            case .success(let destination): return .goto(destination, discarded: step.hasTypedInput)
            case .failure(let problem): write(problem.message + "\n")
            }
        case .quit:
            return .quit(discarded: step.hasTypedInput)
        case .edit:
            return edit(question, step: &step)
        case .unknown(let name):
            let hint = RunnerCommand.names.first { $0.hasPrefix(String(name.prefix(2))) }.map { " Menade du :\($0)?" } ?? ""
            write("Okänt kommando :\(name).\(hint) Skriv :help för att se kommandona.\n")
        }
        return nil
    }

    /// `:edit`: the text typed so far (or the current answer) in the respondent's editor; what comes back is the answer.
    private mutating func edit(_ question: Question, step: inout AnswerStep) -> QuestionResult? {
        let maxLength: Int?
        switch question.kind {
        case .text(let limit): maxLength = limit
        case .shortText(let limit): maxLength = limit
        default:
            write("Bara textfrågor kan skrivas i en textredigerare.\n")
            return nil
        }
        var startText = keepableEntry(question)?.value?.text ?? ""
        if case .text(let lines) = step, !lines.isEmpty { startText = lines.joined(separator: "\n") }
        switch environment.editor.edit(startText) {
        case .failure(let problem):
            write(problem.message + "\n")
            return nil
        case .success(let edited):
            let parsed = if case .shortText = question.kind {
                AnswerParser.parseShortText(edited.trimmingWhitespace(), maxLength: maxLength ?? 200)
            } else {
                AnswerParser.parseText(edited, maxLength: maxLength)
            }
            switch parsed {
            case .success(let value):
                write("Svaret från textredigeraren:\n" + presenter.indented(value.text ?? "", by: "  "))
                return .answer(value)
            case .failure(let problem):
                write("Texten från textredigeraren sparades inte: \(problem.message)\n")
                step = initialStep(for: question)
                write(presenter.reminder(for: question))
                return nil
            }
        }
    }

    // MARK: Answers

    /// Takes a line that is not a command; a result when the question is done.
    private mutating func handleAnswer(_ line: String, question: Question, step: inout AnswerStep) -> QuestionResult? {
        let trimmed = line.trimmingWhitespace()
        switch step {
        case .singleLine:
            if trimmed.isEmpty { return keepOrExplainEmpty(question) }
            switch AnswerParser.parseLine(trimmed, for: question.kind) {
            case .success(let value):
                if case .number(let spec) = question.kind, case .number(let number) = value,
                   let doubt = AnswerParser.implausibility(of: number, spec: spec) {
                    write(doubt + "\n")
                    step = .confirmPlausible(number)
                    return nil
                }
                return .answer(value)
            case .failure(let problem): refuse(problem, question: question)
            }
        case .text(var lines):
            if trimmed == "." {
                switch AnswerParser.parseText(lines.joined(separator: "\n"), maxLength: textLimit(question)) {
                case .success(let value):
                    return .answer(value)
                case .failure(let problem):
                    step = .text(lines: [])
                    // Every other problem says itself what to do ("Korta det och skriv det igen.").
                    let empty = lines.allSatisfy { $0.trimmingWhitespace().isEmpty }
                    refuse(problem, question: question, extra: empty ? emptyAdvice(question) : nil)
                }
            } else if lines.isEmpty, trimmed.isEmpty {
                if keepableEntry(question) != nil { return .keep }
                write("Skriv svaret och avsluta med en rad med bara en punkt (.).\n")
            } else {
                // The step lets go of its lines first, so they grow in place: a text of many
                // lines takes time linear in its length.
                step = .singleLine
                lines.append(line)
                step = .text(lines: lines)
            }
        case .countRow(let index, var values):
            guard case .countGrid(let spec) = question.kind else { return nil }
            let row = spec.rows[index]
            if trimmed.isEmpty {
                guard values[row.id] != nil else {
                    write(AnswerParser.countMissing + "\n")
                    return nil
                }
            } else {
                switch AnswerParser.parseCount(trimmed) {
                case .success(let count): values[row.id] = count
                case .failure(let problem):
                    write(problem.message + "\n")
                    return nil
                }
            }
            // The rows so far, not rows further down that still hold an earlier answer.
            let sum = spec.rows[...index].compactMap { values[$0.id] }.reduce(0, +)
            write(environment.styling.dim("    summa hittills: \(sum)") + "\n")
            if index + 1 < spec.rows.count {
                step = .countRow(index + 1, values: values)
            } else if spec.totalLabel != nil {
                step = .countTotal(values: values)
            } else {
                return .answer(.countGrid(values, total: nil))
            }
        case .countTotal(let values):
            let sum = values.values.reduce(0, +)
            if trimmed.isEmpty {
                if case .countGrid(_, let total?)? = keepableEntry(question)?.value, total == sum {
                    return .answer(.countGrid(values, total: total))
                }
                write(AnswerParser.totalMissing(sum: sum) + "\n")
                return nil
            }
            switch AnswerParser.parseTotal(trimmed, sum: sum) {
            case .success(let total): return .answer(.countGrid(values, total: total))
            case .failure(let problem): write(problem.message + "\n")
            }
        case .checkRow(let index, var rows):
            guard case .checkGrid(let spec) = question.kind else { return nil }
            let row = spec.rows[index]
            if !trimmed.isEmpty {
                switch AnswerParser.parseCheckRow(trimmed, columns: spec.columns) {
                case .success(let checked): rows[row.id] = checked.isEmpty ? nil : checked
                case .failure(let problem):
                    write(problem.message + "\n")
                    return nil
                }
            }
            if index + 1 < spec.rows.count {
                step = .checkRow(index + 1, rows: rows)
            } else {
                return .answer(.checkGrid(rows))
            }
        case .confirmPlausible(let number):
            switch AnswerParser.parseYesNo(trimmed) {
            case .success(.yesNo(true)):
                return .answer(.number(number))
            case .success:
                step = .singleLine
                write("Skriv rätt tal.\n")
                write(presenter.reminder(for: question))
            case .failure:
                write("Svara j om talet stämmer, n för att skriva ett annat.\n")
            }
        case .confirmEmpty:
            switch AnswerParser.parseYesNo(trimmed) {
            case .success(.yesNo(true)):
                return .empty
            case .success:
                step = initialStep(for: question)
                write(presenter.reminder(for: question))
            case .failure:
                write("Svara j om frågan ska lämnas tom, n om du vill svara.\n")
            }
        }
        return nil
    }

    private func textLimit(_ question: Question) -> Int? {
        if case .text(let limit) = question.kind { return limit }
        return nil
    }

    /// Enter on a one-line question: keeps its answer, or says what to do.
    private mutating func keepOrExplainEmpty(_ question: Question) -> QuestionResult? {
        if keepableEntry(question) != nil { return .keep }
        write(emptyAdvice(question) + "\n")
        write(presenter.reminder(for: question))
        return nil
    }

    private func emptyAdvice(_ question: Question) -> String {
        switch question.requirement {
        case .required: SaveWording.requiredEmpty
        case .soft: "Skriv ett svar, eller :skip för att lämna frågan tom."
        case .optional: "Skriv ett svar, eller :skip för att hoppa över frågan."
        }
    }

    /// A short message saying what is expected, then the question again.
    private mutating func refuse(_ problem: InputProblem, question: Question, extra: String? = nil) {
        write(problem.message + (extra.map { " " + $0 } ?? "") + "\n")
        write(presenter.reminder(for: question))
    }

    // MARK: The end of the form

    /// After the last question: Enter (or the end of input) finishes; commands still work.
    mutating func askAtEnd() -> EndChoice {
        let navigator = navigator
        let missing = navigator.missing
        write("\nAlla frågor är genomgångna.")
        if !missing.isEmpty {
            write(" \(missing.count == 1 ? "1 fråga saknar" : "\(missing.count) frågor saknar") fortfarande svar; :review visar vilka.")
        }
        write("\nTryck Enter för att avsluta, eller skriv :back, :goto ID eller :review.\n")
        while true {
            write(environment.styling.strong("> "))
            guard let event = nextInput() else {
                write("\n")
                return .finish
            }
            let text: String
            switch event {
            case .line(let line): text = line
            case .paste(let lines): text = lines.joined(separator: " ")
            case .interrupted:
                write("\n")
                return .interrupted
            }
            if environment.echoesInput { write(text + "\n") }
            guard let command = RunnerCommand(parsing: text) else {
                if text.trimmingWhitespace().isEmpty { return .finish }
                write("Tryck Enter för att avsluta, eller skriv ett kommando (:help visar vilka).\n")
                continue
            }
            switch command {
            case .quit:
                return .finish
            case .back:
                if let last = navigator.previous(before: nil) { return .moveTo(last) }
            case .goto(let target):
                switch navigator.resolve(target) {
                case .success(let question): return .moveTo(question)
                case .failure(let problem): write(problem.message + "\n")
                }
            case .review:
                writePaged(ReviewListing(form: form, response: response, styling: environment.styling).text)
            case .help:
                write(HelpText(presenter: presenter).text(for: nil))
            case .skip, .edit:
                write("Här finns ingen fråga; skriv :back eller :goto ID för att gå till en.\n")
            case .unknown(let name):
                write("Okänt kommando :\(name). Skriv :help för att se kommandona.\n")
            }
        }
    }
}
