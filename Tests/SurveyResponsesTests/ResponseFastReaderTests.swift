import Foundation
import SurveyForm
@testable import SurveyResponses
import SurveyYAML
import Testing

/// The event reader that `survey check` uses on the common path must give exactly what the
/// node-tree reader gives, and step aside whenever there is anything to report.
struct ResponseFastReaderTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func bundledAnswersReadTheSameBothWays() throws {
        let form = try #require(FormLoader.load(path: Self.repository.appendingPathComponent("forms/arsrapport-ar2.yaml").path).validForm)
        let store = ResponseStore(root: Self.repository.appendingPathComponent("responses").path)
        let locations = store.locations()
        #expect(locations.count == 7)
        for location in locations {
            let source = try SourceText.load(path: location.path)
            let fast = try #require(ResponseFastReader.read(source, form: form), "fell back on \(location.path)")
            let tree = ResponseReader.readTree(source, form: form)
            #expect(tree.diagnostics == [])
            #expect(fast == tree.response)
        }
    }

    @Test(arguments: [
        AnswerValue.text("Rad ett.\nRad två."), .number(12), .choices(["namnd", "annat"], other: "Ledningsgruppen"),
        .choice("annat", other: "Någon"), .yesNo(false), .scale(2), .status(.done), .termOrDate(.term(.autumn, year: 2012)),
        .countGrid(["politiker": 2, "rektorer": 1], total: 3), .checkGrid(["over-riket": ["ak3"]]),
    ])
    func writtenAnswersReadTheSameBothWays(value: AnswerValue) throws {
        let form = try TestForm.form()
        let id: String = switch value {
        case .text: "organiserat"
        case .number: "antal"
        case .choices: "beslutade"
        case .choice: "ansvar"
        case .yesNo: "exempel"
        case .scale: "niva"
        case .status: "satser.ledning.status"
        case .termOrDate: "malen-nar"
        case .countGrid: "deltagare"
        case .checkGrid: "np"
        }
        var response = Response(formID: "testform", formVersion: "2.0", respondent: "Umeå", round: "pilot",
                                created: Timestamp("2014-01-10T09:00:00+01:00"))
        response[id] = AnswerEntry(value: value, at: Timestamp("2014-01-10T09:02:11+01:00"), prefilled: id == "antal")
        response["malen-hur"] = AnswerEntry(value: .text("Via rektorerna."), notApplicable: true)
        let source = SourceText(path: "x.yaml", text: try ResponseWriter.yaml(for: response, form: form))
        let fast = try #require(ResponseFastReader.read(source, form: form))
        #expect(fast == ResponseReader.readTree(source, form: form).response)
        #expect(fast[id]?.value == value)
    }

    @Test(arguments: [
        "form: testform\nversion: \"1.0\"\nrespondent: Umeå\nanswers: {}\n",                       // another version: a warning
        "form: annan\nversion: \"2.0\"\nrespondent: Umeå\nanswers: {}\n",                           // another form: an error
        "form: testform\nversion: \"2.0\"\nrespondent: Umeå\nanswers:\n  okand:\n    answer: x\n", // a question the form lacks
        "form: testform\nversion: \"2.0\"\nrespondent: Umeå\nanswers:\n  antal:\n    answer: tolv\n",
        "form: testform\nversion: \"2.0\"\nrespondent: Umeå\nanswers:\n  antal:\n    answer: 3\n    svar: 4\n",
        "form: testform\nversion: \"2.0\"\nrespondent: Umeå\nanswers:\n  antal:\n    at: 2014-01-10T09:02:11+01:00\n",
        "form: testform\nversion: \"2.0\"\nrespondent: Umeå\nanswers:\n  organiserat:\n    empty: confirmed\n",
        "form: testform\nversion: \"2.0\"\nrespondent: Umeå\nrespondent: Borås\nanswers: {}\n",
        "form: testform\nversion: \"2.0\"\nanswers: {}\n",
        "form: testform\nversion: \"2.0\"\nrespondent: Umeå\nanswers: {}\n---\nx: 1\n",
        "form: testform\nversion: \"2.0\"\nrespondent: Umeå\nanswers: [\n",
    ])
    func anythingToReportGoesToTheTreeReader(text: String) throws {
        let form = try TestForm.form()
        let source = SourceText(path: "x.yaml", text: text)
        #expect(ResponseFastReader.read(source, form: form) == nil)
        #expect(!ResponseReader.read(source, form: form).diagnostics.isEmpty)
    }

    @Test func anchorsAreLeftToTheTreeReader() throws {
        let form = try TestForm.form()
        let source = SourceText(path: "x.yaml", text: "form: testform\nversion: \"2.0\"\nrespondent: Umeå\nanswers:\n  antal: &a\n    answer: 3\n")
        #expect(ResponseFastReader.read(source, form: form) == nil)
        let result = ResponseReader.read(source, form: form)
        #expect(result.diagnostics == [])
        #expect(result.response?["antal"]?.value == .number(3))
    }
}
