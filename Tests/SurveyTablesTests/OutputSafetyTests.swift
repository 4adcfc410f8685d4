import Foundation
import SurveyForm
import SurveyResponses
import SurveyTables
import SurveyText
import SurveyYAML
import Testing

/// Control characters and markup from hand-edited answers and file names, through every output.
struct OutputSafetyTests {
    /// A file name with `<b>` and a screen-clearing escape; an "Annat" text with an OSC 52
    /// clipboard write, a formula and a right-to-left override.
    static let name = "<b>Öland\u{1B}[2J"
    static let other = "\u{1B}]52;c;aGVq\u{07}=HYPERLINK(\"x\")\u{202E}"

    static func tables() throws -> (TableFixture, [SurveyTables.Table]) {
        let fixture = try TableFixture()
        let answers: [(String, String, TableFixture.Answers)] = [
            ("pilot", name, ["beslutade": .choices(["namnd", "annat"], other: other)]),
            ("pilot", "Karlstad", ["beslutade": .choices(["rektorer"], other: nil)]),
        ]
        try FileManager.default.removeItem(atPath: fixture.folder)
        try fixture.write(answers, to: fixture.folder, codes: false)
        return (fixture, fixture.tables().tables)
    }

    @Test func markdownEscapesControlsAndMarkup() throws {
        let (fixture, tables) = try Self.tables()
        defer { fixture.remove() }
        let table = try #require(tables.first { $0.number == 7 })
        let markdown = MarkdownTables.render(table)
        #expect(TextSafety.firstUnsafe(in: markdown) == nil)
        #expect(markdown.hasSuffix("\nAnnat: \u{241B}\\]52;c;aGVq\u{2407}=HYPERLINK(\"x\")\u{FFFD} (\\<b\\>Öland\u{241B}\\[2J).\n"))
    }

    @Test func htmlEscapesControlsAndMarkup() throws {
        let (fixture, tables) = try Self.tables()
        defer { fixture.remove() }
        let html = HTMLTables.render(try #require(tables.first { $0.number == 7 }))
        #expect(TextSafety.firstUnsafe(in: html) == nil)
        #expect(html.contains("<p class=\"note\">Annat: \u{241B}]52;c;aGVq\u{2407}=HYPERLINK(&quot;x&quot;)\u{FFFD} (&lt;b&gt;Öland\u{241B}[2J).</p>\n"))
    }

    @Test func csvShowsControlsAndNeutralisesFormulas() throws {
        let (fixture, tables) = try Self.tables()
        defer { fixture.remove() }
        let csv = CSVTables.render(try #require(tables.first { $0.number == 7 }))
        #expect(TextSafety.firstUnsafe(in: csv.replacingOccurrences(of: "\r\n", with: "\n")) == nil)
        #expect(csv.hasSuffix("\r\n\"Annat: \u{241B}]52;c;aGVq\u{2407}=HYPERLINK(\"\"x\"\")\u{FFFD} (<b>Öland\u{241B}[2J).\"\r\n"))
    }

    @Test func jsonKeepsTheTextExactButEscaped() throws {
        let (fixture, tables) = try Self.tables()
        defer { fixture.remove() }
        let json = JSONTables.render([try #require(tables.first { $0.number == 7 })])
        #expect(TextSafety.firstUnsafe(in: json) == nil)
        #expect(json.contains("\\u202e"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let table = try #require((object["tables"] as? [[String: Any]])?.first)
        #expect(table["notes"] as? [String] == ["Annat: \(Self.other) (\(Self.name))."])
    }

    @Test func reportEscapesNamesAndAnswers() throws {
        let (fixture, tables) = try Self.tables()
        defer { fixture.remove() }
        let set = ResponseSet.load(from: ResponseStore(root: fixture.folder), form: fixture.form)
        let completeness = CompletenessChecker.check(form: fixture.form, responses: set)
        let report = Report.build(form: fixture.form, responses: set, tables: tables, completeness: completeness)
        let markdown = ReportMarkdown.render(report)
        #expect(TextSafety.firstUnsafe(in: markdown) == nil)
        #expect(markdown.contains("\nDet är två kommuner som har svarat: \\<b\\>Öland\u{241B}\\[2J och Karlstad.\n"))
        #expect(markdown.contains("\n- \\<b\\>Öland\u{241B}\\[2J och Karlstad har inte svarat på frågan.\n"))
        let html = ReportHTML.render(report)
        #expect(TextSafety.firstUnsafe(in: html) == nil)
        #expect(html.contains("<p>Det är två kommuner som har svarat: &lt;b&gt;Öland\u{241B}[2J och Karlstad.</p>\n"))
        #expect(html.contains("<li>&lt;b&gt;Öland\u{241B}[2J och Karlstad har inte svarat på frågan.</li>\n"))
    }

    @Test(arguments: [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+46 8 123", "'+46 8 123"), ("-ökad tid", "'-ökad tid"), ("@user", "'@user"),
        ("\tflik", "'\tflik"), ("\r=1+1", "\u{240D}=1+1"), ("=\u{1B}[2J", "'=\u{241B}[2J"), ("\u{202E}=1", "\u{FFFD}=1"),
        ("Matematiklyftet", "Matematiklyftet"), ("", ""),
    ])
    func textCellsAreNeutralisedInOnePlace(cell: String, expected: String) {
        #expect(CSVTables.neutralise(cell) == expected)
    }

    /// Every cell that carries text goes through `neutralise`: caption, headers, labels, text cells, notes; figures do not.
    @Test func everyTextCellOfATableIsNeutralised() {
        let table = SurveyTables.Table(
            number: 1, title: "t", caption: "=caption", questionID: "q", questionText: "q", kind: .choice,
            answered: 1, base: 1, labelHeader: "@rubrik", valueHeaders: ["+Antal", "Andel"],
            rows: [.init(label: "-rad", cells: [.countChange(3), .text("=ny")], key: "r")], notes: ["=not"])
        #expect(CSVTables.render(table, options: .commaWithoutBOM) == "'=caption\r\n'@rubrik,'+Antal,Andel\r\n'-rad,+3,'=ny\r\n'=not\r\n")
    }
}
