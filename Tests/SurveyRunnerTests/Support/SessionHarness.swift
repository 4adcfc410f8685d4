import Foundation
import SurveyForm
import SurveyResponses
import SurveyRunner

/// Runs a fill session on scripted lines with a fixed clock, keeping the transcript and every save.
struct SessionHarness {
    static let time = Timestamp("2014-01-10T09:00:00+01:00")!

    var form: Form
    var response: Response
    var start: FillStart = .new
    var prefill: PrefillSummary?
    var editor: any TextEditing = NoTextEditor()
    /// The terminal's columns and rows; nil for no terminal (nothing wrapped or paged).
    var terminalSize: (width: Int, height: Int)?
    let saver = RecordingSaver()

    init(form: Form, response: Response? = nil, start: FillStart = .new) {
        self.form = form
        self.response = response ?? Response(formID: form.id, formVersion: form.version, respondent: "Umeå", round: "pilot")
        self.start = start
    }

    struct Run {
        var outcome: FillOutcome
        var transcript: String
        var response: Response
        var saves: [Response]
    }

    func run(_ lines: [String]) -> Run {
        run(events: lines.map(InputEvent.line))
    }

    func run(events: [InputEvent]) -> Run {
        let size = terminalSize
        let environment = FillEnvironment(saver: saver, editor: editor, clock: { Self.time }, styling: .plain,
                                          echoesInput: true, fileDescription: "svar/pilot/Umeå.yaml", terminalSize: { size })
        var session = FillSession(form: form, response: response, start: start, prefill: prefill,
                                  input: ScriptedInput(events: events), output: TranscriptOutput(), environment: environment)
        let outcome = session.run()
        return Run(outcome: outcome, transcript: session.output.text, response: session.response, saves: saver.saves)
    }
}

extension String {
    /// The transcript from the first line that starts with `marker` on.
    func from(_ marker: String) -> String {
        guard let range = range(of: marker) else { return "«\(marker) not found in:\n\(self)»" }
        return String(self[range.lowerBound...])
    }

    /// The transcript up to (not including) the first occurrence of `marker`.
    func upTo(_ marker: String) -> String {
        guard let range = range(of: marker) else { return self }
        return String(self[..<range.lowerBound])
    }
}
