import Testing
@testable import SurveyCoder

struct StatementSplitterTests {
    @Test func bulletLinesAreStatements() {
        let answer = """
        - Matematiklyftet
        * Kollegialt lärande
        • Förstelärare
        – Nätverk
        1. Hemmagruppen
        2) Rektorerna
        a) Politikerna

        """
        #expect(StatementSplitter.statements(in: answer) == [
            "Matematiklyftet", "Kollegialt lärande", "Förstelärare", "Nätverk", "Hemmagruppen", "Rektorerna", "Politikerna",
        ])
    }

    @Test func sentencesSplitBeforeCapitalsAndDigits() {
        #expect(StatementSplitter.statements(in: "Vi deltar i lyftet. Tid är ett problem! 2015 började vi? ja.") == [
            "Vi deltar i lyftet.", "Tid är ett problem!", "2015 började vi? ja.",
        ])
    }

    @Test func abbreviationsStayWhole() {
        #expect(StatementSplitter.statements(in: "Satsningar, t.ex. matematiklyftet och bl.a. PRIO. Vi har p.g.a. tid inte hunnit.") == [
            "Satsningar, t.ex. matematiklyftet och bl.a. PRIO.", "Vi har p.g.a. tid inte hunnit.",
        ])
        #expect(StatementSplitter.statements(in: "Andra satsningar, t.ex. Matematiklyftet.") == ["Andra satsningar, t.ex. Matematiklyftet."])
    }

    @Test func semicolonsSplitAndAreDropped() {
        #expect(StatementSplitter.statements(in: "matematiklyftet; kvalitetsarbetet ;  ; förankring") == [
            "matematiklyftet", "kvalitetsarbetet", "förankring",
        ])
    }

    @Test func numbersAndDashesInsideTextAreNotBullets() {
        #expect(StatementSplitter.statements(in: "-5 % i resultat\n2015 startade vi\nÅk 7-9 deltar") == [
            "-5 % i resultat", "2015 startade vi", "Åk 7-9 deltar",
        ])
    }

    @Test func whiteSpaceOnlyGivesNoStatements() {
        #expect(StatementSplitter.statements(in: " \n\t\n- \n").isEmpty)
        #expect(StatementSplitter.wholeAnswer("  \n").isEmpty)
    }

    @Test func wholeAnswerKeepsEverythingTrimmed() {
        #expect(StatementSplitter.wholeAnswer("  - Lyftet.\n- Tid.  ") == ["- Lyftet.\n- Tid."])
    }

    @Test func crlfLinesSplit() {
        #expect(StatementSplitter.statements(in: "Lyftet\r\nTid\r\n") == ["Lyftet", "Tid"])
    }
}
