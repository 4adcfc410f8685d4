public import SurveyForm
public import SurveyResponses
import SurveyYAML

/// Asks a form's questions one by one, reads the answers and saves each one the moment it is accepted.
///
/// A state machine over a form and one respondent's response. It reads lines from an
/// `InputSource`, writes everything the respondent sees (in Swedish) to an `OutputSink` and
/// hands the whole response to a `ResponseSaving` after every change, so stopping at any
/// point loses at most the answer being typed. It never prints or exits on its own.
public struct FillSession<Input: InputSource, Output: OutputSink> {
    public let form: Form
    public private(set) var response: Response
    public var input: Input
    public var output: Output
    let environment: FillEnvironment
    let presenter: QuestionPresenter
    let start: FillStart

    /// The question being asked; nil at the end of the form.
    var currentID: String?
    /// Optional questions skipped in this session, so going round the form does not ask them again.
    var skipped: Set<String> = []
    /// Where the last question shown was, to show only headings that change.
    var lastContext: HeadingContext?
    /// Lines pasted into a grid, answered row by row as if typed.
    var queuedLines: [String] = []
    var saveFailure: Diagnostic?
    /// Wrapping and paging at the terminal's size.
    var layout = TerminalLayout()
    /// The response as last saved (or as opened): what the file holds. After a failed save the
    /// session goes back to it, so nothing reports an answer that is not in the file.
    private var savedResponse: Response

    public init(form: Form, response: Response, start: FillStart, prefill: PrefillSummary? = nil,
                input: Input, output: Output, environment: FillEnvironment) {
        self.form = form
        self.response = response
        self.savedResponse = response
        self.start = start
        self.prefill = prefill
        self.input = input
        self.output = output
        self.environment = environment
        self.presenter = QuestionPresenter(form: form, styling: environment.styling)
    }

    let prefill: PrefillSummary?

    var navigator: FillNavigator { FillNavigator(form: form, response: response) }

    /// Runs the session until the respondent finishes or quits, the input ends, or a save fails.
    public mutating func run() -> FillOutcome {
        ApplicabilityMarker.refresh(&response, form: form)
        write(OpeningText(form: form, response: response, start: start, prefill: prefill,
                          fileDescription: environment.fileDescription, styling: environment.styling).text)
        if let prefill, !prefill.applied.isEmpty, !persist() { return finish(.saveFailed(saveFailure ?? Self.unknownFailure)) }
        currentID = navigator.firstUnsettled()?.id
        while true {
            guard let id = currentID, let question = form.question(withID: id) else {
                switch askAtEnd() {
                case .finish: return finish(.finished)
                case .interrupted: return finish(.interrupted)
                case .moveTo(let question): currentID = question.id
                }
                continue
            }
            let result = ask(question)
            switch result {
            case .answer(let value):
                guard accept(value, for: question) else { return finish(.saveFailed(saveFailure ?? Self.unknownFailure)) }
                moveOn(from: question)
            case .keep:
                guard keep(question) else { return finish(.saveFailed(saveFailure ?? Self.unknownFailure)) }
                moveOn(from: question)
            case .empty:
                guard leaveEmpty(question) else { return finish(.saveFailed(saveFailure ?? Self.unknownFailure)) }
                moveOn(from: question)
            case .skip:
                skipped.insert(question.id)
                // Recorded, so a resumed session does not ask it again; an answer already given stays.
                if response[question.id]?.value == nil {
                    response[question.id] = AnswerEntry(emptyConfirmed: true, at: environment.clock())
                    guard saveAndAcknowledge("Frågan hoppas över.") else { return finish(.saveFailed(saveFailure ?? Self.unknownFailure)) }
                } else {
                    write("Frågan hoppas över; svaret som redan finns ligger kvar.\n")
                }
                moveOn(from: question)
            case .back(let discarded):
                noteDiscarded(discarded)
                if let previous = navigator.previous(before: question.id) {
                    currentID = previous.id
                } else {
                    write("Det här är den första frågan.\n")
                }
            case .goto(let target, let discarded):
                noteDiscarded(discarded)
                currentID = target.id
            case .quit(let discarded):
                noteDiscarded(discarded)
                return finish(.quit)
            case .endOfInput(let discarded):
                write("\n")
                noteDiscarded(discarded)
                return finish(.endOfInput)
            case .interrupted(let discarded):
                write("\n")
                noteDiscarded(discarded)
                return finish(.interrupted)
            }
        }
    }

