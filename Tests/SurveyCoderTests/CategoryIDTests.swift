import Testing
@testable import SurveyCoder

struct CategoryIDTests {
    @Test func slugsAreKebabCaseWithoutSwedishLetters() {
        #expect(CategoryID.slug("Förankringen av PISA 2015 i organisationen") == "forankringen-av-pisa-2015")
        #expect(CategoryID.slug("Tid -hitta tid för träffar") == "tid-hitta-tid-for")
        #expect(CategoryID.slug("Åtgärder & Övrigt", maximumWords: 2) == "atgarder-ovrigt")
        #expect(CategoryID.slug("!!!") == "kategori")
    }

    @Test func uniqueAddsTheFirstFreeNumber() {
        #expect(CategoryID.unique("tid", avoiding: []) == "tid")
        #expect(CategoryID.unique("tid", avoiding: ["tid", "tid-2"]) == "tid-3")
    }

    @Test(arguments: [("matematiklyftet", true), ("tid-2", true), ("Tid", false), ("tid--2", false), ("-tid", false), ("tid_2", false), ("", false)])
    func validity(id: String, valid: Bool) {
        #expect(CategoryID.isValid(id) == valid)
    }
}
