import Foundation
import Testing

/// The staff's commands end to end, through the built binary: lint, check, code, review,
/// agree, tables and report on the bundled example.
struct StaffCommandsTests {
    typealias Support = FillTestSupport

    /// A copy of the bundled responses, so commands that write do not touch the repository.
    private func bundledCopy() throws -> String {
        let folder = try Support.temporaryFolder()
        try FileManager.default.copyItem(atPath: Support.repository.appendingPathComponent("responses").path, toPath: folder + "/responses")
        return folder
    }

    private var register: String { Support.repository.appendingPathComponent("forms/register-pisa-2015.yaml").path }

    @Test func lintReportsEveryProblemAndExitsOne() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try """
        form: trasig
        title: Trasig
        version: "1"
        language: sv
        sections:
          - id: s
            title: S
            questions:
              - id: a
                text: Hur och när informerades lärarna?
                kind: text
                requred: true
              - id: b
                text: Fråga?
                kind: yes-no
                when: a == ja
        """.write(toFile: folder + "/trasig.yaml", atomically: true, encoding: .utf8)
        let result = try Support.run(["lint", "trasig.yaml"], input: "", in: folder)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
        trasig.yaml:10:15: warning: dubbelfråga: den frågar "Hur informerades lärarna?" och "När informerades lärarna?"; dela upp den i en fråga per del och behåll den ursprungliga formuleringen i 'from:'
          text: Hur och när informerades lärarna?
                ^
        trasig.yaml:12:9: error: okänd nyckel 'requred' i frågan 'a'; menade du 'required'?
          requred: true
          ^
        1 fel och 1 varning i 1 fil

