/// A small form with one question of every kind, a condition and a repeated block.
enum KindsForm {
    static let yaml = """
    form: alla-typer
    title: Alla frågetyper
    version: "1.0"
    language: sv
    description: |
      Ett formulär med varje frågetyp,
      för testerna.
    sections:
      - id: grund
        title: Grundläggande
        help: Svara så gott du kan.
        questions:
          - id: organiserat
            text: Hur har kommunen organiserat arbetet?
            kind: text
            max-length: 40
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
            max: 500
            plausible-max: 50
            unit: mål
          - id: beslutade
            text: Var är målen beslutade?
            kind: multiple-choice
            choices:
              - Nämnd/utskott/KF/KS
              - Rektorer
              - {id: forvaltning, label: Förvaltningen}
            other: true
            min-selected: 1
            max-selected: 2
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
          - id: nar
            text: När fick lärarna vetskap om målen?
            kind: term-or-date
            accept: term
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
            columns: [{id: ak3, label: ÅK 3}, {id: ak6, label: ÅK 6}]
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
}
