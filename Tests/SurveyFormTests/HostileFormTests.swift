import Foundation
import SurveyForm
import SurveyYAML
import Testing

/// Forms built to break the loader: deep and long conditions, huge scalars, thousands of
/// mistakes. Each gets a clear, positioned error; none a crash, a hang or a flood.
struct HostileFormTests {
    typealias Diagnostics = FormDiagnosticsTests

    @Test(arguments: [
        // 5,000 nested parentheses: the 33rd is one too deep.
        ("when-parens-5000.yaml", 15, 48, "condition is nested more than 32 levels deep (parentheses and 'not'); simplify it"),
        // 8,000 terms joined by `and`: the 101st is one too many.
        ("when-and-8000.yaml", 15, 1216, "condition has more than 100 terms; simplify it or split the question"),
        // 8,000 `not`s: the 33rd is one too deep.
        ("when-not-8000.yaml", 15, 144, "condition is nested more than 32 levels deep (parentheses and 'not'); simplify it"),
    ])
    func deepConditionsAreAPositionedError(file: String, line: Int, column: Int, message: String) throws {
        let path = try FormLoaderTests.fixturePath("reliability/\(file)")
        let result = FormLoader.load(path: path)
        #expect(result.diagnostics == [.error(message, at: SourceLocation(path: path, line: line, column: column))])
        #expect(result.validForm == nil)
    }

    private func conditionError(_ condition: String) -> Diagnostic? {
        do {
            _ = try ConditionParser.parse(condition) { SourceLocation(path: "c", line: 1, column: $0 + 1) }
            return nil
        } catch {
            return error
        }
    }

