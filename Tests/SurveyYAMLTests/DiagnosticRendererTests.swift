import SurveyYAML
import Testing

struct DiagnosticRendererTests {
    private let source = SourceText(path: "forms/arsrapport.yaml", text: """
    form: x
    sections:
      - id: a
        questions:
          - id: b
            requred: true
    \tkind: text
    """)

    @Test func rendersLineAndCaretWithoutIndentation() {
        let renderer = DiagnosticRenderer(sources: [source])
        let diagnostic = Diagnostic.error("okänd nyckel 'requred' i frågan 'b'; menade du 'required'?",
                                          at: SourceLocation(path: "forms/arsrapport.yaml", line: 6, column: 9))
        #expect(renderer.render(diagnostic) == """
        forms/arsrapport.yaml:6:9: error: okänd nyckel 'requred' i frågan 'b'; menade du 'required'?
          requred: true
          ^

        """)
    }

    @Test func rendersNotesAfterTheFinding() {
        let renderer = DiagnosticRenderer(sources: [source])
        let diagnostic = Diagnostic.error("id:t 'b' finns redan", at: SourceLocation(path: "forms/arsrapport.yaml", line: 5, column: 13),
                                          notes: [.note("först här", at: SourceLocation(path: "forms/arsrapport.yaml", line: 3, column: 9))])
        #expect(renderer.render(diagnostic) == """
        forms/arsrapport.yaml:5:13: error: id:t 'b' finns redan
          - id: b
                ^
        forms/arsrapport.yaml:3:9: note: först här
          - id: a
                ^

        """)
    }

    @Test func tabsAreShownAsSpacesSoTheCaretAligns() {
        let renderer = DiagnosticRenderer(sources: [source])
        let diagnostic = Diagnostic.error("tabbtecken där YAML väntar sig mellanslag; använd bara mellanslag för indrag",
                                          at: SourceLocation(path: "forms/arsrapport.yaml", line: 7, column: 1))
        #expect(renderer.render(diagnostic) == """
        forms/arsrapport.yaml:7:1: error: tabbtecken där YAML väntar sig mellanslag; använd bara mellanslag för indrag
           kind: text
          ^

        """)
    }

    @Test func caretCountsCharactersNotBytes() {
        let swedish = SourceText(path: "f.yaml", text: "titel: Årlig rapport för Umeå: fel\n")
        let renderer = DiagnosticRenderer(sources: [swedish])
        let rendered = renderer.render(.warning("here", at: SourceLocation(path: "f.yaml", line: 1, column: 30)))
        #expect(rendered == "f.yaml:1:30: warning: here\n  titel: Årlig rapport för Umeå: fel\n                               ^\n")
    }

    @Test func unknownSourceGivesOnlyTheLine() {
        let renderer = DiagnosticRenderer()
        #expect(renderer.render(.error("filen finns inte", at: SourceLocation(path: "x.yaml", line: 1, column: 1))) == "x.yaml:1:1: error: filen finns inte\n")
    }

    @Test func colourWrapsSeverityAndCaret() {
        let renderer = DiagnosticRenderer(sources: [source], useColor: true)
        let rendered = renderer.render(.warning("w", at: SourceLocation(path: "forms/arsrapport.yaml", line: 1, column: 1)))
        #expect(rendered.contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
        #expect(rendered.contains("\u{1B}[1;32m^\u{1B}[0m"))
    }

    @Test func diagnosticsSortByPositionThenSeverity() {
        let a = Diagnostic.warning("w", at: SourceLocation(path: "f", line: 2, column: 1))
        let b = Diagnostic.error("e", at: SourceLocation(path: "f", line: 2, column: 1))
        let c = Diagnostic.error("first", at: SourceLocation(path: "f", line: 1, column: 5))
        #expect([a, b, c].sortedByLocation().map(\.message) == ["first", "e", "w"])
    }

    /// A file name, a message quoting a value, and a source line can all carry control characters: none reaches stderr raw.
    @Test func controlCharactersAreShownNotSent() {
        let path = "svar/pilot/Ume\u{1B}[2Jå.yaml"
        let source = SourceText(path: path, text: "answers:\n  antal:\n    answer: \u{202E}tolv\n")
        let renderer = DiagnosticRenderer(sources: [source])
        let diagnostic = Diagnostic.error("'antal' besvaras med ett tal, inte '\u{202E}tolv\u{7}'", at: SourceLocation(path: path, line: 3, column: 13))
        #expect(renderer.render(diagnostic) == """
        svar/pilot/Ume\u{241B}[2Jå.yaml:3:13: error: 'antal' besvaras med ett tal, inte '\u{FFFD}tolv\u{2407}'
          answer: \u{FFFD}tolv
                  ^

        """)
    }

    @Test func manyFindingsInOneFileRenderAsOneByOne() {
        let lines = (1...500).map { "k\($0): 1" }
        let big = SourceText(path: "stor.yaml", text: lines.joined(separator: "\n") + "\n")
        let findings = (1...500).reversed().map { Diagnostic.error("okänd nyckel 'k\($0)'", at: SourceLocation(path: "stor.yaml", line: $0, column: 1)) }
        let renderer = DiagnosticRenderer(sources: [big])
        // All at once (through a line index) gives exactly what one at a time (scanning) gives.
        #expect(renderer.render(findings) == findings.map { renderer.render($0) }.joined())
        #expect(renderer.render(Array(findings.suffix(1))) == "stor.yaml:1:1: error: okänd nyckel 'k1'\n  k1: 1\n  ^\n")
    }

    @Test func theLineIndexFindsEveryLine() {
        let text = "\u{FEFF}första\r\nandra\n\ntredje"
        let source = SourceText(path: "a.yaml", text: text)
        let index = SourceText.LineIndex(source)
        for number in 0...5 {
            #expect(index.line(number) == source.line(number), "line \(number)")
        }
        #expect(index.line(1) == "första")
        #expect(index.line(4) == "tredje")
        #expect(index.line(5) == nil)
    }
}