        """)
        let clean = try Support.run(["lint", Support.annualReport, register], input: "", in: folder)
        #expect(clean.status == 0)
        #expect(clean.stderr == "")
    }

    /// ArgumentParser's own words (headings, --help's line, errors) are said in Swedish, as
    /// everything else the commands print.
    @Test func theHelpAndUsageErrorsAreSwedish() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let help = try Support.run(["tables", "--help"], input: "", in: folder)
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("ÖVERSIKT: "))
        for heading in ["\nANVÄNDNING: survey tables ", "\nARGUMENT:\n", "\nFLAGGOR:\n", "  -h, --help              Visa hjälpen.\n", "standard: markdown)"] {
            #expect(help.stdout.contains(heading), "\(heading)")
        }
        #expect(!help.stdout.contains("OPTIONS:") && !help.stdout.contains("default:"))
        let top = try Support.run(["--help"], input: "", in: folder)
        #expect(top.stdout.contains("\nUNDERKOMMANDON:\n") && top.stdout.hasSuffix("  Se 'survey help <underkommando>' för mer hjälp.\n"))
        let missing = try Support.run(["lint"], input: "", in: folder)
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("Fel: argumentet '<filer> ...' saknas\n"))
        #expect(missing.stderr.hasSuffix("  Se 'survey lint --help' för mer information.\n"))
        let invalid = try Support.run(["code", "--clusters", "tre"], input: "", in: folder)
        #expect(invalid.stderr.hasPrefix("Fel: 'tre' är inget giltigt värde för '--clusters <K>'\n"))
        #expect(invalid.stderr.contains("\nAnvändning: survey code [<flaggor>] "))
        let choice = try Support.run(["tables", "f.yaml", "svar", "--format", "xml"], input: "", in: folder)
        #expect(choice.stderr.hasPrefix(
            "Fel: 'xml' är inget giltigt värde för '--format <format>'. Ange 'markdown', 'csv', 'json' eller 'html'.\n"))
        let extra = try Support.run(["tables", "a", "b", "c", "d"], input: "", in: folder)
        #expect(extra.stderr.hasPrefix("Fel: 2 oväntade argument: 'c', 'd'\n"))
        let unknown = try Support.run(["tabels"], input: "", in: folder)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("Fel: oväntat argument 'tabels'\n"))
    }

    @Test func checkTheBundledExample() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Support.run(["check", Support.annualReport, "responses", "--register", register], input: "", in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("Årlig rapport år 2 – SKL Matematik PISA 2015 (arsrapport-ar2, version 2.0)\n7 svar: 0 kompletta, 7 med saknade svar.\n"))
        #expect(result.stdout.contains("  Sollentuna har inte svarat på frågan Hur har kommunen organiserat arbetet?\n"))
        let json = try Support.run(["check", Support.annualReport, "responses", "--format", "json"], input: "", in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["respondents"] as? [Any])?.count == 7)
        #expect(object["complete"] as? Bool == false)
    }

    /// A file name with a clipboard-writing escape sequence reaches neither stdout nor stderr raw.
    @Test func checkShowsAFileNamesControlCharactersHarmlessly() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let hostile = "Ume\u{1B}]52;c;aGVq\u{07}å"
        try FileManager.default.moveItem(atPath: folder + "/responses/pilot/Umeå.yaml", toPath: folder + "/responses/pilot/\(hostile).yaml")
        let result = try Support.run(["check", Support.annualReport, "responses"], input: "", in: folder)
        #expect(result.status == 1)
        for output in [result.stdout, result.stderr] {
            #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        }
        #expect(result.stdout.contains("\nUme\u{241B}]52;c;aGVq\u{2407}å (pilot): "))
        #expect(result.stderr.contains("/Ume\u{241B}]52;c;aGVq\u{2407}å.yaml:1:1: warning: filen heter 'Ume\u{241B}]52;c;aGVq\u{2407}å', men dess 'respondent' är 'Umeå'"))
    }

    @Test func codeWritesFilesPrintsTheDocumentedJSONAndIsDeterministic() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let arguments = ["code", Support.annualReport, "responses", "--question", "lankats", "--codes", "koder", "--format", "json"]
        let first = try Support.run(arguments, input: "", in: folder)
        #expect(first.status == 0)
        #expect(first.stderr == "Skrev en kodbok och en kodning till koder; granska dem med `survey review`.\n")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(object["question"] as? String == "lankats")
        #expect(object["answered"] as? Int == 7)
        let categories = try #require(object["categories"] as? [[String: Any]])
        #expect(!categories.isEmpty)
        for category in categories {
            #expect(Set(category.keys).isSuperset(of: ["id", "label", "terms", "respondents", "statements"]))
            let statements = try #require(category["statements"] as? [[String: Any]])
            #expect(statements.allSatisfy { $0["respondent"] is String && $0["text"] is String })
        }
        #expect(object["uncategorized"] is [Any])
        let codebook = try String(contentsOfFile: folder + "/koder/lankats.codebook.yaml", encoding: .utf8)
        let coding = try String(contentsOfFile: folder + "/koder/lankats.coding.yaml", encoding: .utf8)
        #expect(codebook.hasPrefix("question: lankats\nform: arsrapport-ar2\n"))
        // The same answers give the same files.
        try FileManager.default.removeItem(atPath: folder + "/koder")
        _ = try Support.run(arguments, input: "", in: folder)
        #expect(try String(contentsOfFile: folder + "/koder/lankats.codebook.yaml", encoding: .utf8) == codebook)
        #expect(try String(contentsOfFile: folder + "/koder/lankats.coding.yaml", encoding: .utf8) == coding)
    }

    @Test func fixedClustersPlaceEveryStatementAndSingleCodesWholeAnswers() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fixed = try Support.run(["code", Support.annualReport, "responses", "--question", "lankats", "--clusters", "3", "--codes", "nya", "--dry-run", "--format", "json"], input: "", in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(fixed.stdout.utf8)) as? [String: Any])
        #expect((object["categories"] as? [Any])?.count == 3)
        #expect((object["uncategorized"] as? [Any])?.isEmpty == true)
        #expect(!FileManager.default.fileExists(atPath: folder + "/nya"))
        let single = try Support.run(["code", Support.annualReport, "responses", "--question", "lankats", "--single", "--codes", "nya", "--dry-run", "--format", "json"], input: "", in: folder)
        let singleObject = try #require(try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? [String: Any])
        let statements = ((singleObject["categories"] as? [[String: Any]]) ?? []).flatMap { ($0["statements"] as? [Any]) ?? [] }.count
            + ((singleObject["uncategorized"] as? [Any])?.count ?? 0)
        #expect(statements == 7)
    }

    @Test func codeFromCSVWithQuotedNewlines() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "respondent,question,text\nUmeå,lankats,\"Matematiklyftet.\nSystematiska kvalitetsarbetet.\"\nBorås,lankats,Matematiklyftet på alla skolor.\nLuleå,lankats,\n".write(toFile: folder + "/svar.csv", atomically: true, encoding: .utf8)
        let result = try Support.run(["code", "--csv", "svar.csv", "--codes", "koder"], input: "", in: folder)
        #expect(result.status == 0)
        let coding = try String(contentsOfFile: folder + "/koder/lankats.coding.yaml", encoding: .utf8)
        #expect(coding.contains("text: Matematiklyftet.\n"))
        #expect(coding.contains("text: Systematiska kvalitetsarbetet.\n"))
        #expect(!coding.contains("Luleå"))
        #expect(result.stdout.contains("Svarande"))
        let bad = try Support.run(["code", "--csv", "svar.csv", "--question", "okänd", "--codes", "koder"], input: "", in: folder)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("svar.csv har inga svar på okänd; filen har svar på lankats."))
    }

    @Test func reviewSavesEachDecisionAndARerunKeepsIt() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try Support.run(["code", Support.annualReport, "responses", "--question", "lankats", "--codes", "koder"], input: "", in: folder)
        let session = try Support.run(["review", Support.annualReport, "responses", "--question", "lankats", "--codes", "koder", "--no-queue"],
                                      input: "namn 1 Matematiklyftet\nflytta 1.1 Ö\nklar 1\nsluta\n", in: folder)
        #expect(session.status == 0)
        #expect(session.stdout.contains("Sparat: kategorin heter nu \"Matematiklyftet\"."))
        #expect(session.stdout.contains("ligger nu i Övrigt."))
        let codebook = try String(contentsOfFile: folder + "/koder/lankats.codebook.yaml", encoding: .utf8)
        #expect(codebook.contains("label: Matematiklyftet\n"))
        #expect(codebook.contains("final: true"))
        let coding = try String(contentsOfFile: folder + "/koder/lankats.coding.yaml", encoding: .utf8)
        #expect(coding.contains("decided: staff"))
        // Coding again keeps the label, the final mark and the statement staff moved to Övrigt.
        _ = try Support.run(["code", Support.annualReport, "responses", "--question", "lankats", "--codes", "koder"], input: "", in: folder)
        let again = try String(contentsOfFile: folder + "/koder/lankats.codebook.yaml", encoding: .utf8)
        #expect(again.contains("label: Matematiklyftet\n"))
        let recoded = try String(contentsOfFile: folder + "/koder/lankats.coding.yaml", encoding: .utf8)
        let staffBlocks = coding.components(separatedBy: "\n- ").filter { $0.contains("decided: staff") }
        for block in staffBlocks {
            #expect(recoded.contains(block.trimmingCharacters(in: .newlines)), "lost: \(block)")
        }
    }

    /// A coding whose codebook is gone still holds staff's decisions: coding the question from
    /// the start wrote over all 16 of the bundled lankats coding's. Nothing is written now.
    @Test func aCodingWithoutItsCodebookIsNotWrittenOver() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let codes = folder + "/responses/codes"
        try FileManager.default.removeItem(atPath: codes + "/lankats.codebook.yaml")
        let before = try String(contentsOfFile: codes + "/lankats.coding.yaml", encoding: .utf8)
        let run = try Support.run(["code", Support.annualReport, "responses", "--all"], input: "", in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("responses/codes/lankats.coding.yaml finns, men inte responses/codes/lankats.codebook.yaml"))
        #expect(try String(contentsOfFile: codes + "/lankats.coding.yaml", encoding: .utf8) == before)
        #expect(!FileManager.default.fileExists(atPath: codes + "/lankats.codebook.yaml"))
    }

    /// Answers without some respondents' (a CSV of one late answer coded into the codes folder)
    /// leave staff's decisions on the others out of the new coding: the coding as it was is kept.
    @Test func decisionsLeftOutOfTheNewCodingAreKeptBesideIt() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let codes = folder + "/responses/codes"
        let before = try String(contentsOfFile: codes + "/lankats.coding.yaml", encoding: .utf8)
        try "respondent,question,text\nUmeå,lankats,Vi har kopplat ihop satsningen med Matematiklyftet.\n"
            .write(toFile: folder + "/sent.csv", atomically: true, encoding: .utf8)
        let run = try Support.run(["code", "--csv", "sent.csv", "--codes", "responses/codes"], input: "", in: folder)
        #expect(run.status == 0)
        #expect(run.stderr.contains("lankats: 16 beslut (7 svarande) gäller påståenden som inte längre finns bland svaren"))
        #expect(try String(contentsOfFile: codes + "/lankats.coding.previous.yaml", encoding: .utf8) == before)
        // Coding the whole answers again keeps what staff decided: nothing more is put aside.
        try FileManager.default.removeItem(atPath: codes + "/lankats.coding.previous.yaml")
        let bundled = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: bundled) }
        let again = try Support.run(["code", Support.annualReport, "responses", "--question", "lankats"], input: "", in: bundled)
        #expect(again.status == 0)
        #expect(!FileManager.default.fileExists(atPath: bundled + "/responses/codes/lankats.coding.previous.yaml"))
    }

    @Test func agreeComparesTwoCodings() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let gold = "responses/codes/lankats.coding.yaml"
        let same = try Support.run(["agree", gold, gold], input: "", in: folder)
        #expect(same.status == 0)
        #expect(same.stdout.hasPrefix("""
        Kategorier parade på id: 3; på etikett: 0.
        16 påståenden kodade i båda
        Samma kategorier: 100,0 %
        Cohens kappa (kategorimängder som värden): 1,000
        Krippendorffs alfa, nominell: 1,000; MASI: 1,000

