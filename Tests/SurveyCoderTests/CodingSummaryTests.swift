import Testing
@testable import SurveyCoder

struct CodingSummaryTests {
    static let codebook = Codebook(question: "lankats", categories: [
        .init(id: "matematiklyftet", label: "Matematiklyftet", terms: ["matematiklyftet"]),
        .init(id: "tid", label: "Tid"),
    ])
    static let coding = Coding(question: "lankats", statements: [
        CodedStatement(respondent: "Karlstad", text: "Lyftet.", categories: ["matematiklyftet"], score: 0.9, needsReview: false),
        CodedStatement(respondent: "Karlstad", text: "Matematiklyftet igen.", categories: ["matematiklyftet"], score: 0.8),
        CodedStatement(respondent: "Umeå", text: "Tid \"saknas\".", categories: ["tid", "matematiklyftet"], decidedByStaff: true),
        CodedStatement(respondent: "Borås", text: "Intranät.", categories: []),
    ])

    @Test func countsRespondentsNotStatements() {
        let summary = CodingSummary(codebook: Self.codebook, coding: Self.coding)
        #expect(summary.answered == 3)
        #expect(summary.categories.map(\.respondents) == [["Karlstad", "Umeå"], ["Umeå"]])
        #expect(summary.categories.map(\.statements.count) == [3, 1])
        #expect(summary.categories.map(\.share) == [2.0 / 3, 1.0 / 3])
        #expect(summary.uncategorizedRespondents == ["Borås"])
    }

    @Test func percentRoundsHalvesUp() {
        #expect(CodingSummary.percent(6.0 / 7) == "86%")
        #expect(CodingSummary.percent(0.125) == "13%")
        #expect(CodingSummary.percent(0) == "0%")
    }

    @Test func tableLooksLikeTheReport() {
        let summary = CodingSummary(codebook: Self.codebook, coding: Self.coding)
        #expect(summary.table() == """
        Kategori         Antal  Andel
        Matematiklyftet      2    67%
        Tid                  1    33%
        Övrigt               1    33%
        Svarande             3

        """)
    }

    @Test func jsonHasTheDocumentedShape() {
        let summary = CodingSummary(codebook: Self.codebook, coding: Self.coding)
        #expect(summary.json() == """
        {
          "question": "lankats",
          "answered": 3,
          "categories": [
            {
              "id": "matematiklyftet",
              "label": "Matematiklyftet",
              "terms": ["matematiklyftet"],
              "respondents": ["Karlstad", "Umeå"],
              "statements": [
                {"respondent": "Karlstad", "text": "Lyftet.", "score": 0.90, "review": false},
                {"respondent": "Karlstad", "text": "Matematiklyftet igen.", "score": 0.80, "review": true},
                {"respondent": "Umeå", "text": "Tid \\"saknas\\".", "score": null, "review": false}
              ]
            },
            {
              "id": "tid",
              "label": "Tid",
              "terms": [],
              "respondents": ["Umeå"],
              "statements": [
                {"respondent": "Umeå", "text": "Tid \\"saknas\\".", "score": null, "review": false}
              ]
            }
          ],
          "uncategorized": [
            {"respondent": "Borås", "text": "Intranät.", "review": true}
          ]
        }

        """)
    }

    @Test func emptyCodingGivesEmptyJSON() {
        let summary = CodingSummary(codebook: Codebook(question: "q"), coding: Coding(question: "q"))
        #expect(summary.json() == "{\n  \"question\": \"q\",\n  \"answered\": 0,\n  \"categories\": [],\n  \"uncategorized\": []\n}\n")
    }
}
