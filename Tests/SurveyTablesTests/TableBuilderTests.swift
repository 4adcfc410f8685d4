import Foundation
import SurveyForm
import SurveyResponses
import SurveyTables
import SurveyYAML
import Testing

struct TableBuilderTests {
    @Test func everyKindAsMarkdown() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        let (tables, warnings) = fixture.tables()
        #expect(warnings == [])
        let markdown = MarkdownTables.render(tables)
        #expect(markdown == """
        | Länkat till annat arbete | Antal 4 | Andel |
        |:---|---:|---:|
        | Matematiklyftet | 3 | 75% |
        | Systematiska kvalitetsarbetet | 2 | 50% |

        *Tabell 3 år 2*

        1 av 4 kommuner har också svar som inte hör till någon kategori i tabellen (Övrigt).

        | Var är målen beslutade? | Antal 4 | Andel |
        |:---|---:|---:|
        | Nämnd | 3 | 75% |
        | Rektorer | 2 | 50% |
        | Annat, nämligen … | 1 | 25% |

        *Tabell 7 år 2*

        Annat: Kommungruppen (Umeå).

        | Andra exempel | Antal 4 | Andel |
        |:---|---:|---:|
        | Ja | 3 | 75% |
        | Nej | 1 | 25% |

        *Tabell 20 år 2*

        | Nivåer på hemmaträffarna | Antal 12 | Andel av 12 |
        |:---|---:|---:|
        | Politiker | 3 | 25% |
        | Lärare | 9 | 75% |

        *Tabell 1 år 2*

        3 av 4 kommuner har svarat; i snitt 4,0 per kommun.

        | Slutsatser av NP | ÅK 3 | ÅK 6 |
        |:---|---:|---:|
        | Över riket | 1 | 2 |
        | Under riket | 1 | 1 |

        *Tabell 9 år 2*

        Antal kommuner som kryssat i varje ruta; 4 har svarat.

        | Genomförande | Antal 4 | Andel |
        |:---|---:|---:|
        | Ej påbörjad | 1 | 25% |
        | Påbörjad | 2 | 50% |
        | Klar | 1 | 25% |

        *Genomförande, år 2*

        | Ledningen är tydlig | Antal 4 | Andel |
        |:---|---:|---:|
        | 1 Dåligt | 0 | 0% |
        | 2 Ganska dåligt | 1 | 25% |
        | 3 Ganska bra | 1 | 25% |
        | 4 Bra | 2 | 50% |
        | Medelvärde | 3,25 | - |

        *Tabell 12 år 2*

