import Foundation
import SurveyForm
import SurveyYAML
import Testing

/// Forms the runner tests fill in: a small one with every kind, and the bundled year-2 report.
enum TestForms {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var annualReportPath: String { repository.appendingPathComponent("forms/arsrapport-ar2.yaml").path }

    static func annualReport() throws -> Form {
        let result = FormLoader.load(path: annualReportPath)
        return try #require(result.validForm)
    }

    static func load(_ yaml: String, path: String = "test.yaml") throws -> Form {
        let result = FormLoader.load(source: SourceText(path: path, text: yaml))
        #expect(result.diagnostics.filter(\.isError) == [])
        return try #require(result.validForm)
    }

    /// One question of every kind, two sections, a condition and a repeated block.
    static let allKindsYAML = """
    form: alla-typer
    title: Alla frågetyper
    version: "1.0"
    language: sv
    description: Ett formulär med varje frågetyp.
    sections:
      - id: grund
        title: Grundläggande
        questions:
          - id: organiserat
            text: Hur har kommunen organiserat arbetet?
            kind: text
            help: Beskriv kort.
          - id: kontakt
            text: Vem är kontaktperson?
            kind: short-text
            max-length: 20
            required: false
          - id: antal-mal
            text: Hur många operativa mål har kommunen?
            kind: number
            integer: true
            min: 0
            max: 50
            unit: mål
          - id: andel
            text: Hur stor andel av lärarna deltar?
            kind: number
            unit: "%"
            required: false
          - id: beslutade
            text: Var är målen beslutade?
            kind: multiple-choice
            choices:
              - Nämnd/utskott/KF/KS
              - Rektorer
              - {id: forvaltning, label: Förvaltningen}
            other: true
          - id: huvudansvar
            text: Vem har huvudansvaret?
            kind: single-choice
            choices: [Förvaltningen, Rektorerna]
            other: Någon annan, nämligen
          - id: andra-exempel
            text: Finns andra exempel där metoden tillämpats?
            kind: yes-no
          - id: exempel
            text: Beskriv exemplen.
            kind: text
            required: soft
            when: andra-exempel == ja
      - id: bedomning
        title: Bedömning
        questions:
          - id: ledning
            text: Ledningen är tydlig med mål och verksamhetsidé.
            kind: scale
            points: [Stämmer dåligt, Stämmer ganska dåligt, Stämmer ganska bra, Stämmer bra]
          - id: genomforande
            text: Hur långt har man kommit i genomförandet?
            kind: status
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
            text: Hur många deltagare från varje nivå ingår i kommungruppen?
            kind: count-grid
            rows: [Politiker, Rektorer, Lärare]
            total: Totalt antal deltagare
            unit: personer
          - id: slutsatser-np
            text: Vilka slutsatser har kommunen dragit av resultaten på NP?
            kind: check-grid
            rows: [Över riket, Under riket]
            columns: [{id: ak3, label: ÅK 3}, {id: ak6, label: ÅK 6}, {id: ak9, label: ÅK 9}]
      - id: satser
        title: SKL:s satser
        questions:
          - repeat: satser
            title: Satserna
            over:
              - id: sammanlankade
                group: Gemensam ledning
                label: Ledningsnivåerna är sammanlänkade
                help: Nämnd, förvaltning och rektor.
              - id: hoga-forvantningar
                group: Gemensam syn
                label: Höga förväntningar på alla elever
            questions:
              - id: nulage
                text: Vilka slutsatser kring nuläget har kommunen dragit?
                kind: text
                required: false
    """

    static func allKinds() throws -> Form { try load(allKindsYAML, path: "alla-typer.yaml") }

    static func question(_ id: String, in form: Form) throws -> Question {
        try #require(form.question(withID: id))
    }
}
