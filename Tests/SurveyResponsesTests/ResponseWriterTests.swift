import Foundation
import SurveyForm
import SurveyResponses
import SurveyYAML
import Testing

struct ResponseWriterTests {
    @Test func writesTheDocumentedFormat() throws {
        let form = try TestForm.form()
        var response = Response(formID: "testform", formVersion: "2.0", respondent: "Umeå", round: "pilot",
                                created: Timestamp("2014-01-10T09:00:00+01:00"), updated: Timestamp("2014-01-10T09:05:00+01:00"))
        let at = Timestamp("2014-01-10T09:02:11+01:00")
        response["niva"] = AnswerEntry(value: .scale(3), at: at)
        response["organiserat"] = AnswerEntry(value: .text("Vi träffas varje månad.\nKommungruppen läser missiven."), at: at)
        response["beslutade"] = AnswerEntry(value: .choices(["namnd", "annat"], other: "Ledningsgruppen"), at: at)
        response["deltagare"] = AnswerEntry(value: .countGrid(["rektorer": 3, "politiker": 2], total: 5), at: at)
        response["malen-nar"] = AnswerEntry(emptyConfirmed: true, at: at)
        response["exempel-beskriv"] = AnswerEntry(value: .text("Gäller inte längre."), at: at, notApplicable: true)
        response["antal"] = AnswerEntry(value: .number(12), at: at, prefilled: true)
        response.sortEntries(by: form)
        #expect(try ResponseWriter.yaml(for: response, form: form) == """
        # Svar på Testrapport (testform, version 2.0).
        # Filen sparas efter varje svar med survey fill. Den kan rättas för hand; kontrollera den sedan med survey check.
        form: testform
        version: "2.0"
        respondent: Umeå
        round: pilot
        created: 2014-01-10T09:00:00+01:00
        updated: 2014-01-10T09:05:00+01:00
        answers:
          organiserat:
            answer: |-
              Vi träffas varje månad.
              Kommungruppen läser missiven.
            at: 2014-01-10T09:02:11+01:00
          antal:
            answer: 12
            at: 2014-01-10T09:02:11+01:00
            prefilled: true
          beslutade:
            answer:
            - namnd
            - annat
            other: Ledningsgruppen
            at: 2014-01-10T09:02:11+01:00
          exempel-beskriv:
            answer: Gäller inte längre.
            at: 2014-01-10T09:02:11+01:00
            not-applicable: true
          malen-nar:
            empty: confirmed
            at: 2014-01-10T09:02:11+01:00
          deltagare:
            answer:
              politiker: 2
              rektorer: 3
            total: 5
            at: 2014-01-10T09:02:11+01:00
          niva:
            answer: 3
            at: 2014-01-10T09:02:11+01:00

        """)
    }

    @Test(arguments: [
        AnswerValue.text("Rad ett.\n\n  Indragen rad: med kolon\n"), .text("ja"), .text("2.0"), .text("- punkt"), .text(""),
        .number(10.7), .number(-3), .choice("annat", other: "Något: annat"), .choices([], other: nil),
        .yesNo(true), .scale(4), .status(.notStarted), .termOrDate(.term(.spring, year: 2013)),
        .termOrDate(.date(year: 2013, month: 9, day: 15)), .countGrid([:], total: 0),
        .checkGrid(["under-riket": ["ak6"]]),
    ])
    func everyValueRoundTrips(value: AnswerValue) throws {
        let form = try TestForm.form()
        let id: String = switch value {
        case .text: "organiserat"
        case .number(let n): n == n.rounded() && n >= 0 ? "antal" : "decimal"
        case .choice: "ansvar"
        case .choices: "beslutade"
        case .yesNo: "exempel"
        case .scale: "niva"
        case .status: "satser.ledning.status"
        case .termOrDate: "malen-nar"
        case .countGrid: "deltagare"
        case .checkGrid: "np"
        }
        var response = Response(formID: "testform", formVersion: "2.0", respondent: "Borås", round: "")
        response[id] = AnswerEntry(value: value)
        let text = try ResponseWriter.yaml(for: response, form: form)
        if id == "decimal" {
            // Not a question of the form: written and read back as kept text.
            #expect(text.contains("decimal:"))
            return
        }
        let back = ResponseReader.read(SourceText(path: "x.yaml", text: text), form: form)
        #expect(back.diagnostics.filter(\.isError) == [])
        #expect(back.response?[id]?.value == value)
    }
}