        """)
    }
}

extension TableBuilderTests {
    private func table(_ number: Int, _ tables: [SurveyTables.Table]) throws -> SurveyTables.Table {
        try #require(tables.first { $0.number == number })
    }

    @Test func oneDecimalOnRequest() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        let table = try table(3, fixture.tables().tables)
        #expect(MarkdownTables.render(table, format: TableFormat(shareDecimals: 1)).contains("| Matematiklyftet | 3 | 75,0% |"))
        #expect(TableFormat(shareDecimals: 1).share(6.0 / 7.0) == "85,7%")
        #expect(TableFormat().share(1.0 / 64.0) == "2%")
        #expect(TableFormat().share(11.0 / 64.0) == "17%")
    }

    @Test func csvForExcel() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        let table = try table(7, fixture.tables().tables)
        #expect(CSVTables.render(table, options: .commaWithoutBOM) == "Tabell 7 år 2\r\nVar är målen beslutade?,Antal 4,Andel\r\nNämnd,3,75%\r\nRektorer,2,50%\r\n\"Annat, nämligen …\",1,25%\r\nAnnat: Kommungruppen (Umeå).\r\n")
        let swedish = CSVTables.render(table, format: TableFormat(shareDecimals: 1))
        #expect(swedish == "\u{FEFF}Tabell 7 år 2\r\nVar är målen beslutade?;Antal 4;Andel\r\nNämnd;3;75,0%\r\nRektorer;2;50,0%\r\nAnnat, nämligen …;1;25,0%\r\nAnnat: Kommungruppen (Umeå).\r\n")
        #expect(swedish.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test(arguments: [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+46 8 123", "'+46 8 123"), ("-ökad tid", "'-ökad tid"), ("@mention", "'@mention"),
        ("\tindrag", "'\tindrag"), ("Matematiklyftet", "Matematiklyftet"), ("3 = tre", "3 = tre"),
    ])
    func formulaCellsAreNeutralised(cell: String, expected: String) {
        #expect(CSVTables.neutralise(cell) == expected)
    }

    @Test func neutralisingReachesLabelsButNotNumbers() {
        let table = SurveyTables.Table(
            number: 4, title: "=HYPERLINK(\"http://x\")", caption: "Tabell 4", questionID: "q", questionText: "q", kind: .coded,
            answered: 2, base: 2, labelHeader: "=HYPERLINK(\"http://x\")", valueHeaders: ["Antal 2", "Andel"],
            rows: [.init(label: "-tid saknas", cells: [.count(1), .share(0.5)], key: "tid"),
                   .init(label: "Ökad", cells: [.countChange(-1), .share(0.5)], key: "okad")]
        )
        #expect(CSVTables.render(table, options: .commaWithoutBOM) == "Tabell 4\r\n\"'=HYPERLINK(\"\"http://x\"\")\",Antal 2,Andel\r\n'-tid saknas,1,50%\r\nÖkad,−1,50%\r\n")
    }

    @Test func jsonHasNumbersAndRespondents() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        let json = JSONTables.render([try table(3, fixture.tables().tables)])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let tables = try #require(object["tables"] as? [[String: Any]])
        let first = try #require(tables.first)
        #expect(first["number"] as? Int == 3)
        #expect(first["caption"] as? String == "Tabell 3 år 2")
        #expect(first["answered"] as? Int == 4)
        #expect(first["kind"] as? String == "coded")
        let rows = try #require(first["rows"] as? [[String: Any]])
        #expect(rows.map { $0["key"] as? String } == ["matematiklyftet", "kvalitet"])
        #expect(rows.first?["respondents"] as? [String] == ["Boden", "Karlstad", "Umeå"])
        let values = try #require(rows.first?["values"] as? [[String: Any]])
        #expect(values.map { $0["value"] as? Double } == [3, 0.75])
        #expect(values.map { $0["text"] as? String } == ["3", "75%"])
        let quotes = try #require(rows.first?["quotes"] as? [[String: Any]])
        // The most central statements first (closest to the category's other statements), whole sentences.
        #expect(quotes.map { $0["respondent"] as? String } == ["Umeå", "Boden"])
        #expect(quotes.map { $0["text"] as? String } == ["Matematiklyftet", "Matematiklyftet på alla skolor."])
    }

    @Test func htmlEscapesAndDrawsBars() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        let html = HTMLTables.render(try table(3, fixture.tables().tables))
        #expect(html.hasPrefix("<figure class=\"table\" id=\"tabell-3\">\n<table>\n<caption>Tabell 3 år 2</caption>\n<thead><tr><th scope=\"col\">Länkat till annat arbete</th><th scope=\"col\" class=\"num\">Antal 4</th><th scope=\"col\" class=\"num\">Andel</th></tr></thead>"))
        #expect(html.contains("<tr><th scope=\"row\">Matematiklyftet</th><td class=\"num\">3</td><td class=\"num\">75%</td></tr>"))
        #expect(html.contains("<svg class=\"chart\""))
        // Bars are proportional: 75 % of the 300-pixel bar area.
        #expect(html.contains("<rect x=\"280\" y=\"7\" width=\"225.0\""))
        #expect(html.contains("<title>Stapeldiagram över andelarna i Tabell 3 år 2: Matematiklyftet 75%, Systematiska kvalitetsarbetet 50%.</title>"))
        #expect(!html.contains("<script"))
        let escaped = HTMLTables.escape("<Rektorer & \"chefer\">")
        #expect(escaped == "&lt;Rektorer &amp; &quot;chefer&quot;&gt;")
    }

    @Test func groupingByRoundAndNetwork() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        let byRound = fixture.tables(grouping: .round).tables.filter { $0.number == 3 }
        #expect(byRound.map(\.caption) == ["Tabell 3 Pilotomgång år 2", "Tabell 3 Höstomgång år 2"])
        #expect(byRound.map(\.answered) == [3, 1])
        #expect(byRound.first?.rows.map { "\($0.label) \($0.count ?? 0)" } == ["Matematiklyftet 2", "Systematiska kvalitetsarbetet 2"])
        let byNetwork = fixture.tables(grouping: .network).tables.filter { $0.number == 20 }
        #expect(byNetwork.map(\.caption) == [
            "Tabell 20 Pilotomgång, Nätverk Väst år 2", "Tabell 20 Pilotomgång, Nätverk Norr år 2", "Tabell 20 Höstomgång, Nätverk Lappland år 2",
        ])
        #expect(byNetwork.map(\.answered) == [2, 1, 1])
    }

    /// Each group's count-grid note counts that group's respondents, not everyone's.
    @Test func groupedCountGridNotesCountTheGroup() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        let byRound = fixture.tables(grouping: .round).tables.filter { $0.number == 1 }
        #expect(byRound.map(\.notes) == [
            ["2 av 3 kommuner har svarat; i snitt 5,0 per kommun."],
            ["1 av 1 kommun har svarat; i snitt 2,0 per kommun."],
        ])
        let all = fixture.tables().tables.filter { $0.number == 1 }
        #expect(all.map(\.notes) == [["3 av 4 kommuner har svarat; i snitt 4,0 per kommun."]])
    }

    /// A form answered by school units says so in every note.
    @Test func notesUseTheFormsRespondentWord() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        var form = fixture.form
        form.respondentNoun = RespondentNoun.known.first { $0.singular == "skolenhet" }
        #expect(form.respondentNoun?.plural == "skolenheter")
        let set = ResponseSet.load(from: ResponseStore(root: fixture.folder), form: form)
        let tables = TableBuilder(form: form, responses: set, register: fixture.register).tables(grouping: .round).tables
        #expect(tables.first { $0.number == 1 }?.notes == ["2 av 3 skolenheter har svarat; i snitt 5,0 per skolenhet."])
        #expect(tables.first { $0.number == 9 }?.notes == ["Antal skolenheter som kryssat i varje ruta; 3 har svarat."])
        let compared = TableComparison.compare(tables, with: [], noun: form.respondentNoun ?? .municipality)
        #expect(compared.first { $0.number == 1 }?.notes == ["2 av 3 skolenheter har svarat; i snitt 5,0 per skolenhet."])
    }

    /// `--table 3`: only table 3 is built, and only its problems are warned about.
    @Test func onlyTheTablesAskedForAreBuiltAndWarnedAbout() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        try FileManager.default.removeItem(atPath: fixture.folder + "/codes")
        let set = ResponseSet.load(from: ResponseStore(root: fixture.folder), form: fixture.form)
        let builder = TableBuilder(form: fixture.form, responses: set, register: fixture.register)
        let (tables, warnings) = builder.tables(numbers: [7, 20])
        #expect(tables.map(\.number) == [7, 20])
        #expect(warnings == [])
        #expect(builder.tables(numbers: [3]).warnings.map(\.message) == ["Tabell 3: svaren på 'lankats' är inte kodade ännu; kör `survey code` och granska resultatet"])
    }

    @Test func comparisonWithLastYear() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        let lastYear = fixture.folder + "-previous"
        defer { try? FileManager.default.removeItem(atPath: lastYear) }
        try fixture.write([
            ("pilot", "Karlstad", ["lankats": .text("Systematiska kvalitetsarbetet."), "andra": .yesNo(false)]),
            ("pilot", "Umeå", ["lankats": .text("Matematiklyftet"), "andra": .yesNo(false)]),
        ], to: lastYear, codes: false)
        try AtomicFile.write(TableFixture.codebookYAML, toPath: lastYear + "/codes/lankats.codebook.yaml")
        try AtomicFile.write("""
        question: lankats
        statements:
          - {respondent: Karlstad, text: Systematiska kvalitetsarbetet., categories: [kvalitet], decided: staff}
          - {respondent: Umeå, text: Matematiklyftet, categories: [matematiklyftet], decided: staff}
        """, toPath: lastYear + "/codes/lankats.coding.yaml")
        let compared = TableComparison.compare(fixture.tables().tables, with: fixture.tables(from: lastYear).tables)
        let lankats = try table(3, compared)
        #expect(MarkdownTables.render(lankats) == """
        | Länkat till annat arbete | Antal 4 | Andel | Förra året (2) | Andel förra året | Förändring | Förändring andel (procentenheter) |
        |:---|---:|---:|---:|---:|---:|---:|
        | Matematiklyftet | 3 | 75% | 1 | 50% | +2 | +25 |
        | Systematiska kvalitetsarbetet | 2 | 50% | 1 | 50% | +1 | ±0 |

