import SurveyYAML
import Testing

struct QuotedTextTests {
    @Test func shortValuesAreQuotedWhole() {
        #expect(QuotedText.quote("yesno") == "'yesno'")
        #expect("unknown kind \(quoted: "yesno")" == "unknown kind 'yesno'")
        #expect(QuotedText.quote(String(repeating: "a", count: 60)) == "'\(String(repeating: "a", count: 60))'")
    }

    @Test func longValuesShowAShortPrefixAndTheirLength() {
        let long = String(repeating: "x", count: 5_000_000)
        #expect(QuotedText.quote(long) == "'\(String(repeating: "x", count: 40))…' (5000000 tecken)")
        #expect(QuotedText.quote(String(repeating: "å", count: 61)) == "'\(String(repeating: "å", count: 40))…' (61 tecken)")
    }

    @Test func multiLineValuesShowTheirFirstLine() {
        #expect(QuotedText.quote("första\nandra") == "'första…'")
        let long = "rad\n" + String(repeating: "y", count: 100)
        #expect(QuotedText.quote(long) == "'rad…' (104 tecken)")
    }
}
