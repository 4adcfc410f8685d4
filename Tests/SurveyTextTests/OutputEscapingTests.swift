import SurveyText
import Testing

/// The CSV and HTML rules every output of the tool shares.
struct OutputEscapingTests {
    @Test(arguments: [
        ("Umeå", "Umeå"),
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+46 8 123", "'+46 8 123"),
        ("-1", "'-1"),
        ("@kommun", "'@kommun"),
        ("\tflik", "'\tflik"),
        ("fel\u{1B}[2J", "fel␛[2J"),
    ])
    func spreadsheetCellsAreDefused(_ cell: String, _ expected: String) {
        #expect(SpreadsheetCell.neutralise(cell) == expected)
    }

    @Test func cellsAreQuotedOnlyWhenTheyMustBe() {
        #expect(SpreadsheetCell.quote("Nät; två", separator: ";") == "\"Nät; två\"")
        #expect(SpreadsheetCell.quote("Nät, två", separator: ";") == "Nät, två")
        #expect(SpreadsheetCell.quote("sa \"hej\"", separator: ",") == "\"sa \"\"hej\"\"\"")
        #expect(SpreadsheetCell.quote("två\nrader", separator: ",") == "\"två\nrader\"")
        #expect(SpreadsheetCell.line(["=1+1", "a;b", "Umeå"], separator: ";") == "'=1+1;\"a;b\";Umeå")
    }

    @Test func htmlTextIsShownLiterally() {
        #expect(HTMLText.escape("<Rektorer & \"chefer\" 'x'>") == "&lt;Rektorer &amp; &quot;chefer&quot; &#39;x&#39;&gt;")
        #expect(HTMLText.escape("Umeå") == "Umeå")
        #expect(HTMLText.escape("a\u{202E}b<") == "a\u{FFFD}b&lt;")
    }
}