    @Test func theLimitsAreExactlyWhereTheySay() throws {
        let nested = String(repeating: "(", count: 32) + "a == 1" + String(repeating: ")", count: 32)
        #expect(conditionError(nested) == nil)
        #expect(conditionError("(" + nested + ")") == .error(
            "condition is nested more than 32 levels deep (parentheses and 'not'); simplify it", at: SourceLocation(path: "c", line: 1, column: 33)))
        let nots = String(repeating: "not ", count: 32) + "a == 1"
        #expect(conditionError(nots) == nil)
        #expect(conditionError("not " + nots)?.message == "condition is nested more than 32 levels deep (parentheses and 'not'); simplify it")
        let hundred = (1...100).map { "a == \($0)" }.joined(separator: " or ")
        #expect(conditionError(hundred) == nil)
        #expect(conditionError(hundred + " and answered(b)") == .error(
            "condition has more than 100 terms; simplify it or split the question",
            at: SourceLocation(path: "c", line: 1, column: hundred.count + 6)))
        // Parentheses and `not` count together.
        let mixed = String(repeating: "not (", count: 16) + "a == 1" + String(repeating: ")", count: 16)
        #expect(conditionError(mixed) == nil)
        #expect(conditionError("not " + mixed)?.message == "condition is nested more than 32 levels deep (parentheses and 'not'); simplify it")
    }

    @Test func aConditionAtTheLimitsLoadsAndIsChecked() throws {
        let terms = (1...100).map { _ in "a == ja" }.joined(separator: " and ")
        let text = Diagnostics.form("""
        - {id: a, text: A?, kind: yes-no}
        - {id: b, text: B?, kind: text, when: "\(terms)"}
        - {id: c, text: C?, kind: text, when: "\(String(repeating: "not ", count: 31))a == kanske"}
        """)
        let source = SourceText(path: "forms/test.yaml", text: text)
        let result = FormLoader.load(source: source)
        #expect(result.diagnostics == [.error("'a' is a yes-no question; compare it with ja or nej, not 'kanske'",
                                              at: SourceLocation(path: "forms/test.yaml", line: 11, column: 175))])
        #expect(result.form?.questions[1].condition?.references.count == 100)
    }

    @Test func aMisspeltFunctionIsNamedWithTheIntendedOne() {
        #expect(Diagnostics.lint(Diagnostics.form("""
        - {id: a, text: A?, kind: yes-no}
        - {id: b, text: B?, kind: text, when: answerd(a)}
        - {id: c, text: C?, kind: text, when: count(a) > 1}
        """)) == """
        forms/test.yaml:10:45: error: unknown function 'answerd'; did you mean 'answered'?
          - {id: b, text: B?, kind: text, when: answerd(a)}
                                                ^
        forms/test.yaml:11:45: error: unknown function 'count'; the only function is answered(ID)
          - {id: c, text: C?, kind: text, when: count(a) > 1}
                                                ^

        """)
    }

    @Test func anUnknownKindIsReportedOnceNotAgainByConditionsThatUseTheQuestion() {
        #expect(Diagnostics.lint(Diagnostics.form("""
        - id: a
          text: A?
          kind: yesno
        - id: b
          text: B?
          kind: text
          when: a == ja and nope == 1
        - repeat: r
          over: [{id: x, label: X}]
          questions:
            - {id: t, text: T?, kind: nummer}
            - {id: u, text: U?, kind: text, when: t > 2}
        - {id: c, text: C?, kind: text, when: answered(r.x.t)}
        """)) == """
        forms/test.yaml:11:15: error: unknown kind 'yesno'; did you mean 'yes-no'?
          kind: yesno
                ^
        forms/test.yaml:15:27: error: condition refers to unknown question 'nope'
          when: a == ja and nope == 1
                            ^
        forms/test.yaml:19:37: error: unknown kind 'nummer'; did you mean 'number'?
          - {id: t, text: T?, kind: nummer}
                                    ^

        """)
    }

    @Test func hugeScalarsAreQuotedShortAndQuickly() {
        let huge = String(repeating: "x", count: 5_000_000)
        let rendered = Diagnostics.lint(Diagnostics.form("""
        - id: a
          text: A?
          kind: \(huge)
          ? \(huge)
          : 1
        - id: Y\(huge)
          text: B?
          kind: text
        """))
        let prefix = String(repeating: "x", count: 40)
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.contains("error:") } == [
            "forms/test.yaml:11:15: error: unknown kind '\(prefix)…' (5000000 tecken); the kinds are text, short-text, number, single-choice, multiple-choice, yes-no, scale, status, term-or-date, count-grid, check-grid",
            "forms/test.yaml:12:11: error: unknown key '\(prefix)…' (5000000 tecken) in question 'a'; expected one of: id, text, kind, help, required, when, from, table, accept, choices, columns, integer, max, max-length, max-selected, min, min-selected, other, plausible-max, points, rows, total, unit",
            "forms/test.yaml:14:13: error: 'Y\(String(repeating: "x", count: 39))…' (5000001 tecken) is not a valid id: use lower-case a–z, digits and single dashes; for example 'y\(String(repeating: "x", count: 39))…' (5000001 tecken)",
        ])
        // Each quoted source line is a window of at most 200 characters.
        #expect(rendered.utf8.count < 3_000)
    }

    @Test func numberBoundsHaveAtMostFifteenDigits() {
        #expect(Diagnostics.lint(Diagnostics.form("""
        - {id: a, text: A?, kind: number, min: -1e16, plausible-max: 1e300}
        - {id: b, text: B?, kind: number, min: -999999999999999, max: 1000000000000000}
        - {id: c, text: C?, kind: number, max: .inf}
        """)) == """
        forms/test.yaml:9:46: error: 'min' has more than 15 digits before the decimal point; no answer may be that large
          - {id: a, text: A?, kind: number, min: -1e16, plausible-max: 1e300}
                                                 ^
        forms/test.yaml:9:68: error: 'plausible-max' has more than 15 digits before the decimal point; no answer may be that large
          - {id: a, text: A?, kind: number, min: -1e16, plausible-max: 1e300}
                                                                       ^
        forms/test.yaml:10:69: error: 'max' has more than 15 digits before the decimal point; no answer may be that large
          - {id: b, text: B?, kind: number, min: -999999999999999, max: 1000000000000000}
                                                                        ^
        forms/test.yaml:11:46: error: 'max' must be a number, not '.inf'
          - {id: c, text: C?, kind: number, max: .inf}
                                                 ^

        """)
    }

    @Test func scaleValuesAndMaximumLengthsAreBounded() {
        #expect(Diagnostics.lint(Diagnostics.form("""
        - id: a
          text: A?
          kind: scale
          points: [{value: 1, label: Låg}, {value: 9223372036854775807, label: Hög}]
        - {id: b, text: B?, kind: text, max-length: 20000}
        """)) == """
        forms/test.yaml:12:50: error: scale values must be from -1000000 to 1000000, not 9223372036854775807
          points: [{value: 1, label: Låg}, {value: 9223372036854775807, label: Hög}]
                                                   ^
        forms/test.yaml:13:51: error: 'max-length' is 20000, but no answer can be longer than 10000 characters
          - {id: b, text: B?, kind: text, max-length: 20000}
                                                      ^

        """)
    }
}
