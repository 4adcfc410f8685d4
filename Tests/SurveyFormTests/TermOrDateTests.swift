import SurveyForm
import Testing

struct TermOrDateTests {
    @Test(arguments: [
        ("vt 2013", "vt 2013"), ("VT13", "vt 2013"), ("vt-13", "vt 2013"), ("ht 2012", "ht 2012"),
        ("hösten 2012", "ht 2012"), ("våren 2013", "vt 2013"), ("Vårterminen 2014", "vt 2014"),
        ("2013-09-15", "2013-09-15"), ("2013-9-5", "2013-09-05"), ("15/9 2013", "2013-09-15"), (" 2012-02-29 ", "2012-02-29"),
    ])
    func parsesWhatPeopleWrite(input: String, normalised: String) throws {
        #expect(try #require(TermOrDate(parsing: input)).description == normalised)
    }

    @Test(arguments: ["sommaren 2013", "vt", "2013-02-30", "2013-13-01", "vt 20135", "ht 1850", "snart", ""])
    func refusesTheRest(input: String) {
        #expect(TermOrDate(parsing: input) == nil)
    }

    @Test func termsSortAtTheirStart() throws {
        let spring = try #require(TermOrDate(parsing: "vt 2013"))
        let autumn = try #require(TermOrDate(parsing: "ht 2013"))
        let june = try #require(TermOrDate(parsing: "2013-06-10"))
        #expect(spring < june)
        #expect(june < autumn)
    }
}
