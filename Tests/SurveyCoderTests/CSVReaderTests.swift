import Testing
@testable import SurveyCoder
import SurveyYAML

struct CSVReaderTests {
    func records(_ text: String) throws(Diagnostic) -> [[String]] {
        try CSVReader.records(in: SourceText(path: "svar.csv", text: text)).map(\.fields)
    }

    @Test func quotedFieldsHoldCommasNewlinesAndQuotes() throws {
        let text = "respondent,question,text\r\nKarlstad,lankats,\"Lyftet, och \"\"PRIO\"\"\r\n- tid\"\r\nUmeå,lankats,\n"
        #expect(try records(text) == [["respondent", "question", "text"], ["Karlstad", "lankats", "Lyftet, och \"PRIO\"\r\n- tid"], ["Umeå", "lankats", ""]])
    }

    @Test func recordsKnowTheirFirstLine() throws {
        let records = try CSVReader.records(in: SourceText(path: "svar.csv", text: "a,b\n\"x\ny\",z\nlast,one"))
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func byteOrderMarkAndBlankLinesAreSkipped() throws {
        #expect(try records("\u{FEFF}a,b\n\n1,2\n") == [["a", "b"], ["1", "2"]])
    }

    @Test func trailingCommaGivesAnEmptyField() throws {
        #expect(try records("a,b,\n") == [["a", "b", ""]])
        #expect(try records("a,") == [["a", ""]])
    }

    @Test func unclosedQuoteIsAnErrorAtTheQuote() {
        #expect(throws: Diagnostic.error("ett fält inom citattecken avslutas aldrig; ett citattecken inuti ett fält skrivs två gånger (\"\")",
                                         at: SourceLocation(path: "svar.csv", line: 2, column: 3))) {
            try records("a,b\n1,\"open\nstill open")
        }
    }

    @Test func quoteInsideUnquotedFieldIsAnError() {
        #expect(throws: Diagnostic.error("citattecken i ett fält utan citattecken; sätt hela fältet inom citattecken och skriv citattecknet två gånger (\"\")",
                                         at: SourceLocation(path: "svar.csv", line: 1, column: 7))) {
            try records("Umeå,s\"a\"")
        }
    }

    @Test func textAfterClosingQuoteIsAnError() {
        #expect(throws: Diagnostic.error("text efter ett avslutande citattecken; här ska ett kommatecken eller radens slut stå",
                                         at: SourceLocation(path: "svar.csv", line: 3, column: 3))) {
            try records("a\n\"x\ny\"z,1")
        }
    }

    @Test func theSeparatorIsTheOneTheHeaderHoldsMostOf() throws {
        // Swedish Excel saves semicolons; a comma inside a field is then text.
        #expect(try records("respondent;question;text\nUmeå;lankats;Lyftet, och tid\n") == [["respondent", "question", "text"], ["Umeå", "lankats", "Lyftet, och tid"]])
        #expect(try records("respondent\tquestion\ttext\nUmeå\tlankats\tLyftet; tid\n") == [["respondent", "question", "text"], ["Umeå", "lankats", "Lyftet; tid"]])
        // A separator inside a quoted header field does not count.
        #expect(try records("\"a;b;c\",d\n1,2\n") == [["a;b;c", "d"], ["1", "2"]])
        #expect(throws: Diagnostic.error("text efter ett avslutande citattecken; här ska ett semikolon eller radens slut stå",
                                         at: SourceLocation(path: "svar.csv", line: 2, column: 4))) {
            try records("a;b\n\"x\"y;1")
        }
    }

    @Test func excelsOtherEncodingsAreReadAsUTF8() throws {
        let expected = [["respondent", "text"], ["Umeå", "Tid för träffar – ”alltid”"]]
        // Plain "CSV" on Swedish Windows: Windows-1252, "å" the byte 0xE5, "–" 0x96, "”" 0x94.
        let windows: [UInt8] = Array("respondent;text\nUme".utf8) + [0xE5, 0x3B] + Array("Tid f".utf8) + [0xF6] + Array("r tr".utf8)
            + [0xE4] + Array("ffar ".utf8) + [0x96, 0x20, 0x94] + Array("alltid".utf8) + [0x94, 0x0A]
        #expect(try CSVReader.records(in: SourceText(path: "svar.csv", bytes: windows)).map(\.fields) == expected)
        // "Unicode-text": UTF-16 after its byte order mark, little- or big-endian.
        let text = "respondent\ttext\nUmeå\tTid för träffar – ”alltid”\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try CSVReader.records(in: SourceText(path: "svar.csv", bytes: little)).map(\.fields) == expected)
        #expect(try CSVReader.records(in: SourceText(path: "svar.csv", bytes: big)).map(\.fields) == expected)
    }

    @Test func textPartlyUTF8IsAnErrorAtItsFirstOtherByte() {
        // "för" in UTF-8, then "ä" as Windows-1252 writes it: no encoding reads both.
        let bytes: [UInt8] = Array("a,b\n1,Tid f".utf8) + [0xC3, 0xB6] + Array("r tr".utf8) + [0xE4] + Array("ffar\n".utf8)
        #expect(throws: Diagnostic.error("filen är inte UTF-8 här (byte 0xE4); spara den som \"CSV UTF-8\" i Excel",
                                         at: SourceLocation(path: "svar.csv", line: 2, column: 13))) {
            try CSVReader.records(in: SourceText(path: "svar.csv", bytes: bytes))
        }
        #expect(CSVReader.validateUTF8(Array("Umeå ✓ 𝔸".utf8)).firstInvalid == nil)
        #expect(CSVReader.validateUTF8([0xED, 0xA0, 0x80]).firstInvalid == 0)  // a surrogate, not UTF-8
        #expect(CSVReader.validateUTF8([0x41, 0xC3]).firstInvalid == 1)  // cut short
    }
}
