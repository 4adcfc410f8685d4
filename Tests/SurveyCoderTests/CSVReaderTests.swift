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
}
