import SurveyYAML
import Testing

struct YAMLEmitterTests {
    @Test func writesReadableSwedishYAML() throws {
        let node = YAMLNode.mapping([
            ("form", .string("arsrapport-ar2")),
            ("version", .string("2.0")),
            ("respondent", .string("Umeå")),
            ("answers", .mapping([
                ("organiserat", .mapping([
                    ("answer", .string("Vi träffas en gång i månaden.\nKommungruppen läser missiven.")),
                    ("at", .plain("2014-01-10T09:02:11+01:00")),
                ])),
                ("andra-exempel", .mapping([("answer", .string("ja"))])),
                ("antal", .mapping([("answer", .plain("12"))])),
                ("tom", .mapping([("answer", .string(""))])),
                ("lista", .mapping([("answer", .sequence([]))])),
            ])),
        ])
        let text = try YAMLEmitter.emit(node)
        #expect(text == """
        form: arsrapport-ar2
        version: "2.0"
        respondent: Umeå
        answers:
          organiserat:
            answer: |-
              Vi träffas en gång i månaden.
              Kommungruppen läser missiven.
            at: 2014-01-10T09:02:11+01:00
          andra-exempel:
            answer: ja
          antal:
            answer: 12
          tom:
            answer: ""
          lista:
            answer: []

        """)
    }

    @Test func ambiguousStringsAreQuotedAndRoundTrip() throws {
        let values = ["2.0", "true", "no", "", " leading", "~", "null", "10", "a: b", "- item", "#hash", "ja", "Nej", "multi\nline\n", "tab\there"]
        let node = YAMLNode.sequence(values.map(YAMLNode.string))
        let text = try YAMLEmitter.emit(node)
        let back = try #require(try YAMLParser.parse(SourceText(path: "x", text: text)))
        let items = try #require(back.items)
        #expect(items.map(\.scalar) == values)
        // Nothing that was text comes back as a number, boolean or null.
        #expect(items.allSatisfy { $0.bool == nil && $0.double == nil && !$0.isNull })
    }

    @Test func headerCommentIsPrepended() throws {
        let text = try YAMLEmitter.emit(.mapping([("a", .string("b"))]), comment: "Svar på årsrapporten.\nSparas automatiskt.")
        #expect(text == "# Svar på årsrapporten.\n# Sparas automatiskt.\na: b\n")
    }

    /// A comment quoting a file's value keeps to its lines and holds nothing YAML refuses:
    /// controls become stand-ins, every line break starts a new comment line.
    @Test func aCommentCannotBreakTheFile() throws {
        let comment = "version 1\u{0C}2\r\n3\u{2028}4\u{2029}5\u{85}6\u{1B}[2J\u{FFFE}\t7\u{202E}"
        let text = try YAMLEmitter.emit(.mapping([("a", .string("b"))]), comment: comment)
        #expect(text == "# version 1\u{240C}2\u{240D}\n# 3\n# 4\n# 5\u{FFFD}6\u{241B}[2J\u{FFFD}\t7\u{FFFD}\na: b\n")
        let back = try #require(try YAMLParser.parse(SourceText(path: "x", text: text)))
        #expect(back["a"]?.scalar == "b")
    }
}
