import SurveyForm
import SurveyResponses
import SurveyYAML

/// Inputs each target starts from: valid ones, so mutations reach deep into the code.
public enum FuzzSeeds {
    public static func seeds(for target: FuzzTarget) -> [[UInt8]] {
        let texts: [String] = switch target {
        case .yaml: [FuzzForm.yaml, answeredResponse, yamlShapes]
        case .form: [FuzzForm.yaml, conditionForm]
        case .response: [answeredResponse, handEditedResponse]
        case .answer: [answerScript, commandScript]
        case .csv: [answerCSV, swedishExcelCSV, codedCSV]
        }
        return texts.map { Array($0.utf8) }
    }

    /// Answers as another tool exports them: quoted fields with commas, quotes and line breaks.
    static let answerCSV = """
    respondent,question,text\r
    Umeå,lankats,"Matematiklyftet, och ""SKA"" sedan 2013"\r
    Luleå,lankats,"Vi har kopplat arbetet
    till skolplanen"\r
    Borås,fråga 3,Rektorerna informerar lärarna.\r

    """

    /// As Swedish Excel saves "CSV": semicolons, and a byte-order mark.
    static let swedishExcelCSV = "\u{FEFF}respondent;question;text;kommentar\nUmeå;lankats;Matematiklyftet; ok\nLuleå;lankats;\"Skolplanen; målen\";\n"

    /// Coded answers for `--learn-from`: categories by label, ";" between two, empty for none.
    static let codedCSV = """
    respondent,question,text,categories
    Umeå,lankats,Matematiklyftet,Matematiklyftet
    Luleå,lankats,Skolplanen och SKA,"Skolplanen;Systematiska kvalitetsarbetet"
    Borås,lankats,Inget särskilt,

    """

    /// A response to the fuzz form with every kind answered, as `survey fill` writes it.
    static let answeredResponse: String = {
        var response = Response(formID: "fuzz", formVersion: "1", respondent: "Umeå", round: "pilot",
                                created: FuzzForm.time, updated: FuzzForm.time)
        let values: [(String, AnswerValue)] = [
            ("text", .text("Kommungruppen träffas.\nVarje månad.")), ("kort", .text("Anna")), ("antal", .number(3)),
            ("tal", .number(10.5)), ("ett", .choice("annat", other: "Ledningsgruppen")),
            ("flera", .choices(["namnden", "rektorerna"], other: nil)), ("janej", .yesNo(true)), ("om-ja", .text("Så här.")),
            ("skala", .scale(3)), ("status", .status(.started)), ("nar", .termOrDate(.term(.spring, year: 2013))),
            ("rader", .countGrid(["politiker": 2, "rektorer": 3], total: 5)), ("kryss", .checkGrid(["over-riket": ["ak-3", "ak-6"]])),
            ("del-a", .text("Via rektorerna.")), ("satser.ett.nulage", .text("Bra.")), ("satser.ett.klar", .status(.done)),
        ]
        for (id, value) in values { response[id] = AnswerEntry(value: value, at: FuzzForm.time) }
        response["del-b"] = AnswerEntry(emptyConfirmed: true, at: FuzzForm.time)
        return (try? ResponseStore.fileText(for: response, form: FuzzForm.form, path: "seed.yaml")) ?? ""
    }()

    static let handEditedResponse = """
    form: fuzz
    version: "1"
    respondent: Umeå
    answers:
      antal: {answer: "1 000", prefilled: true}
      flera:
        answer: [rektorerna, annat]
        other: Förvaltningen
      rader: {answer: {politiker: 1, rektorer: 0}, total: 1, not-applicable: false}
      okand: {answer: x}
      satser.tva.nulage: {empty: confirmed}

    """

    static let yamlShapes = """
    a: &ankare {x: [1, 2, {y: z}]}
    b: *ankare
    c: !!str 12
    d: |
      rad ett
      rad två
    e: >-
      vikt
      text
    f: "citat \\u00e5 \\n"
    g: 'enkel ''citat'''
    ? [lång, nyckel]
    : värde
    ---
    - andra dokumentet

    """

    static let conditionForm = """
    form: villkor
    title: Villkor
    version: "1"
    language: sv
    sections:
      - id: s
        title: S
        questions:
          - {id: a, text: A?, kind: number, min: 0, max: 10}
          - {id: b, text: B?, kind: multiple-choice, choices: [X, Y]}
          - {id: c, text: C?, kind: text, when: "not (a >= 3 and a < 7) or b contains x and answered(a) or a in [1, 2.5]"}
      - id: t
        title: T
        when: "((a != 1))"
        questions:
          - {id: d, text: D?, kind: term-or-date, accept: term}
          - {id: e, text: E?, kind: yes-no, when: "d >= 'vt 2013' and d != 'ht 2012'"}

    """

    /// Answers the whole fuzz form, line by line as a respondent types them.
    static let answerScript = """
    Kommungruppen träffas.
    .
    Anna
    3
    10,5
    3: Ledningsgruppen
    1,2
    ja
    Så här.
    .
    3
    2
    vt 2013
    2
    3
    5
    1,2
    -
    Via rektorerna.
    .
    :skip
    j
    Bra.
    .
    klar
    :skip
    j

    """

    static let commandScript = """
    :help
    :review
    :goto 12
    :back
    :back
    :skip
    :edit
    1 200
    tolv
    :goto flera
    Annat:
    4
    rektorer, lär
    :bakc
    :quit

    """
}