        """))
        _ = try Support.run(["code", Support.annualReport, "responses", "--question", "lankats", "--codes", "koder"], input: "", in: folder)
        let json = try Support.run(["agree", gold, "koder/lankats.coding.yaml", "--unit", "answers", "--format", "json"], input: "", in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["unit"] as? String == "answers")
        #expect(object["units"] as? Int == 7)
        let categories = try #require(object["categories"] as? [[String: Any]])
        #expect(categories.first { $0["id"] as? String == "matematiklyftet" }?["label"] as? String == "Matematiklyftet")
    }

    /// A category made anew in review under another id, with the same label, is the same category.
    @Test func agreePairsCategoriesByLabelAndSaysSo() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/b", withIntermediateDirectories: true)
        for file in ["lankats.codebook.yaml", "lankats.coding.yaml"] {
            let text = try String(contentsOfFile: folder + "/responses/codes/" + file, encoding: .utf8)
            // The category's id changes (in the codebook, and in the coding's category lists); its label stays.
            let renamed = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.contains("id: matematiklyftet") || line.contains("categories:")
                    ? line.replacingOccurrences(of: "matematiklyftet", with: "lyftet") : String(line)
            }.joined(separator: "\n")
            try renamed.write(toFile: folder + "/b/" + file, atomically: true, encoding: .utf8)
        }
        let result = try Support.run(["agree", "responses/codes/lankats.coding.yaml", "b/lankats.coding.yaml"], input: "", in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("""
        Kategorier parade på id: 2; på etikett: 1.
          "Matematiklyftet": matematiklyftet i A, lyftet i B
        16 påståenden kodade i båda
        Samma kategorier: 100,0 %
        """))
        #expect(result.stdout.contains("\nMatematiklyftet   "))
        #expect(!result.stdout.contains("\nlyftet "))
        let json = try Support.run(["agree", "responses/codes/lankats.coding.yaml", "b/lankats.coding.yaml", "--format", "json"], input: "", in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let categories = try #require(object["categories"] as? [[String: Any]])
        let lyftet = try #require(categories.first { $0["id"] as? String == "matematiklyftet" })
        #expect(lyftet["matchedBy"] as? String == "label")
        #expect(lyftet["idInB"] as? String == "lyftet")
        #expect(lyftet["both"] as? Int == lyftet["first"] as? Int)
    }

    @Test func agreeRefusesCodingsOfDifferentQuestions() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Support.run(["agree", "responses/codes/lankats.coding.yaml", "responses/codes/mal.coding.yaml"], input: "", in: folder)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "Kodningarna gäller olika frågor: A (responses/codes/lankats.coding.yaml) gäller 'lankats', B (responses/codes/mal.coding.yaml) gäller 'mal'. Jämför två kodningar av samma fråga.\n")
    }

    @Test func tablesAsSwedishExcelFiles() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // What Swedish Excel opens on a double-click is the default: semicolons and a byte-order mark.
        let result = try Support.run(["tables", Support.annualReport, "responses", "--register", register, "--format", "csv",
                                      "--table", "3", "--table", "9", "--out", "tabeller"], input: "", in: folder)
        #expect(result.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/tabeller").sorted() == ["tabell-03.csv", "tabell-09.csv"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/tabeller/tabell-03.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(csv == "Tabell 3 Pilotomgång år 2\r\nPå vilket sätt har denna satsning länkats samman med kommunens övriga utvecklingsarbete?;Antal 7;Andel\r\nMatematiklyftet;6;86%\r\nRedan befintliga kompetensutvecklingsinsatser eller övergripande projekt.;5;71%\r\nSystematiska kvalitetsarbetet;4;57%\r\n2 av 7 kommuner har också svar som inte hör till någon kategori i tabellen (Övrigt).\r\n")
        let plain = try Support.run(["tables", Support.annualReport, "responses", "--format", "csv", "--separator", "comma", "--no-bom",
                                     "--table", "3"], input: "", in: folder)
        #expect(plain.status == 0)
        #expect(plain.stdout.hasPrefix("Tabell 3 år 2\r\nPå vilket sätt har denna satsning länkats samman med kommunens övriga utvecklingsarbete?,Antal 7,Andel\r\nMatematiklyftet,6,86%\r\n"))
        let missing = try Support.run(["tables", Support.annualReport, "responses", "--table", "99", "--table", "0"], input: "", in: folder)
        #expect(missing.status == 64)
        #expect(missing.stdout == "")
        #expect(missing.stderr == "Formuläret har ingen tabell 0 och 99; dess tabeller är 1–21.\n")
    }

    /// Tables the form marks `publish: false` (how far the measures have come) only with --all.
    @Test func unpublishedTablesOnlyWithAll() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let published = try Support.run(["tables", Support.annualReport, "responses", "--format", "json"], input: "", in: folder)
        #expect(published.status == 0)
        #expect(published.stdout.components(separatedBy: "\"published\" : true").count - 1 == 21)
        #expect(!published.stdout.contains("\"published\" : false"))
        let all = try Support.run(["tables", Support.annualReport, "responses", "--format", "json", "--all"], input: "", in: folder)
        #expect(all.stdout.components(separatedBy: "\"published\" : false").count - 1 == 6)
        #expect(all.stdout.contains("\"title\" : \"Ledningsnivåerna är sammanlänkade: hur långt man kommit i genomförandet\""))
    }

    /// Asked for one table, only that table's problems are told.
    /// Networks are only in the register: grouping by them without it is refused, not done by round.
    @Test func groupingByNetworkNeedsTheRegister() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for command in ["tables", "report"] {
            let extra = command == "report" ? ["--out", "ut"] : []
            let result = try Support.run([command, Support.annualReport, "responses", "--group-by", "network"] + extra, input: "", in: folder)
            #expect(result.status == 64, "\(command)")
            #expect(result.stdout == "", "\(command)")
            #expect(result.stderr.hasPrefix("Fel: --group-by network behöver --register: nätverken står i registret.\n"), "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/ut"))
        let grouped = try Support.run(["tables", Support.annualReport, "responses", "--group-by", "network", "--register", register, "--table", "3"],
                                      input: "", in: folder)
        #expect(grouped.status == 0)
        #expect(grouped.stdout.contains("\n*Tabell 3 Pilotomgång, Pilotnätverket år 2*\n"))
    }

    @Test func oneTableWarnsOnlyAboutItself() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let one = try Support.run(["tables", Support.annualReport, "responses", "--codes", "tomt", "--table", "2"], input: "", in: folder)
        #expect(one.status == 0)
        #expect(one.stderr == "warning: Tabell 2: svaren på 'involverats' är inte kodade ännu; kör `survey code` och granska resultatet\n")
        #expect(one.stdout == """
        | Hur har övriga organisationen involverats? | Antal 7 | Andel |
        |:---|---:|---:|
        | *(svaren är inte kodade ännu)* | | |

