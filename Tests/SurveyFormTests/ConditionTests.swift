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
        ("a = 1", 3, "'=' i villkoret; skriv '==' för att jämföra"),
        ("a ==", 5, "i villkoret väntades ett värde (ett tal, ett ord som ja eller ett svarsalternativs id, eller text inom citattecken), inte villkorets slut"),
        ("a == 'open", 6, "en text inom citattecken i villkoret avslutas aldrig"),
        ("(a == 1", 8, "i villkoret väntades ')', inte villkorets slut"),
        ("a == 1 b == 2", 8, "i villkoret väntades 'and', 'or' eller villkorets slut, inte 'b'"),
        ("a", 2, "i villkoret väntades en jämförelse (==, !=, <, <=, >, >=, contains, in) efter 'a', inte villkorets slut"),
        ("a == 1 & b", 8, "oväntat tecken '&' i villkoret"),
        ("and == 1", 1, "i villkoret väntades ett fråge-id, inte 'and'"),
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
