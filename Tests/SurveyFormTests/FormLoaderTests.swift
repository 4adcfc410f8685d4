import Foundation
import SurveyForm
import SurveyYAML
import Testing

struct FormLoaderTests {
    static func fixturePath(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)).path
    }

    private func loadAllKinds() throws -> Form {
        let result = FormLoader.load(path: try Self.fixturePath("all-kinds.yaml"))
        #expect(result.diagnostics == [])
        return try #require(result.validForm)
    }

    @Test func topLevelKeysAreRead() throws {
        let form = try loadAllKinds()
        #expect(form.id == "alla-typer")
        #expect(form.title == "Alla frågetyper")
        #expect(form.version == "1.0")
        #expect(form.language == "sv")
        #expect(form.program == "Matematik PISA 2015")
        #expect(form.period == "2013-02-01 – 2014-01-15")
        #expect(form.sections.map(\.id) == ["grund", "bedomning", "satser"])
    }

    @Test func everyKindLoadsWithItsSettings() throws {
        let form = try loadAllKinds()
        let kinds = Dictionary(uniqueKeysWithValues: form.questions.map { ($0.id, $0.kind) })
        #expect(kinds["organiserat"] == .text(maxLength: nil))
        #expect(kinds["kontakt"] == .shortText(maxLength: 80))
        #expect(kinds["antal-mal"] == .number(NumberSpec(integer: true, minimum: 0, maximum: 50, unit: "mål")))
        guard case .multipleChoice(let beslutade)? = kinds["beslutade"] else {
            Issue.record("beslutade is not multiple-choice")
            return
        }
        #expect(beslutade.options.map(\.id) == ["namnd-utskott-kf-ks", "rektorer", "forvaltning", "annat"])
        #expect(beslutade.otherLabel == "Annat, nämligen …")
        guard case .singleChoice(let huvudansvar)? = kinds["huvudansvar"] else {
            Issue.record("huvudansvar is not single-choice")
            return
        }
        #expect(huvudansvar.otherLabel == "Någon annan, nämligen")
        #expect(kinds["andra-exempel"] == .yesNo)
        #expect(kinds["ledning"] == .scale([
            ScalePoint(value: 1, label: "Stämmer dåligt"), ScalePoint(value: 2, label: "Stämmer ganska dåligt"),
            ScalePoint(value: 3, label: "Stämmer ganska bra"), ScalePoint(value: 4, label: "Stämmer bra"),
        ]))
        #expect(kinds["genomforande"] == .status)
        #expect(kinds["malen-nar"] == .termOrDate(.both))
        guard case .countGrid(let grid)? = kinds["deltagare"] else {
            Issue.record("deltagare is not a count grid")
            return
        }
        #expect(grid.rows.map(\.id) == ["politiker", "forvaltningsledning", "rektorer", "larare"])
        #expect(grid.totalLabel == "Totalt antal deltagare")
        #expect(grid.unit == "personer")
        guard case .checkGrid(let checks)? = kinds["slutsatser-np"] else {
            Issue.record("slutsatser-np is not a check grid")
            return
        }
        #expect(checks.rows.map(\.id) == ["over-riket", "under-riket"])
        #expect(checks.columns.map(\.label) == ["ÅK 3", "ÅK 6", "ÅK 9"])
    }

    @Test func requirementsAndSplitsAreRead() throws {
        let form = try loadAllKinds()
        #expect(form.question(withID: "organiserat")?.requirement == .required)
        #expect(form.question(withID: "kontakt")?.requirement == .optional)
        #expect(form.question(withID: "exempel")?.requirement == .soft)
        let groups = form.splitGroups
        #expect(groups.count == 1)
        #expect(groups.first?.questions.map(\.id) == ["malen-hur", "malen-nar"])
        #expect(groups.first?.originalText == "Hur och när har alla lärare som undervisar i matematik fått vetskap om målen?")
    }

    @Test func repeatedBlocksExpandWithPredictableIDs() throws {
        let form = try loadAllKinds()
        let ids = form.section(withID: "satser")?.questions.map(\.id)
        #expect(ids == [
            "satser.sammanlankade.nulage", "satser.sammanlankade.genomforande",
            "satser.hoga-forvantningar.nulage", "satser.hoga-forvantningar.genomforande",
        ])
        let nulage = try #require(form.question(withID: "satser.hoga-forvantningar.nulage"))
        #expect(nulage.text == "Vilka slutsatser kring nuläget har kommunen dragit? (Höga förväntningar på alla elever och övriga)")
        #expect(nulage.repetition?.itemGroup == "Gemensam syn")
        #expect(nulage.table?.number == 12)
        #expect(form.question(withID: "satser.sammanlankade.nulage")?.table == nil)
        // Bare template ids in a block's condition mean the same item's question.
        let condition = try #require(form.question(withID: "satser.hoga-forvantningar.genomforande")?.condition)
        #expect(condition.description == "answered(satser.hoga-forvantningar.nulage) and antal-mal > 2")
    }

    @Test func tablesAndCodableQuestions() throws {
        let form = try loadAllKinds()
        #expect(form.tabulatedQuestions.map(\.id) == ["organiserat", "beslutade", "deltagare", "slutsatser-np", "satser.hoga-forvantningar.nulage"])
        #expect(form.questions.filter(\.isCodable).map(\.id) == ["organiserat", "satser.hoga-forvantningar.nulage"])
    }

    @Test func sectionConditionIsKept() throws {
        let form = try loadAllKinds()
        #expect(form.section(withID: "bedomning")?.condition?.description == "answered(organiserat)")
        #expect(form.question(withID: "exempel")?.condition?.description == "andra-exempel == ja")
    }

    @Test func registerFileIsNotAForm() {
        let result = FormLoader.load(source: SourceText(path: "r.yaml", text: "register: x\ntitle: y\nrounds: []\n"))
        #expect(result.diagnostics.map(\.description) == ["r.yaml:1:1: error: det här är ett register över deltagare, inte ett formulär"])
        #expect(result.isRegister)
        #expect(!FormLoader.load(source: SourceText(path: "f.yaml", text: "form: x\n")).isRegister)
    }
}
