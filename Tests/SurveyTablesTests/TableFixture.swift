import Foundation
import SurveyCoder
import SurveyForm
import SurveyResponses
import SurveyTables
import SurveyYAML
import Testing

/// A small form with one table of every kind, four municipalities' answers and a coding.
struct TableFixture {
    static let formYAML = """
    form: tabelltest
    title: Tabelltest
    version: "1"
    language: sv
    edition: år 2
    sections:
      - id: s
        title: Avsnitt
        questions:
          - id: lankats
            text: Hur har satsningen länkats samman med annat arbete?
            kind: text
            table: {number: 3, title: Länkat till annat arbete}
          - id: beslutade
            text: Var är målen beslutade?
            kind: multiple-choice
            choices: [Nämnd, Rektorer]
            other: true
            table: {number: 7, title: Var är målen beslutade?}
          - id: andra
            text: Finns andra exempel?
            kind: yes-no
            table: {number: 20, title: Andra exempel}
          - id: deltagare
            text: Hur många deltagare från varje nivå?
            kind: count-grid
            rows: [Politiker, Lärare]
            total: true
            table: {number: 1, title: Nivåer på hemmaträffarna}
          - id: np
            text: Vilka slutsatser har ni dragit av NP?
            kind: check-grid
            rows: [Över riket, Under riket]
            columns: [ÅK 3, ÅK 6]
            table: {number: 9, title: Slutsatser av NP}
          - id: status
            text: Hur långt har ni kommit?
            kind: status
            table: {title: Genomförande}
          - id: niva
            text: Ledningen är tydlig med målen.
            kind: scale
            points: [Dåligt, Ganska dåligt, Ganska bra, Bra]
            table: {number: 12, title: Ledningen är tydlig}
    """

    static let registerYAML = """
    register: test
    title: Test
    rounds:
      - id: pilot
        title: Pilotomgång
        networks:
          - {id: vast, title: Nätverk Väst, municipalities: [Karlstad, Borås]}
          - {id: norr, title: Nätverk Norr, municipalities: [Umeå]}
      - id: host-2012
        title: Höstomgång
        networks:
          - {id: lappland, title: Nätverk Lappland, municipalities: [Boden]}
    """

    let folder: String
    let form: Form
    let register: Register

    init() throws {
        form = try #require(FormLoader.load(source: SourceText(path: "tabelltest.yaml", text: Self.formYAML)).validForm)
        register = try #require(RegisterLoader.load(source: SourceText(path: "register.yaml", text: Self.registerYAML)).validRegister)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tables-\(UUID().uuidString)").path
        try write(Self.thisYear, to: folder)
    }

    typealias Answers = [String: AnswerValue]

    static let thisYear: [(String, String, Answers)] = [
        ("pilot", "Karlstad", [
            "lankats": .text("Vi har kopplat satsningen till Matematiklyftet. Den ingår i det systematiska kvalitetsarbetet."),
            "beslutade": .choices(["namnd", "rektorer"], other: nil), "andra": .yesNo(true),
            "deltagare": .countGrid(["politiker": 2, "larare": 3], total: 5), "np": .checkGrid(["over-riket": ["ak-3", "ak-6"]]),
            "status": .status(.started), "niva": .scale(3),
        ]),
        ("pilot", "Umeå", [
            "lankats": .text("- Matematiklyftet\n- Nytt intranät"),
            "beslutade": .choices(["namnd", "annat"], other: "Kommungruppen"), "andra": .yesNo(false),
            "deltagare": .countGrid(["politiker": 1, "larare": 4], total: 5), "np": .checkGrid(["over-riket": ["ak-6"], "under-riket": ["ak-3"]]),
            "status": .status(.done), "niva": .scale(4),
        ]),
        ("pilot", "Borås", [
            "lankats": .text("Systematiska kvalitetsarbetet."),
            "beslutade": .choices(["rektorer"], other: nil), "andra": .yesNo(true), "np": .checkGrid([:]),
            "status": .status(.started), "niva": .scale(2),
        ]),
        ("host-2012", "Boden", [
            "lankats": .text("Matematiklyftet på alla skolor."),
            "beslutade": .choices(["namnd"], other: nil), "andra": .yesNo(true),
            "deltagare": .countGrid(["politiker": 0, "larare": 2], total: 2), "np": .checkGrid(["under-riket": ["ak-6"]]),
            "status": .status(.notStarted), "niva": .scale(4),
        ]),
    ]

    static let codebookYAML = """
    question: lankats
    form: tabelltest
    categories:
      - {id: matematiklyftet, label: Matematiklyftet, final: true}
      - {id: kvalitet, label: Systematiska kvalitetsarbetet, final: true}
    """

    static let codingYAML = """
    question: lankats
    form: tabelltest
    statements:
      - {respondent: Karlstad, text: Vi har kopplat satsningen till Matematiklyftet., categories: [matematiklyftet], decided: staff}
      - {respondent: Karlstad, text: Den ingår i det systematiska kvalitetsarbetet., categories: [kvalitet], score: 0.71}
      - {respondent: Umeå, text: Matematiklyftet, categories: [matematiklyftet], score: 0.93}
      - {respondent: Umeå, text: Nytt intranät, categories: [], score: 0.12}
      - {respondent: Borås, text: Systematiska kvalitetsarbetet., categories: [kvalitet], decided: staff}
      - {respondent: Boden, text: Matematiklyftet på alla skolor., categories: [matematiklyftet], score: 0.88}
    """

    func write(_ answers: [(String, String, Answers)], to folder: String, codes: Bool = true) throws {
        let store = ResponseStore(root: folder)
        for (round, name, values) in answers {
            var response = Response(formID: form.id, formVersion: form.version, respondent: name, round: round)
            for (id, value) in values { response[id] = AnswerEntry(value: value) }
            try store.save(response, form: form, toPath: store.path(forRespondent: name, round: round))
        }
        if codes {
            try AtomicFile.write(Self.codebookYAML, toPath: folder + "/codes/lankats.codebook.yaml")
            try AtomicFile.write(Self.codingYAML, toPath: folder + "/codes/lankats.coding.yaml")
        }
    }

    func tables(grouping: TableBuilder.Grouping = .none, from folder: String? = nil) -> (tables: [SurveyTables.Table], warnings: [Diagnostic]) {
        let root = folder ?? self.folder
        let set = ResponseSet.load(from: ResponseStore(root: root), form: form)
        let (codes, diagnostics) = CodeSet.load(folder: root + "/codes", form: form)
        #expect(diagnostics == [])
        return TableBuilder(form: form, responses: set, codes: codes, register: register).tables(grouping: grouping)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}

extension CSVTables.Options {
    /// Comma-separated, without a byte-order mark: `--separator comma --no-bom`.
    static let commaWithoutBOM = CSVTables.Options(separator: ",", byteOrderMark: false)
}
