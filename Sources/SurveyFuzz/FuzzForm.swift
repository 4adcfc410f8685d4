import SurveyForm
import SurveyResponses
import SurveyYAML

/// The form the response and answer targets read against: every kind, a condition, a repeated
/// block, split questions, limits.
enum FuzzForm {
    static let yaml = """
    form: fuzz
    title: Alla frågetyper
    version: "1"
    language: sv
    sections:
      - id: a
        title: Avsnitt
        questions:
          - {id: text, text: Hur?, kind: text, max-length: 400}
          - {id: kort, text: Vem?, kind: short-text, max-length: 20, required: false}
          - {id: antal, text: Hur många?, kind: number, integer: true, min: 0, max: 1000, required: soft}
          - {id: tal, text: Hur mycket?, kind: number, required: false}
          - {id: ett, text: Vilket?, kind: single-choice, choices: [Nämnden, Rektorerna], other: true}
          - {id: flera, text: Vilka?, kind: multiple-choice, choices: [Nämnden, Rektorerna, Lärarna], other: Annat, min-selected: 1, max-selected: 2}
          - {id: janej, text: Finns?, kind: yes-no}
          - {id: om-ja, text: Beskriv., kind: text, when: janej == ja and antal > 2}
          - {id: skala, text: Stämmer?, kind: scale, points: [Dåligt, Ganska dåligt, Ganska bra, Bra]}
          - {id: status, text: Hur långt?, kind: status, when: "not (skala in [1, 2]) or answered(ett)"}
          - {id: nar, text: När?, kind: term-or-date, when: flera contains rektorerna}
          - id: rader
            text: Hur många per nivå?
            kind: count-grid
            rows: [Politiker, Rektorer]
            total: true
          - id: kryss
            text: Vilka slutsatser?
            kind: check-grid
            rows: [Över riket, Under riket]
            columns: [ÅK 3, ÅK 6, ÅK 9]
          - {id: del-a, text: Hur informerades de?, from: Hur och när informerades de?, kind: text, required: false}
          - {id: del-b, text: När informerades de?, from: Hur och när informerades de?, kind: term-or-date, required: false}
          - repeat: satser
            over: [{id: ett, label: Första}, {id: tva, label: Andra}]
            questions:
              - {id: nulage, text: "Nuläget för {item}?", kind: text, required: soft}
              - {id: klar, text: Klar?, kind: status, when: answered(nulage)}
    """

    static let form: Form = {
        let result = FormLoader.load(source: SourceText(path: "fuzz-form.yaml", text: yaml))
        guard let form = result.validForm else { FuzzFailure.fail("the fuzz form has errors: \(result.diagnostics)") }
        return form
    }()

    static let time: Timestamp = {
        guard let time = Timestamp("2014-01-10T09:00:00+01:00") else { FuzzFailure.fail("the fuzz clock does not read") }
        return time
    }()
}