        *Tabell 3 år 2*

        1 av 4 kommuner har också svar som inte hör till någon kategori i tabellen (Övrigt).

        Matematiklyftet: 3 kommuner, fler än för ett år sedan (1).

        Systematiska kvalitetsarbetet: 2 kommuner, fler än för ett år sedan (1).

        """)
        let andra = try table(20, compared)
        #expect(andra.rows.map { $0.cells.map { TableFormat().text(of: $0) } } == [["3", "75%", "0", "0%", "+3", "+75"], ["1", "25%", "2", "100%", "−1", "−75"]])
        #expect(andra.comparisonNotes == ["Ja: 3 kommuner, fler än för ett år sedan (0).", "Nej: 1 kommun, färre än för ett år sedan (2)."])
        #expect(andra.previousAnswered == 2)
        #expect(andra.rows.map(\.previousCount) == [0, 2])
    }

    /// A count grid's rows count participants: last year's N is its participants, and the
    /// sentences give numbers of them, not of municipalities.
    @Test func aCountGridComparedWithLastYearCountsParticipants() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        let lastYear = fixture.folder + "-previous"
        defer { try? FileManager.default.removeItem(atPath: lastYear) }
        try fixture.write([
            ("pilot", "Karlstad", ["deltagare": .countGrid(["politiker": 4, "larare": 2], total: 6)]),
            ("pilot", "Umeå", ["deltagare": .countGrid(["politiker": 0, "larare": 3], total: 3)]),
        ], to: lastYear, codes: false)
        let compared = TableComparison.compare(fixture.tables().tables, with: fixture.tables(from: lastYear).tables)
        let deltagare = try table(1, compared)
        #expect(deltagare.valueHeaders == ["Antal 12", "Andel av 12", "Förra året (9)", "Andel förra året", "Förändring", "Förändring andel (procentenheter)"])
        #expect(deltagare.comparisonNotes == ["Politiker: 3, färre än för ett år sedan (4).", "Lärare: 9, fler än för ett år sedan (5)."])
    }

    /// A label that ends a sentence ("… i nätverk.") loses its full stop before the colon.
    @Test func comparisonSentencesDropALabelsFullStop() {
        func table(_ count: Int, answered: Int) -> SurveyTables.Table {
            SurveyTables.Table(number: 2, title: "Involverats", caption: "Tabell 2", questionID: "involverats", questionText: "Hur?",
                               kind: .coded, answered: answered, base: answered, labelHeader: "Hur?", valueHeaders: ["Antal \(answered)", "Andel"],
                               rows: [.init(label: "Sprider i nätverk.", cells: [.count(count), .share(Double(count) / Double(answered))], key: "sprider")])
        }
        let compared = TableComparison.compare([table(3, answered: 7)], with: [table(1, answered: 5)])
        #expect(compared[0].valueHeaders.suffix(4) == ["Förra året (5)", "Andel förra året", "Förändring", "Förändring andel (procentenheter)"])
        #expect(compared[0].comparisonNotes == ["Sprider i nätverk: 3 kommuner, fler än för ett år sedan (1)."])
    }

    @Test func outdatedAndMissingCodingsAreWarned() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        var answers = TableFixture.thisYear
        answers[2].2["lankats"] = .text("Vi har ändrat svaret helt.")
        try fixture.write(answers, to: fixture.folder)
        let (tables, warnings) = fixture.tables()
        #expect(warnings.map(\.message) == [
            "Tabell 3: 1 kodat påstående finns inte längre i Borås svar; kör `survey code` igen",
            "Tabell 3: 1 påstående i Borås svar är inte kodat; kör `survey code` igen",
        ])
        #expect(try table(3, tables).rows.map { $0.count ?? 0 } == [3, 1])

        // Counts above one take the plural.
        answers[2].2["lankats"] = .text("Vi har ändrat svaret helt. Det gäller två nya saker.")
        try fixture.write(answers, to: fixture.folder)
        #expect(fixture.tables().warnings.map(\.message) == [
            "Tabell 3: 1 kodat påstående finns inte längre i Borås svar; kör `survey code` igen",
            "Tabell 3: 2 påståenden i Borås svar är inte kodade; kör `survey code` igen",
        ])

        try FileManager.default.removeItem(atPath: fixture.folder + "/codes")
        let (uncoded, notCoded) = fixture.tables()
        #expect(notCoded.map(\.message) == ["Tabell 3: svaren på 'lankats' är inte kodade ännu; kör `survey code` och granska resultatet"])
        #expect(try table(3, uncoded).rows.isEmpty)
        #expect(try table(3, uncoded).notes == [])
        #expect(try table(3, uncoded).emptyNote == "svaren är inte kodade ännu")
        // Four answered; the table says why it has no rows instead of "(inga svar)".
        #expect(MarkdownTables.render(try table(3, uncoded)).hasPrefix("""
        | Länkat till annat arbete | Antal 4 | Andel |
        |:---|---:|---:|
        | *(svaren är inte kodade ännu)* | | |
        """))
        #expect(HTMLTables.render(try table(3, uncoded)).contains("<em>Svaren är inte kodade ännu.</em>"))
    }
}

extension TableBuilderTests {
    @Test func everyKindAsCSV() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        let csv = CSVTables.render(fixture.tables().tables, options: .commaWithoutBOM)
        #expect(csv == [
            "Tabell 3 år 2", "Länkat till annat arbete,Antal 4,Andel", "Matematiklyftet,3,75%", "Systematiska kvalitetsarbetet,2,50%",
            "1 av 4 kommuner har också svar som inte hör till någon kategori i tabellen (Övrigt).", "",
            "Tabell 7 år 2", "Var är målen beslutade?,Antal 4,Andel", "Nämnd,3,75%", "Rektorer,2,50%", "\"Annat, nämligen …\",1,25%",
            "Annat: Kommungruppen (Umeå).", "",
            "Tabell 20 år 2", "Andra exempel,Antal 4,Andel", "Ja,3,75%", "Nej,1,25%", "",
            "Tabell 1 år 2", "Nivåer på hemmaträffarna,Antal 12,Andel av 12", "Politiker,3,25%", "Lärare,9,75%",
            "\"3 av 4 kommuner har svarat; i snitt 4,0 per kommun.\"", "",
            "Tabell 9 år 2", "Slutsatser av NP,ÅK 3,ÅK 6", "Över riket,1,2", "Under riket,1,1",
            "Antal kommuner som kryssat i varje ruta; 4 har svarat.", "",
            "\"Genomförande, år 2\"", "Genomförande,Antal 4,Andel", "Ej påbörjad,1,25%", "Påbörjad,2,50%", "Klar,1,25%", "",
            "Tabell 12 år 2", "Ledningen är tydlig,Antal 4,Andel", "1 Dåligt,0,0%", "2 Ganska dåligt,1,25%", "3 Ganska bra,1,25%",
            "4 Bra,2,50%", "Medelvärde,3.25,-", "",
        ].joined(separator: "\r\n"))
    }

    @Test func checkGridAndScaleAsHTML() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        let tables = fixture.tables().tables
        #expect(HTMLTables.render(try table(9, tables)) == """
        <figure class="table" id="tabell-9">
        <table>
        <caption>Tabell 9 år 2</caption>
        <thead><tr><th scope="col">Slutsatser av NP</th><th scope="col" class="num">ÅK 3</th><th scope="col" class="num">ÅK 6</th></tr></thead>
        <tbody>
        <tr><th scope="row">Över riket</th><td class="num">1</td><td class="num">2</td></tr>
        <tr><th scope="row">Under riket</th><td class="num">1</td><td class="num">1</td></tr>
        </tbody>
        </table>
        <p class="note">Antal kommuner som kryssat i varje ruta; 4 har svarat.</p>
        </figure>