    private static var unknownFailure: Diagnostic { .error("okänt fel när svaret sparades", at: nil) }

    /// Goes to the next question that needs an answer, or to the end.
    private mutating func moveOn(from question: Question) {
        guard let next = navigator.next(after: question.id, skipping: skipped) else {
            currentID = nil
            return
        }
        if next.wrapped { write("Det finns obesvarade frågor tidigare i formuläret; vi går tillbaka till dem.\n") }
        currentID = next.question.id
    }

    private mutating func noteDiscarded(_ discarded: Bool) {
        if discarded { write("Det du hade börjat skriva på den här frågan sparades inte.\n") }
    }

    private mutating func finish(_ outcome: FillOutcome) -> FillOutcome {
        switch outcome {
        case .finished:
            write("Tack! Alla svar är sparade i \(environment.fileDescription).\n")
        case .quit:
            write("Avslutat. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.\n")
        case .endOfInput:
            write("Inmatningen tog slut. Alla svar du har lämnat är sparade; kör samma kommando igen för att fortsätta.\n")
        case .interrupted:
            write("Avbrutet. Alla svar du har lämnat är sparade i \(environment.fileDescription); kör samma kommando igen för att fortsätta.\n")
        case .saveFailed(let diagnostic):
            write(SaveWording.saveFailed(diagnostic.message) + "\n")
        }
        return outcome
    }

    // MARK: Changing the response

    /// Records an answer and saves; false when the save failed.
    mutating func accept(_ value: AnswerValue, for question: Question) -> Bool {
        if let existing = response[question.id], existing.value == value, !existing.prefilled,
           !existing.notApplicable, !existing.emptyConfirmed {
            write(SaveWording.unchanged + "\n")
            return true
        }
        response[question.id] = AnswerEntry(value: value, at: environment.clock())
        return saveAndAcknowledge(SaveWording.saved)
    }

    /// Keeps the answer a question has; last year's answer becomes this year's.
    mutating func keep(_ question: Question) -> Bool {
        guard var entry = response[question.id], entry.prefilled else {
            write(SaveWording.unchanged + "\n")
            return true
        }
        entry.prefilled = false
        entry.at = environment.clock()
        response[question.id] = entry
        return saveAndAcknowledge(SaveWording.keptLastYear)
    }

    mutating func leaveEmpty(_ question: Question) -> Bool {
        response[question.id] = AnswerEntry(emptyConfirmed: true, at: environment.clock())
        return saveAndAcknowledge(SaveWording.leftEmpty)
    }

    private mutating func saveAndAcknowledge(_ acknowledgement: String) -> Bool {
        let changes = ApplicabilityMarker.refresh(&response, form: form)
        guard persist() else { return false }
        write(acknowledgement + "\n")
        for id in changes.noLongerApplicable {
            write(SaveWording.noLongerApplicable(id) + "\n")
        }
        for id in changes.applicableAgain {
            write(SaveWording.applicableAgain(id) + "\n")
        }
        return true
    }

    /// Stamps and saves the whole response.
    private mutating func persist() -> Bool {
        let now = environment.clock()
        if response.created == nil { response.created = now }
        response.updated = now
        response.formID = form.id
        response.formVersion = form.version
        do {
            try environment.saver.save(response)
            savedResponse = response
            return true
        } catch {
            saveFailure = error
            response = savedResponse
            return false
        }
    }

    /// Writes what the respondent sees, long lines wrapped at the terminal's width. The caller
    /// writes the closing summary through here too.
    public mutating func write(_ text: String) {
        guard !text.isEmpty else { return }
        let size = environment.terminalSize()
        layout.resize(width: size?.width, height: size?.height)
        output.write(layout.wrap(text))
    }

    /// The next input event; the respondent's Enter puts the cursor back at the start of a line.
    mutating func nextInput() -> InputEvent? {
        let event = input.next()
        layout.inputRead()
        return event
    }

    /// A long text (`:review`) a page at a time: Enter shows the next page, q stops.
    mutating func writePaged(_ text: String) {
        let size = environment.terminalSize()
        layout.resize(width: size?.width, height: size?.height)
        Pager.write(text, layout: &layout, styling: environment.styling, echoesInput: environment.echoesInput,
                    input: &input, output: &output)
    }
}
