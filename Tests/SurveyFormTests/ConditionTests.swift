import SurveyForm
import SurveyYAML
import Testing

struct ConditionTests {
    private func parse(_ text: String) throws -> Condition {
        try ConditionParser.parse(text) { offset in SourceLocation(path: "c", line: 1, column: offset + 1) }
    }

    private func error(_ text: String) -> Diagnostic? {
        do {
            _ = try ConditionParser.parse(text) { offset in SourceLocation(path: "c", line: 1, column: offset + 1) }
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        "andra-exempel == ja",
        "maal-antal > 3",
        "beslutade contains rektorer",
        "genomforande in [paborjad, klar]",
        "answered(styrgrupp) and not (niva == 1 or niva == 2)",
        "a == 1 or b == 2 and c == 3",
        "nar >= 'vt 2013'",
        "satser.sammanlankade.nulage != 'se ovan'",
    ])
    func descriptionRoundTrips(text: String) throws {
        let condition = try parse(text)
        #expect(condition.description == text)
        #expect(try parse(condition.description) == condition)
    }

    @Test func andBindsTighterThanOr() throws {
        let condition = try parse("a == 1 or b == 2 and c == 3")
        guard case .or(_, .and) = condition else {
            Issue.record("expected or(_, and(_, _)), got \(condition)")
            return
        }
    }

    @Test func referencesKeepTheirColumns() throws {
        let condition = try parse("answered(x) and  yy == 2")
        #expect(condition.references.map(\.id) == ["x", "yy"])
        #expect(condition.references.map(\.location.column) == [10, 18])
    }

    @Test(arguments: [
        ("a = 1", 3, "'=' in condition; write '==' to compare"),
        ("a ==", 5, "expected a value (a number, a word such as ja or a choice id, or quoted text) in condition, found the end of the condition"),
        ("a == 'open", 6, "unterminated quoted text in condition"),
        ("(a == 1", 8, "expected ')' in condition, found the end of the condition"),
        ("a == 1 b == 2", 8, "expected 'and', 'or' or the end of the condition in condition, found 'b'"),
        ("a", 2, "expected a comparison (==, !=, <, <=, >, >=, contains, in) after 'a' in condition, found the end of the condition"),
        ("a == 1 & b", 8, "unexpected character '&' in condition"),
        ("and == 1", 1, "expected a question id in condition, found 'and'"),
    ])
    func syntaxErrorsPointAtTheToken(text: String, column: Int, message: String) throws {
        let diagnostic = try #require(error(text))
        #expect(diagnostic.message == message)
        #expect(diagnostic.location?.column == column)
    }

    @Test func evaluatesAgainstAnswers() throws {
        let answers: [String: AnswerValue] = [
            "andra-exempel": .yesNo(true),
            "antal": .number(4),
            "beslutade": .choices(["namnd", "rektorer"], other: nil),
            "status": .status(.started),
            "niva": .scale(3),
            "nar": .termOrDate(.term(.autumn, year: 2013)),
            "tom": .text("  "),
        ]
        let lookup = { (id: String) in answers[id] }
        #expect(try parse("andra-exempel == ja").holds(lookup))
        #expect(try !parse("andra-exempel == nej").holds(lookup))
        #expect(try parse("antal > 3 and antal <= 4").holds(lookup))
        #expect(try parse("beslutade contains rektorer").holds(lookup))
        #expect(try !parse("beslutade contains forvaltning").holds(lookup))
        #expect(try parse("status in [paborjad, klar]").holds(lookup))
        #expect(try parse("niva >= 3").holds(lookup))
        #expect(try parse("nar > 'vt 2013'").holds(lookup))
        #expect(try !parse("answered(tom)").holds(lookup))
        #expect(try parse("not answered(saknas)").holds(lookup))
    }

    @Test func comparisonWithUnansweredIsFalseForEveryOperator() throws {
        let nothing = { (_: String) -> AnswerValue? in nil }
        for text in ["x == ja", "x != ja", "x < 3", "x contains a", "x in [a, b]"] {
            #expect(try !parse(text).holds(nothing), "\(text)")
        }
    }
}
