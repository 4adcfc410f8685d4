import Foundation
import SurveyCoder
import SurveyForm
import SurveyResponses
import SurveyRunner
import SurveyYAML

/// What one fuzz target feeds its input to, and the properties it holds the code to.
///
/// A target returns normally for any input, however broken: bad input must become diagnostics
/// or Swedish messages. A trap, a stack overflow or a broken property (`FuzzFailure`, which
/// traps) is a finding. The same targets run under libFuzzer (coverage-guided, see fuzz/run.sh)
/// and under `survey-fuzz`'s own mutation loop.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// libyaml and the node tree: parse, then quote every diagnostic with its line.
    case yaml
    /// The form loader with conditions and the linter; every condition evaluated and printed.
    case form
    /// The response readers (event and tree) against a form with every kind; what reads must
    /// write back and read the same.
    case response
    /// The answer parsers and a whole fill session on the input's lines; every save must read back.
    case answer
    /// Other tools' CSV as `survey code --csv` and `--learn-from` read it (the text encoding and
    /// separator told from the bytes, the records, the answer and coded-answer readers), every
    /// diagnostic shown with its line; answers that read must write back and read the same.
    case csv

    /// Runs the target on one input.
    public func run(_ data: [UInt8]) {
        switch self {
        case .yaml: Self.yaml(data)
        case .form: Self.form(data)
        case .response: Self.response(data)
        case .answer: Self.answer(data)
        case .csv: Self.csv(data)
        }
    }

    // MARK: csv

    static func csv(_ data: [UInt8]) {
        // As `survey code` shows a CSV's problems: with the file's own bytes as the source.
        let source = SourceText(path: "fuzz.csv", bytes: data)
        var diagnostics: [Diagnostic] = []
        do {
            let answers = try AnswerCSV.read(source)
            let written = AnswerCSV.text(answers)
            do {
                let again = try AnswerCSV.read(SourceText(path: "written.csv", text: written))
                if again != answers { FuzzFailure.fail("answers written by AnswerCSV.text read back otherwise:\n\(written)") }
            } catch {
                FuzzFailure.fail("answers written by AnswerCSV.text do not read: \(error.message)\n\(written)")
            }
        } catch {
            diagnostics.append(error)
        }
        do {
            _ = try CodedAnswerCSV.read(source)
        } catch {
            diagnostics += error.diagnostics
        }
        _ = DiagnosticRenderer(sources: [source]).render(diagnostics)
    }

    // MARK: yaml

    static func yaml(_ data: [UInt8]) {
        let source = SourceText(path: "fuzz.yaml", bytes: data)
        let renderer = DiagnosticRenderer(sources: [source])
        do {
            let node = try YAMLParser.parse(source)
            if let node { _ = node.kindDescription }
        } catch {
            _ = renderer.render(error)
        }
    }

    // MARK: form

    static func form(_ data: [UInt8]) {
        let source = SourceText(path: "fuzz.yaml", bytes: data)
        var result = FormLoader.load(source: source)
        if let form = result.form {
            result.diagnostics += FormLinter.warnings(for: form)
            // A form with errors is refused by every command; only a valid one must print its conditions readably.
            exercise(form, printedConditionsParse: result.validForm != nil)
        }
        _ = DiagnosticRenderer(sources: [source]).render(result.diagnostics.sortedByLocation())
    }

    /// Evaluates and prints every condition of a form; in a valid form a printed condition must
    /// parse back to itself.
    static func exercise(_ form: Form, printedConditionsParse: Bool) {
        let none: (String) -> AnswerValue? = { _ in nil }
        let yes: (String) -> AnswerValue? = { _ in .yesNo(true) }
        _ = form.applicability(answer: none)
        _ = form.applicability(answer: yes)
        let conditions = form.sections.compactMap(\.condition) + form.questions.compactMap(\.condition)
        for condition in conditions {
            _ = condition.holds(none)
            _ = condition.holds { _ in .number(3) }
            let printed = condition.description
            guard printedConditionsParse else { continue }
            let reparsed = try? ConditionParser.parse(printed) { SourceLocation(path: "printed", line: 1, column: $0 + 1) }
            let stripped = { (c: Condition) in c.mapReferences { Condition.Reference(id: $0.id, location: SourceLocation(path: "", line: 0, column: 0)) } }
            if let reparsed, stripped(reparsed).description != printed {
                FuzzFailure.fail("condition \(printed) prints as \(reparsed.description) after parsing")
            }
            if reparsed == nil {
                FuzzFailure.fail("printed condition does not parse: \(printed)")
            }
        }
    }

    // MARK: response

    static func response(_ data: [UInt8]) {
        let form = FuzzForm.form
        let source = SourceText(path: "svar/pilot/Umeå.yaml", bytes: data)
        let result = ResponseReader.read(source, form: form)
        _ = DiagnosticRenderer(sources: [source]).render(result.diagnostics)
        let location = ResponseStore.Location(round: "pilot", respondent: "Umeå", path: source.path)
        _ = CompletenessChecker.status(of: result, at: location, form: form)
        guard let response = result.response, !result.hasErrors else { return }
        // What reads without errors writes back, and reads back the same, without errors: what
        // `survey fill` would save from it.
        let text: String
        do {
            text = try ResponseStore.fileText(for: response, form: form, path: source.path)
        } catch {
            return
        }
        let again = ResponseReader.read(SourceText(path: source.path, text: text), form: form)
        if again.hasErrors {
            FuzzFailure.fail("a response that read cleanly was written back unreadable:\n\(text)\n\(again.diagnostics)")
        }
    }

    // MARK: answer

    static func answer(_ data: [UInt8]) {
        let form = FuzzForm.form
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200).map(String.init)
        // Each line through the parser of every kind.
        for line in lines.prefix(8) {
            for question in form.questions {
                switch question.kind {
                case .countGrid:
                    _ = AnswerParser.parseCount(line)
                    _ = AnswerParser.parseTotal(line, sum: 3)
                case .checkGrid(let spec):
                    _ = AnswerParser.parseCheckRow(line, columns: spec.columns)
                case .text(let maximum):
                    _ = AnswerParser.parseText(line, maxLength: maximum)
                default:
                    _ = AnswerParser.parseLine(line, for: question.kind)
                }
            }
            _ = RunnerCommand(parsing: line)
        }
        // A whole session on the lines: every save must read back without errors.
        let response = fill(lines)
        _ = FillReport(response: response, form: form, path: "svar/pilot/Umeå.yaml").text
    }

    /// A fill session of the fuzz form on scripted lines, each save read back; the response at its end.
    static func fill(_ lines: [String]) -> Response {
        let form = FuzzForm.form
        let environment = FillEnvironment(saver: CheckingSaver(form: form), clock: { FuzzForm.time }, styling: .plain,
                                          echoesInput: true, fileDescription: "svar/pilot/Umeå.yaml")
        let response = Response(formID: form.id, formVersion: form.version, respondent: "Umeå", round: "pilot")
        var session = FillSession(form: form, response: response, start: .new, input: ScriptedInput(lines),
                                  output: TranscriptOutput(), environment: environment)
        _ = session.run()
        return session.response
    }
}

/// A saver that writes the response as a file would be written and reads it back.
final class CheckingSaver: ResponseSaving, @unchecked Sendable {
    let form: Form

    init(form: Form) {
        self.form = form
    }

    func save(_ response: Response) throws(Diagnostic) {
        let text = try ResponseStore.fileText(for: response, form: form, path: "svar/pilot/Umeå.yaml")
        let read = ResponseReader.read(SourceText(path: "svar/pilot/Umeå.yaml", text: text), form: form)
        if read.hasErrors {
            FuzzFailure.fail("fill saved a file that does not read back:\n\(text)\n\(read.diagnostics)")
        }
    }
}

/// A broken property: reported like a crash, so the fuzzer keeps the input.
public enum FuzzFailure {
    public static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("fuzz property broken: \(message)\n".utf8))
        abort()
    }
}
