import Testing
import SurveyText

struct TextSafetyTests {
    @Test(arguments: [
        ("\u{1B}[2J", "\u{241B}[2J"),
        ("\u{1B}]52;c;aGVq\u{07}", "\u{241B}]52;c;aGVq\u{2407}"),
        ("a\u{7F}b", "a\u{2421}b"),
        ("a\u{9B}31m", "a\u{FFFD}31m"),
        ("Umeå\u{202E}gnp.exe", "Umeå\u{FFFD}gnp.exe"),
        ("\u{2066}x\u{2069}\u{200F}\u{061C}", "\u{FFFD}x\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("rad 1\r\nrad 2", "rad 1\u{240D}\nrad 2"),
        ("\u{0}", "\u{2400}"),
    ])
    func unsafeCharactersGetVisibleStandIns(input: String, shown: String) {
        #expect(TextSafety.displayable(input) == shown)
    }

    @Test func ordinaryTextIsLeftAlone() {
        let text = "Åre, Umeå och Örebro:\tflera rader\noch – tankstreck, “citat”, emoji 👩‍🏫, mjukt\u{AD}bindestreck"
        #expect(TextSafety.displayable(text) == text)
        #expect(TextSafety.firstUnsafe(in: text) == nil)
    }

    @Test func firstUnsafeNamesTheCharacter() throws {
        let found = try #require(TextSafety.firstUnsafe(in: "abc\u{202E}def\u{1B}"))
        #expect(TextSafety.codePoint(found) == "U+202E")
        #expect(TextSafety.isBidirectionalControl(found))
        #expect(TextSafety.codePoint(try #require(TextSafety.firstUnsafe(in: "\u{7}"))) == "U+0007")
    }

    @Test func everyBidirectionalControlIsUnsafe() {
        let controls: [UInt32] = [0x061C, 0x200E, 0x200F] + Array(0x202A...0x202E) + Array(0x2066...0x2069)
        for value in controls {
            let scalar = Unicode.Scalar(value)!
            #expect(TextSafety.isUnsafe(scalar), "U+\(String(value, radix: 16))")
            #expect(scalar.properties.isBidiControl)
        }
        #expect(!TextSafety.isUnsafe("\u{200D}"))  // the zero-width joiner of emoji sequences
    }
}
