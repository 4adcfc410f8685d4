import SurveyForm
import SurveyResponses
import SurveyYAML
import Testing

struct ResponseReaderTests {
    static let complete = """
    form: testform
    version: "2.0"
    respondent: Umeå
    round: pilot
    created: 2014-01-10T09:00:00+01:00
    updated: 2014-01-10T10:15:12+01:00
    answers:
      organiserat:
        answer: |
          Kommungruppen träffas en gång i månaden.
        at: 2014-01-10T09:02:11+01:00
      antal:
        answer: 4
      beslutade:
        answer: [rektorer, namnd, annat]
        other: Ledningsgruppen
      ansvar:
        answer: forvaltningen
      exempel:
        answer: nej
      malen-hur:
        answer: Via rektorerna.
      malen-nar:
        empty: confirmed
      deltagare:
        answer: {politiker: 2, rektorer: 3}
        total: 5
      np:
        answer:
          over-riket: [ak3, ak6]
      niva:
        answer: 3
      satser.ledning.status:
        answer: paborjad
    """

    private func read(_ text: String) throws -> ResponseLoadResult {
        ResponseReader.read(SourceText(path: "responses/pilot/Umeå.yaml", text: text), form: try TestForm.form())
    }

    private func rendered(_ text: String) throws -> String {
        let source = SourceText(path: "responses/pilot/Umeå.yaml", text: text)
        let result = ResponseReader.read(source, form: try TestForm.form())
        return DiagnosticRenderer(sources: [source]).render(result.diagnostics)
    }

    @Test func readsEveryKind() throws {
        let result = try read(Self.complete)
        #expect(result.diagnostics == [])
        let response = try #require(result.response)
        #expect(response.respondent == "Umeå")
        #expect(response.round == "pilot")
        #expect(response.created?.text == "2014-01-10T09:00:00+01:00")
        #expect(response["organiserat"]?.value == .text("Kommungruppen träffas en gång i månaden.\n"))
        #expect(response["organiserat"]?.at?.text == "2014-01-10T09:02:11+01:00")
        #expect(response["antal"]?.value == .number(4))
        // Multiple choices come back in the form's order.
        #expect(response["beslutade"]?.value == .choices(["namnd", "rektorer", "annat"], other: "Ledningsgruppen"))
        #expect(response["ansvar"]?.value == .choice("forvaltningen", other: nil))
        #expect(response["exempel"]?.value == .yesNo(false))
        #expect(response["malen-nar"]?.emptyConfirmed == true)
        #expect(response["deltagare"]?.value == .countGrid(["politiker": 2, "rektorer": 3], total: 5))
        #expect(response["np"]?.value == .checkGrid(["over-riket": ["ak3", "ak6"]]))
        #expect(response["niva"]?.value == .scale(3))
        #expect(response["satser.ledning.status"]?.value == .status(.started))
    }

