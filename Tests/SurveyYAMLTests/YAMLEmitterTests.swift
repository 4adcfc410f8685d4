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
}
