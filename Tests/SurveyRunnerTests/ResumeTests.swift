import Foundation
import SurveyForm
import SurveyResponses
import SurveyRunner
import SurveyYAML
import Testing

/// Stop after k answers of the real year-2 report, come back, and find exactly those answers and question k+1.
struct ResumeTests {
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "survey-resume-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// How many questions apply once the first `k` questions (in form order) are answered.
    static func applicableCount(afterAnswering k: Int, in form: Form) -> Int {
        let answered = Set(form.questions.prefix(k).map(\.id))
        let inactive = form.questions.filter { question in
            if question.repetition?.templateID == "genomforande", let item = question.repetition?.itemID {
                return !answered.contains("satser.\(item).atgarder")
            }
            if question.id == "andra-exempel-beskriv" { return !answered.contains("andra-exempel") }
            return false
        }
        return form.questions.count - inactive.count
    }

    static func session(form: Form, response: Response, start: FillStart, path: String, lines: [String])
        -> FillSession<ScriptedInput, TranscriptOutput> {
        let environment = FillEnvironment(
            saver: StoreSaver(store: ResponseStore(root: (path as NSString).deletingLastPathComponent), form: form, path: path),
            clock: { SessionHarness.time }, echoesInput: true, fileDescription: path)
        return FillSession(form: form, response: response, start: start, input: ScriptedInput(lines),
                           output: TranscriptOutput(), environment: environment)
    }

    @Test func theRealFormHasFortyTwoQuestionsAllAskedInOrder() throws {
        let form = try TestForms.annualReport()
        #expect(form.questions.count == 42)
        #expect(Self.applicableCount(afterAnswering: 0, in: form) == 35)
        #expect(Self.applicableCount(afterAnswering: 42, in: form) == 42)
    }

    @Test(arguments: 0...42)
    func resumeAfterEndOfInput(k: Int) throws {
        let form = try TestForms.annualReport()
        let steps = form.questions.map(AnnualReportScript.step(for:))
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/Umeå.yaml"

        var first = Self.session(form: form, response: Response(formID: form.id, formVersion: form.version, respondent: "Umeå", round: ""),
                                 start: .new, path: path, lines: steps.prefix(k).flatMap(\.lines))
        let outcome = first.run()
        #expect(outcome == (k == 42 ? .finished : .endOfInput))

        // The file holds exactly the first k answers, each stamped.
        if k == 0 {
            #expect(!FileManager.default.fileExists(atPath: path))
        } else {
            let loaded = ResponseReader.load(path: path, form: form)
            #expect(loaded.diagnostics == [])
            let response = try #require(loaded.response)
            #expect(response.orderedEntries.map(\.questionID) == steps.prefix(k).map(\.id))
            for step in steps.prefix(k) {
                #expect(response[step.id] == AnswerEntry(value: step.value, emptyConfirmed: step.emptyConfirmed, at: SessionHarness.time), "\(step.id)")
            }
        }

        // Coming back continues at question k+1.
        let opened = ResponseOpener.open(path: path, form: form, respondent: "Umeå", round: "")
        let (response, start): (Response, FillStart) = switch opened {
        case .new(let fresh): (fresh, .new)
        case .existing(let existing, _): (existing, .resumed)
        case .unusable: (Response(formID: "", formVersion: "", respondent: "", round: ""), .new)
        }
        #expect(start == (k == 0 ? .new : .resumed))
        var second = Self.session(form: form, response: response, start: start, path: path, lines: [])
        _ = second.run()
        let transcript = second.output.text
        let total = Self.applicableCount(afterAnswering: k, in: form)
        if k == 42 {
            #expect(transcript.contains("\nVälkommen tillbaka. Du har besvarat 42 av 42 frågor; inget som krävs saknas.\n"))
            #expect(transcript.hasSuffix("\nAlla frågor är genomgångna.\nTryck Enter för att avsluta, eller skriv :back, :goto ID eller :review.\n> \nTack! Alla svar är sparade i \(path).\n"))
        } else {
            let next = form.questions[k]
            if k > 0 { #expect(transcript.contains("\nVi fortsätter med fråga \(k + 1), \(next.id).\n")) }
            let blocks = transcript.components(separatedBy: "\nFråga ")
            #expect(blocks.count == 2)
            #expect(blocks.last?.hasPrefix("\(k + 1) av \(total) [\(next.id)]") == true)
        }
        // Looking did not change the file.
        if k > 0 {
            let again = ResponseReader.load(path: path, form: form)
            #expect(again.response?.orderedEntries.map(\.questionID) == steps.prefix(k).map(\.id))
        }
    }
}
