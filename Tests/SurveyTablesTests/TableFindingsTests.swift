import Foundation
import SurveyForm
import SurveyResponses
import SurveyTables
import SurveyYAML
import Testing

/// The sentences the report writes under each table: exact, for every kind of table.
struct TableFindingsTests {
    func findings(_ number: Int?, _ tables: [SurveyTables.Table], form: Form, questionID: String? = nil) throws -> [String] {
        let table = try #require(tables.first { table in questionID.map { table.questionID == $0 } ?? (table.number == number) })
        return TableFindings(form: form, noun: RespondentNoun.of(form: form)).findings(for: table).map(\.text)
    }

    @Test func everyKindOfTable() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        let tables = fixture.tables().tables
        let form = fixture.form
        #expect(try findings(3, tables, form: form) == ["Tre av fyra kommuner nämner ”Matematiklyftet”.", "Två kommuner nämner ”Systematiska kvalitetsarbetet”."])
        #expect(try findings(7, tables, form: form) == ["Tre av fyra kommuner har markerat ”Nämnd”.", "Två kommuner har markerat ”Rektorer”."])
        #expect(try findings(20, tables, form: form) == ["Tre av fyra kommuner svarar ja och en nej."])
        #expect(try findings(1, tables, form: form) == [
            "Borås har inte svarat på frågan.", "Flest är ”Lärare”, 9 av 12 (75%).", "Färst är ”Politiker”, 3 av 12 (25%).",
        ])
        #expect(try findings(9, tables, form: form) == ["Flest kryss har ”Över riket” under ÅK 6: två av fyra kommuner."])
        #expect(try findings(nil, tables, form: form, questionID: "status") == [
            "Fyra kommuner har svarat på frågan.", "Boden svarar ej påbörjad, Borås och Karlstad påbörjad och Umeå klar.",
        ])
        #expect(try findings(12, tables, form: form) == ["Medelvärdet är 3,25 på skalan 1–4.", "Vanligast är ”4 Bra”: två av fyra kommuner."])
        // No category with more than one municipality: no "largest".
        var spread = try #require(tables.first { $0.number == 3 })
        spread.rows[0].cells[0] = .count(1)
        spread.rows[1].cells[0] = .count(1)
        #expect(TableFindings(form: form, noun: .municipality).findings(for: spread).map(\.text) == [
            "Svaren är spridda: ingen kategori nämns av mer än en kommun.",
        ])
    }

    /// Numbers, single choices, terms; "alla", "båda", ties, spread answers, and more than two who did not answer.
    @Test func otherKindsAndWordings() throws {
        let form = try #require(FormLoader.load(source: SourceText(path: "ord.yaml", text: """
        form: ord
        title: Ord
        version: "1"
        language: sv
        respondent: skola
        sections:
          - id: s
            title: S
            questions:
              - id: antal
                text: Hur många mål?
                kind: number
                unit: mål
                table: {number: 1, title: Antal mål}
              - id: val
                text: Vem leder?
                kind: single-choice
                choices: [Rektor, Lärare, Huvudman]
                table: {number: 2, title: Vem leder}
              - id: nar
                text: När började ni?
                kind: term-or-date
                table: {number: 3, title: Start}
              - id: fritt
                text: Vad gör ni?
                kind: text
                table: {number: 4, title: Vad ni gör}
        """)).validForm)
        let set = try Self.responses(form: form, [
            ("A", ["antal": .number(2), "val": .choice("rektor", other: nil), "nar": .termOrDate(.term(.spring, year: 2013)), "fritt": .text("x")]),
            ("B", ["antal": .number(4), "val": .choice("rektor", other: nil), "nar": .termOrDate(.term(.spring, year: 2013))]),
            ("C", ["antal": .number(9), "val": .choice("larare", other: nil)]),
            ("D", ["val": .choice("larare", other: nil)]),
            ("E", [:]),
        ])
        defer { try? FileManager.default.removeItem(atPath: set.folder) }
        let tables = TableBuilder(form: form, responses: set.responses).tables().tables
        #expect(try findings(1, tables, form: form) == [
            "D och E har inte svarat på frågan.", "Medelvärdet är 5,00 mål, medianen 4,00; lägst 2,00 och högst 9,00.",
        ])
        #expect(try findings(2, tables, form: form) == [
            "E har inte svarat på frågan.", "Två av fyra skolor anger ”Rektor”, och lika många ”Lärare”.",
        ])
        #expect(try findings(3, tables, form: form) == [
            "Två av fem skolor har svarat på frågan.", "Båda skolorna som har svarat anger ”vt 2013”.",
        ])
        // Nobody answered; with answers in no category the table says why and no sentence claims more.
        var empty = try #require(tables.first { $0.number == 4 })
        #expect(try findings(4, tables, form: form) == ["En av fem skolor har svarat på frågan."])
        empty.answered = 0
        empty.nonRespondents = ["A", "B", "C", "D", "E"]
        #expect(TableFindings(form: form, noun: RespondentNoun.of(form: form)).findings(for: empty).map(\.text) == ["Ingen skola har svarat på frågan."])
    }

    @Test func numberWords() {
        #expect((0...13).map(SwedishNumberWords.cardinal) == [
            "noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "13",
        ])
        #expect(SwedishNumberWords.capitalized(6) == "Sex")
        #expect(SwedishNumberWords.capitalized(21) == "21")
        let writer = TableFindings(form: Self.emptyForm, noun: .municipality)
        #expect(writer.answered(6, of: 7) == "Sex av sju kommuner har svarat på frågan.")
        #expect(writer.answered(7, of: 7) == "Alla sju kommuner har svarat på frågan.")
        #expect(writer.answered(2, of: 2) == "Båda kommunerna har svarat på frågan.")
        #expect(writer.answered(0, of: 7) == "Ingen kommun har svarat på frågan.")
        #expect(writer.answered(14, of: 20) == "14 av 20 kommuner har svarat på frågan.")
    }

    /// With last year's figures, the largest change: more, fewer, new, gone.
    @Test func changeSinceLastYear() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        let lastYear = fixture.folder + "-previous"
        defer { try? FileManager.default.removeItem(atPath: lastYear) }
        try fixture.write([
            ("pilot", "Karlstad", ["lankats": .text("Systematiska kvalitetsarbetet."), "andra": .yesNo(false), "beslutade": .choices(["rektorer"], other: nil)]),
            ("pilot", "Umeå", ["lankats": .text("Matematiklyftet"), "andra": .yesNo(false), "beslutade": .choices(["rektorer"], other: nil)]),
            ("pilot", "Borås", ["andra": .yesNo(false), "beslutade": .choices(["rektorer"], other: nil)]),
        ], to: lastYear, codes: false)
        try AtomicFile.write(TableFixture.codebookYAML, toPath: lastYear + "/codes/lankats.codebook.yaml")
        try AtomicFile.write("""
        question: lankats
        statements:
          - {respondent: Karlstad, text: Systematiska kvalitetsarbetet., categories: [kvalitet], decided: staff}
          - {respondent: Umeå, text: Matematiklyftet, categories: [matematiklyftet], decided: staff}
        """, toPath: lastYear + "/codes/lankats.coding.yaml")
        let compared = TableComparison.compare(fixture.tables().tables, with: fixture.tables(from: lastYear).tables)
        let form = fixture.form
        #expect(try findings(3, compared, form: form) == [
            "Tre av fyra kommuner nämner ”Matematiklyftet”.", "Två kommuner nämner ”Systematiska kvalitetsarbetet”.",
            "Fler kommuner än för ett år sedan nämner ”Matematiklyftet”: tre mot en.",
        ])
        #expect(try findings(20, compared, form: form) == ["Tre av fyra kommuner svarar ja och en nej.", "Fler kommuner än för ett år sedan svarar ja: tre mot noll."])
        #expect(try findings(7, compared, form: form) == [
            "Tre av fyra kommuner har markerat ”Nämnd”.", "Två kommuner har markerat ”Rektorer”.",
            "Fler kommuner än för ett år sedan har markerat ”Nämnd”: tre mot noll.",
        ])
        // A category that is new this year, and one that is gone.
        var table = try #require(compared.first { $0.number == 3 })
        table.rows[0].previousCount = nil
        table.rows[1].previousCount = 2
        let writer = TableFindings(form: form, noun: .municipality)
        #expect(writer.findings(for: table).last?.text == "”Matematiklyftet” är ny sedan förra året: tre kommuner.")
        table.rows[0].previousCount = 3
        table.rows[1].cells[0] = .count(0)
        table.rows[1].previousCount = 4
        #expect(writer.findings(for: table).last?.text == "Ingen kommun nämner ”Systematiska kvalitetsarbetet” i år, mot fyra för ett år sedan.")
        table.rows[1].cells[0] = .count(2)
        table.rows[1].previousCount = 2
        #expect(writer.findings(for: table).last?.text == "Antalen är desamma som för ett år sedan.")
        #expect(writer.findings(for: table).last?.kind == .unchanged)
    }

    static let emptyForm: Form = {
        let source = SourceText(path: "tom.yaml", text: """
        form: tom
        title: Tom
        version: "1"
        language: sv
        sections:
          - id: s
            title: S
            questions:
              - {id: q, text: Fråga?, kind: text}
        """)
        guard let form = FormLoader.load(source: source).validForm else { preconditionFailure("the empty form loads") }
        return form
    }()

    static func responses(form: Form, _ answers: [(String, [String: AnswerValue])]) throws -> (folder: String, responses: ResponseSet) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("findings-\(UUID().uuidString)").path
        let store = ResponseStore(root: folder)
        for (name, values) in answers {
            var response = Response(formID: form.id, formVersion: form.version, respondent: name, round: "r")
            for (id, value) in values { response[id] = AnswerEntry(value: value) }
            try store.save(response, form: form, toPath: store.path(forRespondent: name, round: "r"))
        }
        return (folder, ResponseSet.load(from: store, form: form))
    }
}
