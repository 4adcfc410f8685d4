import Foundation
import SurveyForm
import SurveyInvitations
import SurveyResponses
import SurveyYAML
import Testing

struct InvitationTests {
    /// A repeatable random source for tests (SplitMix64); never for real tokens.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let time = Timestamp("2014-01-10T09:00:00+01:00")!

    @Test func tokensCarry256RandomBitsInUrlSafeText() {
        var seen = Set<String>()
        for _ in 0..<200 {
            let token = InvitationToken.generate()
            #expect(token.text.count == 43)
            #expect(token.text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
            #expect(InvitationToken(token.text) == token)
            seen.insert(token.text)
        }
        #expect(seen.count == 200)
        // 43 characters of 6 bits: 258 bits of text for 256 random bits.
        #expect(InvitationToken.byteCount * 8 == 256)
        #expect(InvitationToken("kort") == nil)
        #expect(InvitationToken(String(repeating: "a", count: 42) + "/") == nil)
        #expect("\(InvitationToken.generate())" == "InvitationToken(…)")
    }

    @Test func tokenTextIsBase64url() {
        var generator = SeededGenerator(state: 0)
        let token = InvitationToken.generate(using: &generator)
        // Four words of SplitMix64 from 0, little-endian, in base64url without padding.
        #expect(token.text == "r80dezmoIOL0Zbmhap54bk9FCYAYXcQG7IFMcqi4i_g")
        #expect(TokenHash(of: token).hex == "039ccbb8eccea13c98a727f08316857a21f414304788eb1f7afb99a16c9010f2")
    }

    @Test func hashesAreSHA256AndComparedWhole() throws {
        let token = try #require(InvitationToken(String(repeating: "A", count: 43)))
        // SHA-256 of 43 × "A", as `sha256sum` gives it.
        #expect(token.hash.hex == "0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a")
        let parsed = try #require(TokenHash(hex: token.hash.hex))
        #expect(parsed.matches(token.hash))
        #expect(TokenHash(hex: "zz") == nil)
        #expect(TokenHash(hex: String(repeating: "G", count: 64)) == nil)
        #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2]))
    }

    @Test func issuingRevokingAndReissuing() {
        var list = InvitationList(formID: "arsrapport-ar2", round: "pilot")
        var generator = SeededGenerator(state: 1)
        let first = list.issueMissing(for: ["Umeå", "Borås"], reissuing: [], at: Self.time, using: &generator)
        #expect(first.map(\.respondent) == ["Umeå", "Borås"])
        #expect(list.active(matching: first[0].token.hash)?.respondent == "Umeå")
        // Already invited: nothing new unless re-issued.
        #expect(list.issueMissing(for: ["Umeå", "Borås", "Åre"], reissuing: [], at: Self.time, using: &generator).map(\.respondent) == ["Åre"])
        let revoked = list.revoke("Borås", at: Self.time)
        let revokedAgain = list.revoke("Borås", at: Self.time)
        #expect(revoked && !revokedAgain)
        #expect(list.active(matching: first[1].token.hash) == nil)
        let again = list.issueMissing(for: ["Umeå", "Borås", "Åre"], reissuing: ["Borås"], at: Self.time, using: &generator)
        #expect(again.map(\.respondent) == ["Borås"])
        #expect(list.active(matching: again[0].token.hash)?.respondent == "Borås")
        #expect(list.active(matching: first[1].token.hash) == nil)
        #expect(list.invitations.map(\.respondent) == ["Umeå", "Borås", "Åre"])
    }

    @Test func theFileKeepsHashesOnly() throws {
        var list = InvitationList(formID: "arsrapport-ar2", round: "pilot")
        var generator = SeededGenerator(state: 2)
        let tokens = list.issueMissing(for: ["Umeå", "Borås"], reissuing: [], at: Self.time, using: &generator)
        list.revoke("Borås", at: Timestamp("2014-01-11T10:00:00+01:00")!)
        let text = try InvitationFile.text(of: list)
        #expect(text == """
        # Länkar till survey serve för omgången pilot: för varje svarande en SHA-256-hash av länkens hemliga del.
        # Länkarna själva sparas inte. En förlorad länk ersätts med survey invite --reissue NAMN; --revoke NAMN stänger den.
        form: arsrapport-ar2
        round: pilot
        invitations:
          Umeå:
            token-sha256: \(tokens[0].token.hash.hex)
            issued: 2014-01-10T09:00:00+01:00
          Borås:
            token-sha256: \(tokens[1].token.hash.hex)
            issued: 2014-01-10T09:00:00+01:00
            revoked: 2014-01-11T10:00:00+01:00

        """)
        for (_, token) in tokens { #expect(!text.contains(token.text)) }
        let read = InvitationFile.read(SourceText(path: ".invitations.yaml", text: text), formID: "arsrapport-ar2", round: "pilot")
        #expect(read.diagnostics == [])
        #expect(read.list == list)
    }

    @Test func aBrokenFileIsReportedWithPositions() {
        let text = """
        form: arsrapport-ar2
        round: pilot
        invitations:
          Umeå:
            token-sha256: abc
            issued: igår
        """
        let read = InvitationFile.read(SourceText(path: "p/.invitations.yaml", text: text), formID: "arsrapport-ar2", round: "pilot")
        #expect(read.list == nil)
        #expect(read.diagnostics.map(\.description) == [
            "p/.invitations.yaml:5:19: error: 'token-sha256' ska vara 64 hexadecimala tecken (0–9 och a–f)",
            "p/.invitations.yaml:6:13: error: 'issued' ska vara en tidpunkt som 2014-01-10T09:02:11+01:00, inte 'igår'",
        ])
        let otherForm = InvitationFile.read(SourceText(path: "x.yaml", text: "form: annat\nround: pilot\ninvitations: {}\n"), formID: "arsrapport-ar2", round: "pilot")
        #expect(otherForm.diagnostics.map(\.description) == ["x.yaml:1:7: error: inbjudningarna gäller formuläret 'annat', inte 'arsrapport-ar2'"])
    }

    @Test func theLinksFileOpensInExcelWithFormulasDefused() throws {
        let token = try #require(InvitationToken(String(repeating: "A", count: 43)))
        let rows = [
            InvitationLinks.Row(respondent: "Umeå", network: "Pilotnätverket", link: InvitationLinks.link(base: "https://enkat.example.se/", token: token), issued: Self.time),
            InvitationLinks.Row(respondent: "=HYPERLINK(\"x\")", network: "Nät; två", link: "l", issued: Self.time),
        ]
        let csv = InvitationLinks.csv(rows, noun: .municipality)
        #expect(csv == "\u{FEFF}Kommun;Nätverk;Länk;Utfärdad\r\n"
            + "Umeå;Pilotnätverket;https://enkat.example.se/s/\(token.text);2014-01-10T09:00:00+01:00\r\n"
            + "\"'=HYPERLINK(\"\"x\"\")\";\"Nät; två\";l;2014-01-10T09:00:00+01:00\r\n")
    }
}
