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
        ("when-parens-5000.yaml", 15, 48, "villkoret är nästlat i fler än 32 nivåer (parenteser och 'not'); förenkla det"),
        // 8,000 terms joined by `and`: the 101st is one too many.
        ("when-and-8000.yaml", 15, 1216, "villkoret har fler än 100 delvillkor; förenkla det eller dela upp frågan"),
        // 8,000 `not`s: the 33rd is one too deep.
        ("when-not-8000.yaml", 15, 144, "villkoret är nästlat i fler än 32 nivåer (parenteser och 'not'); förenkla det"),
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
            "villkoret är nästlat i fler än 32 nivåer (parenteser och 'not'); förenkla det", at: SourceLocation(path: "c", line: 1, column: 33)))
        let nots = String(repeating: "not ", count: 32) + "a == 1"
        #expect(conditionError(nots) == nil)
        #expect(conditionError("not " + nots)?.message == "villkoret är nästlat i fler än 32 nivåer (parenteser och 'not'); förenkla det")
        let hundred = (1...100).map { "a == \($0)" }.joined(separator: " or ")
        #expect(conditionError(hundred) == nil)
        #expect(conditionError(hundred + " and answered(b)") == .error(
            "villkoret har fler än 100 delvillkor; förenkla det eller dela upp frågan",
            at: SourceLocation(path: "c", line: 1, column: hundred.count + 6)))
        // Parentheses and `not` count together.
        let mixed = String(repeating: "not (", count: 16) + "a == 1" + String(repeating: ")", count: 16)
        #expect(conditionError(mixed) == nil)
        #expect(conditionError("not " + mixed)?.message == "villkoret är nästlat i fler än 32 nivåer (parenteser och 'not'); förenkla det")
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
        #expect(result.diagnostics == [.error("'a' är en fråga av typen 'yes-no'; jämför med ja eller nej, inte 'kanske'",
                                              at: SourceLocation(path: "forms/test.yaml", line: 11, column: 175))])
        #expect(result.form?.questions[1].condition?.references.count == 100)
    }

    @Test func aMisspeltFunctionIsNamedWithTheIntendedOne() {
        #expect(Diagnostics.lint(Diagnostics.form("""
        - {id: a, text: A?, kind: yes-no}
        - {id: b, text: B?, kind: text, when: answerd(a)}
        - {id: c, text: C?, kind: text, when: count(a) > 1}
        """)) == """
        forms/test.yaml:10:45: error: okänd funktion 'answerd'; menade du 'answered'?
          - {id: b, text: B?, kind: text, when: answerd(a)}
                                                ^
        forms/test.yaml:11:45: error: okänd funktion 'count'; den enda funktionen är answered(ID)
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
        forms/test.yaml:11:15: error: okänd frågetyp 'yesno'; menade du 'yes-no'?
          kind: yesno
                ^
        forms/test.yaml:15:27: error: villkoret hänvisar till en okänd fråga 'nope'
          when: a == ja and nope == 1
                            ^
        forms/test.yaml:19:37: error: okänd frågetyp 'nummer'; menade du 'number'?
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
            "forms/test.yaml:11:15: error: okänd frågetyp '\(prefix)…' (5000000 tecken); typerna är text, short-text, number, single-choice, multiple-choice, yes-no, scale, status, term-or-date, count-grid, check-grid",
            "forms/test.yaml:12:11: error: okänd nyckel '\(prefix)…' (5000000 tecken) i frågan 'a'; tillåtna nycklar: id, text, kind, help, required, when, from, table, accept, choices, columns, integer, max, max-length, max-selected, min, min-selected, other, plausible-max, points, rows, total, unit",
            "forms/test.yaml:14:13: error: 'Y\(String(repeating: "x", count: 39))…' (5000001 tecken) är inget giltigt id: använd gemena a–z, siffror och enkla bindestreck; till exempel 'y\(String(repeating: "x", count: 39))…' (5000001 tecken)",
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
        forms/test.yaml:9:46: error: 'min' har fler än 15 siffror före decimaltecknet; inget svar får vara så stort
          - {id: a, text: A?, kind: number, min: -1e16, plausible-max: 1e300}
                                                 ^
        forms/test.yaml:9:68: error: 'plausible-max' har fler än 15 siffror före decimaltecknet; inget svar får vara så stort
          - {id: a, text: A?, kind: number, min: -1e16, plausible-max: 1e300}
                                                                       ^
        forms/test.yaml:10:69: error: 'max' har fler än 15 siffror före decimaltecknet; inget svar får vara så stort
          - {id: b, text: B?, kind: number, min: -999999999999999, max: 1000000000000000}
                                                                        ^
        forms/test.yaml:11:46: error: 'max' ska vara ett tal, inte '.inf'
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
        forms/test.yaml:12:50: error: skalans värden ska vara från -1000000 till 1000000, inte 9223372036854775807
          points: [{value: 1, label: Låg}, {value: 9223372036854775807, label: Hög}]
                                                   ^
        forms/test.yaml:13:51: error: 'max-length' är 20000, men inget svar kan vara längre än 10 000 tecken
          - {id: b, text: B?, kind: text, max-length: 20000}
                                                      ^

        """)
    }
}