        *Tabell 2 år 2*

        """)
        let all = try Support.run(["tables", Support.annualReport, "responses", "--codes", "tomt"], input: "", in: folder)
        #expect(all.stderr.split(separator: "\n").count == 17)
    }

    @Test func reportWritesHTMLAndMarkdown() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Support.run(["report", Support.annualReport, "responses", "--register", register, "--out", "utkast"], input: "", in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "utkast/rapport.html\nutkast/rapport.md\n")
        let html = try String(contentsOfFile: folder + "/utkast/rapport.html", encoding: .utf8)
        #expect(html.contains("<h2 id=\"avsnitt-organisation\">2. Kommunens organisation samt hemmaplansarbete</h2>"))
        #expect(html.contains("<li>Sollentuna har inte svarat på frågan.</li>"))
        #expect(html.contains("<p class=\"findings\">Sex av sju kommuner nämner ”Matematiklyftet”."))
        let plain = try Support.run(["report", Support.annualReport, "responses", "--out", "utan", "--no-findings", "--quotes", "1"], input: "", in: folder)
        #expect(plain.status == 0)
        let markdown = try String(contentsOfFile: folder + "/utan/rapport.md", encoding: .utf8)
        #expect(!markdown.contains("nämner ”Matematiklyftet”"))
        #expect(markdown.contains("\nAlla sju kommuner har svarat på frågan.\n"))
    }

    /// With --pdf and --docx, an A4 PDF and a Word file beside the HTML and Markdown.
    @Test func reportAsPDFAndWord() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Support.run(["report", Support.annualReport, "responses", "--register", register, "--out", "utkast", "--pdf", "--docx"],
                                     input: "", in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == "utkast/rapport.html\nutkast/rapport.md\nutkast/rapport.pdf\nutkast/rapport.docx\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/utkast/rapport.pdf")).starts(with: Data("%PDF".utf8)))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/utkast/rapport.docx")).starts(with: Data("PK".utf8)))
    }

    /// A missing program stops only its own document: the HTML and Markdown are written, and the message says how to install it.
    @Test func reportSaysHowToInstallAMissingProgram() throws {
        let folder = try bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Support.run(["report", Support.annualReport, "responses", "--out", "utkast", "--pdf", "--docx"],
                                     input: "", in: folder, environment: ["PATH": folder + "/ingenting"])
        #expect(result.status == 1)
        #expect(result.stdout == "utkast/rapport.html\nutkast/rapport.md\n")
        #expect(result.stderr == """
        Kan inte skriva rapport.pdf: Chromium hittades inte (sökte efter chromium, chromium-browser, google-chrome i PATH). \
        Installera det med `apt-get install chromium` (Debian-paketet chromium), eller ange var det finns med --chromium SÖKVÄG.
        rapport.html och rapport.md är skrivna i utkast.
        Kan inte skriva rapport.docx: pandoc hittades inte (sökte efter pandoc i PATH). \
        Installera det med `apt-get install pandoc` (Debian-paketet pandoc), eller ange var det finns med --pandoc SÖKVÄG.
        rapport.html och rapport.md är skrivna i utkast.

        """)
        #expect(FileManager.default.fileExists(atPath: folder + "/utkast/rapport.html"))
        #expect(FileManager.default.fileExists(atPath: folder + "/utkast/rapport.md"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/utkast/rapport.pdf"))
        let given = try Support.run(["report", Support.annualReport, "responses", "--out", "utkast", "--pdf", "--chromium", "/etc"],
                                    input: "", in: folder)
        #expect(given.status == 1)
        #expect(given.stderr == "Kan inte skriva rapport.pdf: /etc (angivet med --chromium) är inget program som kan köras; ange var Chromium finns.\nrapport.html och rapport.md är skrivna i utkast.\n")
    }
}
