import Testing
@testable import SurveyCoder

struct ReviewSessionTests {
    static let start = CodedQuestionTests.start
    static let umeåTime = StatementKey(respondent: "Umeå", text: "Tid saknas.")
    static let boråsTime = StatementKey(respondent: "Borås", text: "Ont om tid för träffar.")
    static let intranet = StatementKey(respondent: "Borås", text: "Intranät.")

    private func numbers(_ session: ReviewSession, _ category: String?) -> [ReviewNumbering.Statement] {
        session.numbering.statements(in: category)
    }

    @Test func undoGoesBackOneDecisionAtATimeToTheStart() throws {
        var session = ReviewSession(Self.start)
        var seen = [session.coded]
        let decisions: [ReviewDecision] = [
            .rename("tid", label: "Ont om tid"),
            .add(Self.umeåTime, to: "matematiklyftet"),
            .merge("lyftet", into: "matematiklyftet"),
            .newCategory(label: "Intranät"),
            .move(Self.intranet, from: nil, to: "intranat"),
            .remove(Self.umeåTime, from: "tid"),
            .markFinal("intranat", true),
        ]
        for decision in decisions {
            try session.decide(decision)
            seen.append(session.coded)
        }
        #expect(session.steps.map(\.decision) == decisions)
        #expect(session.coded.codebook.categoryIDs == ["matematiklyftet", "tid", "intranat"])
        #expect(session.coded.coding.statements[2] == CodedStatement(respondent: "Umeå", text: "Tid saknas.", categories: ["matematiklyftet"], decidedByStaff: true))
        for expected in seen.dropLast().reversed() {
            let decision = session.steps.last?.decision
            let step = try session.undo()
            #expect(step.decision == decision)
            #expect(session.coded == expected)
            #expect(step.before == expected)
        }
        #expect(session == ReviewSession(Self.start))
        #expect(throws: ReviewError.nothingToUndo) { try session.undo() }
    }

    @Test func aRefusedDecisionChangesNothing() throws {
        var session = ReviewSession(Self.start)
        #expect(throws: ReviewError.categoryNotEmpty("tid", statements: 2)) { try session.decide(.delete("tid")) }
        #expect(throws: ReviewError.alreadyInCategory(Self.umeåTime, "tid")) { try session.decide(.add(Self.umeåTime, to: "tid")) }
        #expect(session == ReviewSession(Self.start))
        #expect(try session.decide(.split("tid", statements: [Self.boråsTime], label: "Träffar")) == "traffar")
        #expect(session.steps.count == 1)
    }

    /// At the start the numbers are the codebook's and coding's order, as the list shows them.
    @Test func numbersAtTheStartFollowTheFiles() {
        let numbering = ReviewNumbering(Self.start)
        #expect(numbering.categoryNumbersInUse == [1, 2, 3])
        #expect(["matematiklyftet", "lyftet", "tid"].map { numbering.number(ofCategory: $0) } == [1, 2, 3])
        #expect(numbering.category(numbered: 3) == "tid")
        #expect(numbering.category(numbered: 4) == nil)
        #expect(numbering.statements(in: "tid") == [.init(number: 1, position: 2), .init(number: 2, position: 3)])
        #expect(numbering.statements(in: nil) == [.init(number: 1, position: 4)])
        #expect(numbering.position(ofStatement: 2, in: "tid") == 3)
        #expect(numbering.position(ofStatement: 3, in: "tid") == nil)
    }

    @Test func categoriesKeepTheirNumbersAndNoNumberIsUsedTwice() throws {
        var session = ReviewSession(Self.start)
        try session.decide(.merge("lyftet", into: "matematiklyftet"))
        #expect(session.numbering.number(ofCategory: "tid") == 3)
        #expect(session.numbering.category(numbered: 2) == nil)
        #expect(session.numbering.categoryNumbersInUse == [1, 3])
        // The merged statement joins at the end of its new category.
        #expect(numbers(session, "matematiklyftet") == [.init(number: 1, position: 0), .init(number: 2, position: 1)])
        let made = try session.decide(.newCategory(label: "Intranät"))
        #expect(made == "intranat")
        #expect(session.numbering.number(ofCategory: "intranat") == 4)
        try session.decide(.delete("intranat"))
        #expect(session.numbering.categoryNumbersInUse == [1, 3])
        // The same label again is a new category: it gets a new number, not the deleted one's.
        try session.decide(.newCategory(label: "Intranät"))
        #expect(session.numbering.number(ofCategory: "intranat") == 5)
        // A split's category comes after its old one in the codebook but takes the next number.
        let split = try session.decide(.split("tid", statements: [Self.boråsTime], label: "Träffar"))
        #expect(session.coded.codebook.categoryIDs == ["matematiklyftet", "tid", "traffar", "intranat"])
        #expect(split.map { session.numbering.number(ofCategory: $0) } == 6)
        #expect(session.numbering.categoryNumbersInUse == [1, 3, 5, 6])
    }

    @Test func statementsKeepTheirNumbersInACategory() throws {
        var session = ReviewSession(Self.start)
        // Umeå's statement leaves "tid": Borås's stays number 2, and 1 is not given again.
        try session.decide(.move(Self.umeåTime, from: "tid", to: "lyftet"))
        #expect(numbers(session, "tid") == [.init(number: 2, position: 3)])
        #expect(numbers(session, "lyftet") == [.init(number: 1, position: 1), .init(number: 2, position: 2)])
        try session.decide(.move(Self.umeåTime, from: "lyftet", to: "tid"))
        #expect(numbers(session, "tid") == [.init(number: 2, position: 3), .init(number: 3, position: 2)])
        #expect(numbers(session, "lyftet") == [.init(number: 1, position: 1)])
        // In two categories, a statement has a number in each.
        try session.decide(.add(Self.umeåTime, to: "matematiklyftet"))
        #expect(numbers(session, "matematiklyftet") == [.init(number: 1, position: 0), .init(number: 2, position: 2)])
        #expect(session.numbering.position(ofStatement: 3, in: "tid") == 2)
        // Övrigt numbers the statements that come to it after those it had.
        try session.decide(.remove(StatementKey(respondent: "Karlstad", text: "Lyftet."), from: "matematiklyftet"))
        #expect(numbers(session, nil) == [.init(number: 1, position: 4), .init(number: 2, position: 0)])
        // Undo brings the numbers back with the decision.
        try session.undo()
        #expect(numbers(session, nil) == [.init(number: 1, position: 4)])
        #expect(numbers(session, "matematiklyftet") == [.init(number: 1, position: 0), .init(number: 2, position: 2)])
    }
}
