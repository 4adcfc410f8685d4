import SurveyDocuments
import SurveyTables
import Testing

/// Finding the page of each entry of the table of contents in the PDF's text.
struct ContentsPagesTests {
    let entries = [
        Report.ContentsEntry(anchor: "sammanfattning", title: "Sammanfattning"),
        Report.ContentsEntry(anchor: "avsnitt-a", title: "2. Kommunens organisation samt hemmaplansarbete"),
        Report.ContentsEntry(anchor: "bilaga", title: "Bilaga: Bortfall och kompletteringar"),
    ]

    @Test func entriesAreFoundAsHeadingsAfterTheContentsPage() {
        let text = [
            "Årlig rapport\n",
            "Innehåll\nSammanfattning 000\n2. Kommunens organisation samt hemmaplansarbete 000\nBilaga: Bortfall och kompletteringar 000\n",
            // A title mentioned in running text is not its heading; a heading may wrap.
            "Sammanfattning\nI avsnittet 2. Kommunens organisation samt hemmaplansarbete står …\n",
            "Sida 4\n2. Kommunens organisation samt\nhemmaplansarbete\nText.\n",
            "Mer text.\n",
            "Bilaga: Bortfall och\n  kompletteringar\n",
        ].joined(separator: "\u{0C}")
        #expect(ContentsPages.find(entries, in: text) == ["sammanfattning": 3, "avsnitt-a": 4, "bilaga": 6])
    }

    @Test func anEntryNotFoundIsLeftOut() {
        let text = ["Innehåll\nSammanfattning\n", "Sammanfattning\n", "Bilaga: Bortfall och kompletteringar\n"].joined(separator: "\u{0C}")
        #expect(ContentsPages.find(entries, in: text) == ["sammanfattning": 2, "bilaga": 3])
    }
}
