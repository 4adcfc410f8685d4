import Foundation
import SurveyForm
import SurveyYAML
import Testing

/// A small form with every kind, a split pair, a condition and a repeated block.
enum TestForm {
    static let yaml = """
    form: testform
    title: Testrapport
    version: "2.0"
    language: sv
    sections:
      - id: org
        title: Organisation
        questions:
          - id: organiserat
            text: Hur har kommunen organiserat arbetet?
            kind: text
          - id: kontakt
            text: Kontaktperson
            kind: short-text
            required: false
          - id: antal
            text: Hur många mål har kommunen?
            kind: number
            integer: true
            min: 0
            max: 50
          - id: beslutade
            text: Var är målen beslutade?
            kind: multiple-choice
            choices: [Nämnd, Rektorer, Förvaltning]
            other: true
          - id: ansvar
            text: Vem har huvudansvaret?
            kind: single-choice
            choices: [Förvaltningen, Rektorerna]
            other: true
          - id: exempel
            text: Finns andra exempel?
            kind: yes-no
          - id: exempel-beskriv
            text: Beskriv exemplen.
            kind: text
            when: exempel == ja
          - id: malen-hur
            text: Hur har lärarna fått vetskap om målen?
            from: Hur och när har lärarna fått vetskap om målen?
            kind: text
          - id: malen-nar
            text: När fick lärarna vetskap om målen?
            from: Hur och när har lärarna fått vetskap om målen?
            kind: term-or-date
            required: soft
          - id: deltagare
            text: Hur många deltagare finns från varje nivå?
            kind: count-grid
            rows: [Politiker, Rektorer]
            total: Totalt antal deltagare
          - id: np
            text: Vilka slutsatser har kommunen dragit av NP?
            kind: check-grid
            rows: [Över riket, Under riket]
            columns: [{id: ak3, label: ÅK 3}, {id: ak6, label: ÅK 6}]
            required: false
          - id: niva
            text: Ledningen är tydlig.
            kind: scale
            points: [Dåligt, Ganska dåligt, Ganska bra, Bra]
      - id: satser
        title: Satser
        questions:
          - repeat: satser
            over:
              - {id: ledning, label: Gemensam ledning}
            questions:
              - id: status
                text: Hur långt har man kommit?
                kind: status
    """

    static func form() throws -> Form {
        let result = FormLoader.load(source: SourceText(path: "forms/testform.yaml", text: yaml))
        #expect(result.diagnostics == [])
        return try #require(result.validForm)
    }

    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("responses-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
