import Testing
@testable import SurveyCoder
import SurveyYAML

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

    /// A codebook or coding copied from another question's file codes the question its name
    /// says; staff are told.
    @Test func aFileNamingAnotherQuestionIsAWarning() {
        let start = Self.start
        #expect(CodedQuestion.questionMismatches(of: "q", codebook: start.codebook, codebookPath: "q.codebook.yaml",
                                                 coding: start.coding, codingPath: "q.coding.yaml").isEmpty)
        #expect(CodedQuestion.questionMismatches(of: "p", codebook: start.codebook, codebookPath: "codes/p.codebook.yaml",
                                                 coding: nil, codingPath: "codes/p.coding.yaml")
            == [.warning("filen heter 'p', men dess 'question' är 'q'; filnamnet gäller",
                         at: SourceLocation(path: "codes/p.codebook.yaml", line: 1, column: 1))])
        #expect(CodedQuestion.questionMismatches(of: "p", codebook: start.codebook, codebookPath: "p.codebook.yaml",
                                                 coding: start.coding, codingPath: "p.coding.yaml").count == 2)
    }

    @Test func renameChangesOnlyTheLabel() throws {
        let renamed = try Self.start.renaming("tid", to: "  Tid: hitta tid för träffar ")
        #expect(renamed.codebook.category("tid")?.label == "Tid: hitta tid för träffar")
        #expect(renamed.coding == Self.start.coding)
    }

    @Test func mergeMovesStatementsAndLeavesThemToReview() throws {
        let merged = try Self.start.merging("lyftet", into: "matematiklyftet")
        #expect(merged.codebook.categoryIDs == ["matematiklyftet", "tid"])
        #expect(merged.codebook.category("matematiklyftet")?.terms == ["matematiklyft", "lyft"])
        #expect(merged.codebook.category("matematiklyftet")?.examples == ["Lyftet.", "Vi går lyftet."])
        var moved = Self.start.coding.statements[1]
        moved.categories = ["matematiklyftet"]
        #expect(merged.coding.statements[1] == moved)
        #expect(!merged.coding.statements[1].decidedByStaff)
        var asked = Self.start
        asked.coding.statements[3].needsReview = true
        let mergedAsked = try asked.merging("tid", into: "lyftet")
        #expect(mergedAsked.coding.statements[3].awaitsReview && mergedAsked.coding.statements[3].score == 0.5)
        #expect(merged.coding.statements[0] == Self.start.coding.statements[0])
        #expect(merged.summary.categories.map(\.respondents) == [["Karlstad", "Umeå"], ["Umeå", "Borås"]])
    }

    /// `dela Ö 1 ETIKETT`: an uncategorized statement becomes a row of its own in one decision.
    @Test func splitFromÖvrigtMakesANewCategoryLast() throws {
        let key = StatementKey(respondent: "Borås", text: "Intranät.")
        let (split, newID) = try Self.start.splitting(nil, moving: [key], toNewCategory: "Intranätet")
        #expect(newID == "intranatet")
        #expect(split.codebook.categoryIDs == ["matematiklyftet", "lyftet", "tid", "intranatet"])
        #expect(split.codebook.category("intranatet")?.examples == ["Intranät."])
        #expect(split.coding.statements[4] == CodedStatement(respondent: "Borås", text: "Intranät.", categories: ["intranatet"], decidedByStaff: true))
        #expect(Array(split.coding.statements.prefix(4)) == Array(Self.start.coding.statements.prefix(4)))
        // Only statements in Övrigt come out of it.
        #expect(throws: ReviewError.noStatementsToSplit(nil)) {
            try Self.start.splitting(nil, moving: [StatementKey(respondent: "Umeå", text: "Tid saknas.")], toNewCategory: "Tid")
        }
    }

    /// `upplös N`: the category goes, its statements stay where else they are, or in Övrigt,
    /// and those the coder placed are asked about again.
    @Test func dissolveLeavesTheStatementsToReview() throws {
        var start = Self.start
        start.coding.statements[3].categories = ["tid", "lyftet"]
        start.coding.statements[2].decidedByStaff = true
        start.coding.statements[2].score = nil
        let dissolved = try start.dissolving("tid")
        #expect(dissolved.codebook.categoryIDs == ["matematiklyftet", "lyftet"])
        #expect(dissolved.coding.statements[2] == CodedStatement(respondent: "Umeå", text: "Tid saknas.", decidedByStaff: true))
        #expect(dissolved.coding.statements[3] == CodedStatement(respondent: "Borås", text: "Ont om tid för träffar.", categories: ["lyftet"], needsReview: true))
        #expect(Array(dissolved.coding.statements.prefix(2)) == Array(start.coding.statements.prefix(2)))
        var final = start
        final.codebook.categories[2].isFinal = true
        #expect(throws: ReviewError.finalCategory("tid")) { try final.dissolving("tid") }
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

    /// A statement that names two things is in two categories, in the order staff placed it.
    @Test func addKeepsTheStatementInItsFirstCategory() throws {
        let key = StatementKey(respondent: "Umeå", text: "Tid saknas.")
        let added = try Self.start.adding(key, to: "matematiklyftet")
        #expect(added.coding.statements[2] == CodedStatement(respondent: "Umeå", text: "Tid saknas.", categories: ["tid", "matematiklyftet"], decidedByStaff: true))
        var others = added.coding.statements
        others.remove(at: 2)
        var startOthers = Self.start.coding.statements
        startOthers.remove(at: 2)
        #expect(others == startOthers)
        #expect(added.codebook == Self.start.codebook)
        #expect(added.summary.categories.map(\.respondents) == [["Karlstad", "Umeå"], ["Umeå"], ["Umeå", "Borås"]])
        // From Övrigt, adding is placing.
        let placed = try Self.start.adding(StatementKey(respondent: "Borås", text: "Intranät."), to: "tid")
        #expect(placed.coding.statements[4] == CodedStatement(respondent: "Borås", text: "Intranät.", categories: ["tid"], decidedByStaff: true))
    }

    /// A statement staff place has no score and no review mark left, whichever operation placed
    /// it; a merge places no statement (it keeps its marks, see `mergeMovesStatementsAndLeavesThemToReview`).
    @Test func everyPlacementIsAStaffDecision() throws {
        var asked = Self.start
        for index in asked.coding.statements.indices { asked.coding.statements[index].needsReview = true }
        let key = StatementKey(respondent: "Borås", text: "Ont om tid för träffar.")
        let results = [
            try asked.adding(key, to: "lyftet"),
            try asked.removing(key, from: "tid"),
            try asked.moving(key, from: "tid", to: "lyftet"),
            try asked.splitting("tid", moving: [key], toNewCategory: "Träffar").0,
        ]
        for result in results {
            let statement = result.coding.statements[3]
            #expect(statement.decidedByStaff && statement.score == nil && statement.needsReview == nil)
            #expect(result.coding.statements[0] == asked.coding.statements[0])
        }
    }

    @Test func addRefusesACategoryTheStatementIsIn() {
        let key = StatementKey(respondent: "Umeå", text: "Tid saknas.")
        #expect(throws: ReviewError.alreadyInCategory(key, "tid")) { try Self.start.adding(key, to: "tid") }
        #expect(throws: ReviewError.unknownCategory("tidd", suggestion: "tid")) { try Self.start.adding(key, to: "tidd") }
        #expect(throws: ReviewError.unknownStatement(StatementKey(respondent: "Umeå", text: "Nej"))) {
            try Self.start.adding(StatementKey(respondent: "Umeå", text: "Nej"), to: "tid")
        }
    }

    @Test func removeKeepsTheOtherCategoriesAndLeavesÖvrigtLast() throws {
        let key = StatementKey(respondent: "Umeå", text: "Tid saknas.")
        let both = try Self.start.adding(key, to: "lyftet")
        let removed = try both.removing(key, from: "tid")
        #expect(removed.coding.statements[2] == CodedStatement(respondent: "Umeå", text: "Tid saknas.", categories: ["lyftet"], decidedByStaff: true))
        let none = try removed.removing(key, from: "lyftet")
        #expect(none.coding.statements[2] == CodedStatement(respondent: "Umeå", text: "Tid saknas.", categories: [], decidedByStaff: true))
        #expect(none.summary.uncategorized.map(\.text) == ["Tid saknas.", "Intranät."])
        #expect(none.codebook == Self.start.codebook)
        #expect(throws: ReviewError.statementNotInCategory(key, "tid")) { try none.removing(key, from: "tid") }
    }

    /// Every copy of a repeated statement goes the same way.
    @Test func addAndRemoveTakeEveryCopy() throws {
        var twice = Self.start
        twice.coding.statements.append(CodedStatement(respondent: "Umeå", text: "Tid saknas.", categories: ["tid"], score: 0.6))
        let key = StatementKey(respondent: "Umeå", text: "Tid saknas.")
        let added = try twice.adding(key, to: "lyftet")
        #expect(added.coding.statements[2].categories == ["tid", "lyftet"])
        #expect(added.coding.statements[5] == CodedStatement(respondent: "Umeå", text: "Tid saknas.", categories: ["tid", "lyftet"], decidedByStaff: true))
        let removed = try added.removing(key, from: "tid")
        #expect(removed.coding.statements[2].categories == ["lyftet"])
        #expect(removed.coding.statements[5].categories == ["lyftet"])
    }

    @Test func deleteTakesAwayAnEmptyCategory() throws {
        let (added, id) = try Self.start.addingCategory(label: "Intranät")
        #expect(try added.deletingCategory(id) == Self.start)
        // Emptied by staff, a category can go; its statements stay where they were put.
        let emptied = try Self.start
            .moving(StatementKey(respondent: "Umeå", text: "Vi går lyftet."), from: "lyftet", to: "matematiklyftet")
        let deleted = try emptied.deletingCategory("lyftet")
        #expect(deleted.codebook.categoryIDs == ["matematiklyftet", "tid"])
        #expect(deleted.coding == emptied.coding)
    }

    @Test func deleteRefusesACategoryWithStatementsOrFinal() throws {
        #expect(throws: ReviewError.categoryNotEmpty("tid", statements: 2)) { try Self.start.deletingCategory("tid") }
        let (added, id) = try Self.start.addingCategory(label: "Intranät")
        let final = try added.markingFinal(id)
        #expect(throws: ReviewError.finalCategory("intranat")) { try final.deletingCategory(id) }
        #expect(throws: ReviewError.unknownCategory("tidd", suggestion: "tid")) { try Self.start.deletingCategory("tidd") }
    }

    /// Each decision as data does what its operation does.
    @Test func applyingADecisionIsTheOperation() throws {
        let key = StatementKey(respondent: "Borås", text: "Intranät.")
        let (placed, none) = try Self.start.applying(.add(key, to: "tid"))
        #expect(placed == (try Self.start.adding(key, to: "tid")))
        #expect(none == nil)
        #expect(try Self.start.applying(.rename("tid", label: "Tid")).0 == (try Self.start.renaming("tid", to: "Tid")))
        let (made, id) = try Self.start.applying(.newCategory(label: "Intranät"))
        #expect(id == "intranat")
        #expect(made == (try Self.start.addingCategory(label: "Intranät")).0)
        #expect(try made.applying(.delete("intranat")).0 == Self.start)
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
        #expect(ReviewError.unknownCategory("tidd", suggestion: "tid").description == "det finns ingen kategori 'tidd'; menade du 'tid'?")
        #expect(ReviewError.sameCategory("tid").description == "'tid' kan inte läggas ihop med sig själv")
        #expect(ReviewError.categoryNotEmpty("tid", statements: 2).description == "'tid' har kvar 2 påståenden; flytta dem eller lägg ihop kategorin med en annan först")
        #expect(ReviewError.finalCategory("tid").description == "'tid' är markerad som klar; ta bort markeringen innan den raderas")
        #expect(ReviewError.alreadyInCategory(StatementKey(respondent: "Umeå", text: "Tid saknas."), "tid").description
            == "påståendet från Umeå 'Tid saknas.' ligger redan i 'tid'")
        #expect(ReviewError.nothingToUndo.description == "det finns inget beslut i den här sessionen att ångra")
        #expect(throws: ReviewError.emptyLabel) { try Self.start.renaming("tid", to: " ") }
    }
}