        """)
        let scale = HTMLTables.render(try table(12, tables))
        #expect(scale.contains("<tr><th scope=\"row\">Medelvärde</th><td class=\"num\">3,25</td><td class=\"num\">-</td></tr>"))
        // The mean has no share, so the chart has a bar per point only.
        #expect(scale.components(separatedBy: "<rect ").count - 1 == 4)
    }

    @Test func countGridAsJSON() throws {
        let fixture = try TableFixture()
        defer { fixture.remove() }
        let json = JSONTables.render([try table(1, fixture.tables().tables)])
        #expect(json == """
        {
          "tables" : [
            {
              "answered" : 3,
              "base" : 12,
              "caption" : "Tabell 1 år 2",
              "header" : [
                "Nivåer på hemmaträffarna",
                "Antal 12",
                "Andel av 12"
              ],
              "kind" : "count-grid",
              "notes" : [
                "3 av 4 kommuner har svarat; i snitt 4,0 per kommun."
              ],
              "number" : 1,
              "published" : true,
              "question" : "deltagare",
              "questionText" : "Hur många deltagare från varje nivå?",
              "rows" : [
                {
                  "key" : "politiker",
                  "label" : "Politiker",
                  "quotes" : [

                  ],
                  "respondents" : [
                    "Karlstad",
                    "Umeå"
                  ],
                  "values" : [
                    {
                      "text" : "3",
                      "type" : "count",
                      "value" : 3
                    },
                    {
                      "text" : "25%",
                      "type" : "share",
                      "value" : 0.25
                    }
                  ]
                },
                {
                  "key" : "larare",
                  "label" : "Lärare",
                  "quotes" : [

                  ],
                  "respondents" : [
                    "Boden",
                    "Karlstad",
                    "Umeå"
                  ],
                  "values" : [
                    {
                      "text" : "9",
                      "type" : "count",
                      "value" : 9
                    },
                    {
                      "text" : "75%",
                      "type" : "share",
                      "value" : 0.75
                    }
                  ]
                }
              ],
              "title" : "Nivåer på hemmaträffarna"
            }
          ]
        }

        """)
    }
}