    @Test func handEditedMistakesGetPositions() throws {
        let text = """
        form: testform
        version: "2.0"
        respondent: Umeå
        answers:
          antal:
            answer: tolv
          beslutade:
            answer: [rektor]
          exempel:
            answer: kanske
          gammal-fraga:
            answer: Något från förra året.
          organiserad:
            answer: Stavfel i id.
          deltagare:
            answer: {politiker: 2, larare: 1}
          niva:
            answer: 7
          malen-nar:
            answer: sommaren 2013
            at: igår
        """
        let actual = try rendered(text)
        #expect(actual == """
        responses/pilot/Umeå.yaml:6:13: error: svaret på 'antal' ska vara ett tal, inte 'tolv'
          answer: tolv
                  ^
        responses/pilot/Umeå.yaml:8:14: error: frågan 'beslutade' har inget svarsalternativ 'rektor'; menade du 'rektorer'?
          answer: [rektor]
                   ^
        responses/pilot/Umeå.yaml:10:13: error: svaret på 'exempel' ska vara ja eller nej, inte 'kanske'
          answer: kanske
                  ^
        responses/pilot/Umeå.yaml:11:3: warning: frågan 'gammal-fraga' finns inte i version 2.0 av formuläret 'testform'; svaret behålls
          gammal-fraga:
          ^
        responses/pilot/Umeå.yaml:13:3: warning: frågan 'organiserad' finns inte i version 2.0 av formuläret 'testform'; svaret behålls; menade du 'organiserat'?
          organiserad:
          ^
        responses/pilot/Umeå.yaml:16:28: error: frågan 'deltagare' har ingen rad 'larare'; raderna är politiker, rektorer
          answer: {politiker: 2, larare: 1}
                                 ^
        responses/pilot/Umeå.yaml:18:13: error: svaret på 'niva' ska vara ett av skalans värden 1, 2, 3, 4, inte '7'
          answer: 7
                  ^
        responses/pilot/Umeå.yaml:20:13: error: svaret på 'malen-nar' ska vara en termin som 'vt 2013' eller ett datum som '2013-09-15', inte 'sommaren 2013'
          answer: sommaren 2013
                  ^
        responses/pilot/Umeå.yaml:21:9: error: 'at' ska vara en tidpunkt som 2014-01-10T09:02:11+01:00, inte 'igår'
          at: igår
              ^

        """)
    }

    /// The rest of what a hand edit can get wrong, each said in Swedish with its position.
    @Test func everyKindOfMistakeIsSaidInSwedish() throws {
        let text = """
        form: testform
        version: "2.0"
        respondent: Umeå
        answers:
          antal:
            answer: 51
          beslutade:
            answer: [rektorer, rektorer]
            other: Skolstyrelsen
          ansvar:
            answer: Rektorerna
          kontakt:
            answer: {namn: Eva}
          organiserat:
            empty: confirmed
          malen-hur:
            empty: ja
          malen-nar:
            at: 2014-01-10T09:02:11+01:00
          np:
            answer: {over-riket: [ak9]}
          satser.ledning.status:
            answer: halvvags
          niva:
            answer: 2
          niva:
            answer: 3
        """
        let actual = try rendered(text)
        #expect(actual == """
        responses/pilot/Umeå.yaml:6:13: error: svaret på 'antal' ska vara högst 50, inte 51
          answer: 51
                  ^
        responses/pilot/Umeå.yaml:8:24: warning: svarsalternativet 'rektorer' är valt två gånger i svaret på 'beslutade'
          answer: [rektorer, rektorer]
                             ^
        responses/pilot/Umeå.yaml:9:12: warning: 'other' är ifyllt, men 'annat' är inte valt i svaret på 'beslutade'
          other: Skolstyrelsen
                 ^
        responses/pilot/Umeå.yaml:11:13: error: frågan 'ansvar' har inget svarsalternativ 'Rektorerna'; svarsalternativ skrivs med sitt id: rektorerna
          answer: Rektorerna
                  ^
        responses/pilot/Umeå.yaml:13:13: error: svaret på 'kontakt' ska vara text, inte en mappning
          answer: {namn: Eva}
                  ^
        responses/pilot/Umeå.yaml:15:12: warning: frågan 'organiserat' är obligatorisk; 'empty: confirmed' räcker inte
          empty: confirmed
                 ^
        responses/pilot/Umeå.yaml:17:5: warning: posten för 'malen-hur' har inget svar ('answer' saknas)
          empty: ja
          ^
        responses/pilot/Umeå.yaml:17:12: error: 'empty' kan bara vara 'confirmed', inte 'ja'
          empty: ja
                 ^
        responses/pilot/Umeå.yaml:19:5: warning: posten för 'malen-nar' har inget svar ('answer' saknas)
          at: 2014-01-10T09:02:11+01:00
          ^
        responses/pilot/Umeå.yaml:21:27: error: frågan 'np' har ingen kolumn 'ak9'; menade du 'ak3'?
          answer: {over-riket: [ak9]}
                                ^
        responses/pilot/Umeå.yaml:23:13: error: svaret på 'satser.ledning.status' ska vara ej-paborjad, paborjad eller klar, inte 'halvvags'
          answer: halvvags
                  ^
        responses/pilot/Umeå.yaml:26:3: error: svaret på 'niva' finns redan
          niva:
          ^
        responses/pilot/Umeå.yaml:24:3: note: först här
          niva:
          ^

        """)
    }

    @Test func numbersMayBeWrittenTheSwedishWay() throws {
        let result = try read("form: testform\nversion: \"2.0\"\nrespondent: Umeå\nanswers:\n  antal:\n    answer: '12'\n")
        #expect(result.response?["antal"]?.value == .number(12))
        let decimal = try read("form: testform\nversion: \"2.0\"\nrespondent: Umeå\nanswers:\n  antal:\n    answer: 10,7\n")
        #expect(decimal.diagnostics.map(\.message) == ["svaret på 'antal' ska vara ett heltal, inte 10,7"])
    }

    @Test func anotherFormsAnswersAreRefused() throws {
        let result = try read("form: normallage\nversion: \"1\"\nrespondent: Umeå\nanswers: {}\n")
        #expect(result.response == nil)
        #expect(result.diagnostics.map(\.description) == ["responses/pilot/Umeå.yaml:1:7: error: svaren gäller formuläret 'normallage', inte 'testform'"])
    }

    @Test func olderVersionIsWarned() throws {
        let result = try read("form: testform\nversion: \"1.0\"\nrespondent: Umeå\nanswers: {}\n")
        #expect(result.diagnostics.map(\.description) == ["responses/pilot/Umeå.yaml:2:10: warning: svaren gavs till version 1.0 av formuläret; det här är version 2.0"])
        #expect(result.response != nil)
    }

    @Test func unreadableAndUnknownEntriesAreKeptOnSave() throws {
        let text = """
        form: testform
        version: "2.0"
        respondent: Umeå
        round: pilot
        answers:
          antal:
            answer: tolv
            at: 2014-01-10T09:02:11+01:00
          gammal-fraga:
            answer: Något från förra året.
            at: 2013-01-10T09:02:11+01:00
          exempel:
            answer: ja
        """
        let form = try TestForm.form()
        let response = try #require(try read(text).response)
        #expect(response["antal"]?.value == nil)
        #expect(response["antal"]?.raw != nil)
        let written = try ResponseWriter.yaml(for: response, form: form)
        #expect(written.contains("  antal:\n    answer: tolv\n    at: 2014-01-10T09:02:11+01:00\n"))
        #expect(written.contains("  gammal-fraga:\n    answer: Något från förra året.\n    at: 2013-01-10T09:02:11+01:00\n"))
        let again = ResponseReader.read(SourceText(path: "x.yaml", text: written), form: form)
        #expect(again.response?["exempel"]?.value == .yesNo(true))
        #expect(again.response?["gammal-fraga"]?.raw != nil)
    }
}
