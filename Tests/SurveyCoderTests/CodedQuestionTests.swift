import Testing
@testable import SurveyCoder

struct CodedQuestionTests {
    static let start = CodedQuestion(
        codebook: Codebook(question: "q", categories: [
            .init(id: "matematiklyftet", label: "Matematiklyftet", terms: ["matematiklyft"], examples: ["Lyftet."]),
            .init(id: "lyftet", label: "Lyftet", terms: ["lyft"], examples: ["Vi går lyftet."]),
            .init(id: "tid", label: "Tid", examples: ["Tid saknas.", "Ont om tid för träffar."]),
        ]),
        coding: Coding(question: "q", statements: [
            CodedStatement(respondent: "Karlstad", text: "Lyftet.", categories: ["matematiklyftet"], score: 0.9),
            CodedStatement(respondent: "Umeå", text: "Vi går lyftet.", categories: ["lyftet"], score: 0.7),
            CodedStatement(respondent: "Umeå", text: "Tid saknas.", categories: ["tid"], score: 0.6),
            CodedStatement(respondent: "Borås", text: "Ont om tid för träffar.", categories: ["tid"], score: 0.5),
            CodedStatement(respondent: "Borås", text: "Intranät.", categories: []),
        ])
    )

    @Test func renameChangesOnlyTheLabel() throws {
        let renamed = try Self.start.renaming("tid", to: "  Tid: hitta tid för träffar ")
        #expect(renamed.codebook.category("tid")?.label == "Tid: hitta tid för träffar")
        #expect(renamed.coding == Self.start.coding)
    }

    @Test func mergeMovesStatementsAsStaffDecisions() throws {
        let merged = try Self.start.merging("lyftet", into: "matematiklyftet")
        #expect(merged.codebook.categoryIDs == ["matematiklyftet", "tid"])
        #expect(merged.codebook.category("matematiklyftet")?.terms == ["matematiklyft", "lyft"])
        #expect(merged.codebook.category("matematiklyftet")?.examples == ["Lyftet.", "Vi går lyftet."])
        #expect(merged.coding.statements[1] == CodedStatement(respondent: "Umeå", text: "Vi går lyftet.", categories: ["matematiklyftet"], decidedByStaff: true))
        #expect(merged.coding.statements[0] == Self.start.coding.statements[0])
        #expect(merged.summary.categories.map(\.respondents) == [["Karlstad", "Umeå"], ["Umeå", "Borås"]])
    }

    @Test func splitMakesANewCategoryAfterTheOld() throws {
        let (split, newID) = try Self.start.splitting("tid", moving: [StatementKey(respondent: "Borås", text: "Ont om tid för träffar.")],
                                                      toNewCategory: "Tid för träffar")
        #expect(newID == "tid-for-traffar")
        #expect(split.codebook.categoryIDs == ["matematiklyftet", "lyftet", "tid", "tid-for-traffar"])
        #expect(split.codebook.category("tid")?.examples == ["Tid saknas."])
        #expect(split.codebook.category("tid-for-traffar")?.examples == ["Ont om tid för träffar."])
        #expect(split.coding.statements[3] == CodedStatement(respondent: "Borås", text: "Ont om tid för träffar.", categories: ["tid-for-traffar"], decidedByStaff: true))
        #expect(split.coding.statements[2] == Self.start.coding.statements[2])
    }

    @Test func splitNeedsStatementsOfTheCategory() {
        #expect(throws: ReviewError.noStatementsToSplit("tid")) {
            try Self.start.splitting("tid", moving: [StatementKey(respondent: "Karlstad", text: "Lyftet.")], toNewCategory: "X")
        }
    }

    @Test func moveTakesOutOfOneAndIntoAnother() throws {
        let key = StatementKey(respondent: "Borås", text: "Intranät.")
        let added = try Self.start.moving(key, from: nil, to: "tid")
        #expect(added.coding.statements[4] == CodedStatement(respondent: "Borås", text: "Intranät.", categories: ["tid"], decidedByStaff: true))
        let moved = try added.moving(key, from: "tid", to: "lyftet")
        #expect(moved.coding.statements[4].categories == ["lyftet"])
        let removed = try moved.moving(key, from: "lyftet", to: nil)
        #expect(removed.coding.statements[4] == CodedStatement(respondent: "Borås", text: "Intranät.", categories: [], decidedByStaff: true))
    }

    @Test func moveRefusesWhatIsNotThere() {
        let key = StatementKey(respondent: "Borås", text: "Intranät.")
        #expect(throws: ReviewError.statementNotInCategory(key, "tid")) { try Self.start.moving(key, from: "tid", to: nil) }
        #expect(throws: ReviewError.unknownStatement(StatementKey(respondent: "Borås", text: "Nej"))) {
            try Self.start.moving(StatementKey(respondent: "Borås", text: "Nej"), from: nil, to: "tid")
        }
        #expect(throws: ReviewError.unknownCategory("tidd", suggestion: "tid")) { try Self.start.moving(key, from: nil, to: "tidd") }
    }

    @Test func markFinalAndBack() throws {
        let final = try Self.start.markingFinal("tid")
        #expect(final.codebook.category("tid")?.isFinal == true)
        #expect(try final.markingFinal("tid", false) == Self.start)
    }

    @Test func addCategoryForÖvrigt() throws {
        let (added, id) = try Self.start.addingCategory(label: "Intranät")
        #expect(id == "intranat")
        #expect(added.codebook.categories.last == Codebook.Category(id: "intranat", label: "Intranät"))
    }

    @Test func errorsDescribeThemselves() {
        #expect(ReviewError.unknownCategory("tidd", suggestion: "tid").description == "no category 'tidd'; did you mean 'tid'?")
        #expect(ReviewError.sameCategory("tid").description == "cannot merge 'tid' into itself")
        #expect(throws: ReviewError.emptyLabel) { try Self.start.renaming("tid", to: " ") }
    }
}
