import Foundation
import SurveyForm
import SurveyResponses
import SurveyTables
import SurveyYAML
import Testing

struct ReportTests {
    static let repository = PublishedTablesTests.repository

    static func bundledReport(quotes: Int = 2, findings: Bool = true) throws -> Report {
        let form = try #require(FormLoader.load(path: repository.appendingPathComponent("forms/arsrapport-ar2.yaml").path).validForm)
        let register = RegisterLoader.load(path: repository.appendingPathComponent("forms/register-pisa-2015.yaml").path).validRegister
        let responses = repository.appendingPathComponent("responses").path
        let set = ResponseSet.load(from: ResponseStore(root: responses), form: form)
        let (codes, _) = CodeSet.load(folder: responses + "/codes", form: form)
        let tables = TableBuilder(form: form, responses: set, codes: codes, register: register, quoteLimit: quotes).tables().tables
        let completeness = CompletenessChecker.check(form: form, responses: set, register: register, expectedRounds: ["pilot"])
        return Report.build(form: form, responses: set, tables: tables, completeness: completeness, options: .init(findings: findings))
    }

    static func questions(_ report: Report) -> [Report.QuestionReport] {
        report.sections.flatMap(\.blocks).compactMap { block -> Report.QuestionReport? in
            if case .question(let question) = block { return question }
            return nil
        }
    }

    @Test func sectionsFollowTheForm() throws {
        let report = try Self.bundledReport()
        #expect(report.title == "Årlig rapport år 2 – SKL Matematik PISA 2015")
        #expect(report.sections.map(\.title) == [
            "Kommunens organisation samt hemmaplansarbete", "Kommunens operativa mål för 2015",
            "SKL:s satser för styrning och ledning", "Nätverksarbetet",
        ])
        #expect(report.summary.first?.map(\.text) == ["Det är sju kommuner som har svarat: Borås, Karlstad, Landskrona, Luleå, Sollentuna, Umeå och Uppsala."])
        // The annual report's first section is its introduction: the form numbers its sections from 2.
        #expect(report.sections.map(\.number) == [2, 3, 4, 5])
        #expect(report.contents.map(\.title) == [
            "Sammanfattning", "2. Kommunens organisation samt hemmaplansarbete", "3. Kommunens operativa mål för 2015",
            "4. SKL:s satser för styrning och ledning", "5. Nätverksarbetet", "Bilaga: Bortfall och kompletteringar",
        ])
        // The theses are grouped under their headings, as in the report.
        let headings = report.sections[2].blocks.compactMap { block -> String? in
            if case let .heading(_, text) = block { return text }
            return nil
        }
        #expect(headings.prefix(3) == ["Gemensam ledning", "Ledningsnivåerna är sammanlänkade", "Det finns en tydlig uppdrags- och rollfördelning"])
    }

    /// The summary gathers each section's strongest findings, every one naming its question and table.
    @Test func summaryGathersTheStrongestFindings() throws {
        let report = try Self.bundledReport()
        #expect(report.summary.count == 5)
        #expect(report.summary[1].map { $0.inSummary ?? "" } == [
            "På frågan ”Hur har övriga organisationen involverats?” nämner fem av sju kommuner ”Rektorer och chefer har informerats” (tabell 2).",
            "På frågan ”På vilket sätt har denna satsning länkats samman med kommunens övriga utvecklingsarbete?” nämner sex av sju kommuner ”Matematiklyftet” (tabell 3).",
        ])
        #expect(report.summary[2].map { $0.inSummary ?? "" } == [
            "På frågan ”Var är de operativa målen beslutade?” har alla sju kommuner markerat ”Nämnd/utskott/KF/KS” (tabell 7).",
            "På frågan ”Hur har alla lärare som undervisar i matematik fått vetskap om målen?” nämner alla sju kommuner ”Matematiklyftet/matematikpiloter vt 13/nätverksträffar/genom dialog med lärarna” (tabell 8).",
        ])
        #expect(report.summary[4].map { $0.inSummary ?? "" } == [
            "På frågan ”Finns det andra exempel i kommunen där metoden att involvera alla fyra nivåer i utvecklingsarbetet har tillämpats?” svarar fem av sju kommuner ja och två nej (tabell 20).",
            "På frågan ”På vilket sätt har det nära samarbetet med andra kommuner influerat arbetet?” nämner sex av sju kommuner ”Erfarenheter från andra kommuner” (tabell 21).",
        ])
    }

    /// Under each table, what it shows; unpublished tables (how far the measures have come) in words only.
    @Test func findingsSayWhatEachTableShows() throws {
        let questions = Self.questions(try Self.bundledReport())
        func sentences(_ id: String) throws -> [String] {
            try #require(questions.first { $0.id == id }).tables.flatMap(\.findings).map(\.text)
        }
        #expect(try sentences("lankats") == [
            "Sex av sju kommuner nämner ”Matematiklyftet”.",
            "Fem kommuner nämner ”Redan befintliga kompetensutvecklingsinsatser eller övergripande projekt”.",
        ])
        #expect(try sentences("beslutade") == ["Alla sju kommuner har markerat ”Nämnd/utskott/KF/KS”.", "Tre kommuner har markerat ”Rektorer”."])
        #expect(try sentences("satser.uppfoljning.atgarder") == [
            "Uppsala har inte svarat på frågan.",
            "Alla sex kommuner som har svarat nämner ”Årshjul /plan över uppföljningar och återkopplingar/kvalitetsarbete”.",
        ])
        #expect(try sentences("kommungrupp-deltagare") == [
            "Borås har inte svarat på frågan.",
            "Flest är ”Rektorer” och ”Lärare”, 18 vardera av 64 (28%).",
            "Färst är ”Förskolechefer” och ”Förskollärare”, 1 vardera av 64 (2%).",
        ])
        #expect(try sentences("np-slutsatser") == ["Flest kryss har ”Förbättrade resultat” under ÅK 6: fyra av sju kommuner."])
        #expect(try sentences("andra-exempel") == ["Fem av sju kommuner svarar ja och två nej."])
        let status = try #require(questions.first { $0.id == "satser.sammanlankade.genomforande" })
        #expect(status.tables.map(\.table.published) == [false])
        #expect(status.tables.flatMap(\.findings).map(\.text) == ["Två kommuner har svarat på frågan.", "Borås och Luleå svarar påbörjad."])
        let html = ReportHTML.render(try Self.bundledReport())
        #expect(!html.contains("id=\"tabell-satser-sammanlankade-genomforande\""))
        #expect(html.contains("<p class=\"findings\">Två kommuner har svarat på frågan. Borås och Luleå svarar påbörjad.</p>"))
    }

    /// Every generated sentence rests on rows of its table, and its counts are theirs.
    @Test func everyFindingIsTraceableToItsRows() throws {
        let report = try Self.bundledReport()
        var checked = 0
        for question in Self.questions(report) {
            for entry in question.tables {
                for finding in entry.findings {
                    #expect(finding.questionID == entry.table.questionID)
                    let rows = finding.rows.map { key in entry.table.rows.first { $0.key == key } }
                    #expect(!rows.contains { $0 == nil }, "\(finding.text): a row that is not in the table")
                    // Counts of respondents are written in words ("sex av sju"), of participants in digits.
                    for row in rows.compactMap({ $0 }) where [.largest, .next, .distribution].contains(finding.kind) {
                        guard let count = row.count else { continue }
                        let word = entry.table.kind == .countGrid ? String(count) : SwedishNumberWords.cardinal(count)
                        let names = row.respondents.allSatisfy { finding.text.contains($0) } && count <= 3
                        #expect(finding.text.lowercased().contains(word) || names || finding.text.contains("alla") || finding.text.contains("båda"),
                                "\(finding.text) does not give \(row.label)'s count \(count)")
                        checked += 1
                    }
                }
                if entry.table.answered > 0, !entry.table.rows.isEmpty {
                    #expect(!entry.findings.isEmpty, "\(entry.table.caption) has no sentence")
                }
            }
        }
        #expect(checked > 40)
    }

    @Test func remarksForStaffGoToTheAppendix() throws {
        let report = try Self.bundledReport()
        let organised = try #require(Self.questions(report).first { $0.id == "organiserat" })
        #expect(organised.answeredLine == "Sex av sju kommuner har svarat på frågan.")
        #expect(organised.answers.count == 6)
        let first = try #require(report.appendix.parts.first)
        #expect(first.heading == "2. Kommunens organisation samt hemmaplansarbete")
        #expect(first.questions.first.map { "\($0.text): \($0.remarks)" } == "Hur har kommunen organiserat arbetet?: [\"Sollentuna har inte svarat på frågan.\"]")
        let measures = try #require(report.appendix.parts.flatMap(\.questions).first { $0.id == "satser.uppfoljning.atgarder" })
        #expect(measures.remarks == ["Uppsala har inte svarat på frågan och har inte bekräftat att den ska lämnas tom."])
        #expect(report.appendix.overview == ["Ingen har svarat på allt som krävs; vad som saknas står nedan, fråga för fråga."])
        // In the text itself, no remark for staff.
        let html = ReportHTML.render(report)
        let body = try #require(html.components(separatedBy: "<h2 id=\"bilaga\">").first)
        #expect(!body.contains("har inte bekräftat att den ska lämnas tom"))
        #expect(html.contains("<li>Uppsala har inte svarat på frågan och har inte bekräftat att den ska lämnas tom.</li>"))
    }

    /// A quote is a whole sentence of the respondent's answer: it starts where a sentence starts and ends where it ends.
    @Test func quotesAreWholeSentences() throws {
        let report = try Self.bundledReport()
        let answers = try Self.answers()
        var quotes = 0
        for question in Self.questions(report) {
            for row in question.tables.flatMap(\.table.rows) {
                #expect(row.quotes.count <= 2)
                #expect(Set(row.quotes.map(\.respondent)).count == row.quotes.count)
                for quote in row.quotes {
                    let answer = try #require(answers[question.id]?[quote.respondent])
                    let range = try #require(answer.range(of: quote.text), "\(quote.text) not in the answer")
                    let before = answer[..<range.lowerBound].reversed().drop { " -•*–".contains($0) }.first
                    #expect(before == nil || before == "\n" || before == "." || before == "!" || before == "?", "starts mid-sentence: \(quote.text)")
                    let after = answer[range.upperBound...].first
                    #expect(after == nil || after == "\n" || after == " ", "ends mid-sentence: \(quote.text)")
                    #expect(quote.text.first?.isLowercase == false, "\(quote.text)")
                    quotes += 1
                }
            }
        }
        #expect(quotes > 50)
        // Cut at a semicolon, Karlstad's statement is quoted from the start of its sentence.
        let linked = try #require(Self.questions(report).first { $0.id == "lankats" }?.tables.first?.table)
        let lifted = linked.rows.flatMap(\.quotes).map(\.text)
        #expect(!lifted.contains { $0.hasPrefix("lyftet ger") })
    }

    @Test func quotesPerCategoryCanBeFewer() throws {
        let report = try Self.bundledReport(quotes: 1)
        #expect(Self.questions(report).flatMap(\.tables).flatMap(\.table.rows).allSatisfy { $0.quotes.count <= 1 })
        #expect(Self.questions(report).flatMap(\.tables).flatMap(\.table.rows).contains { $0.quotes.count == 1 })
    }

    @Test func findingsCanBeSwitchedOff() throws {
        let report = try Self.bundledReport(findings: false)
        #expect(Self.questions(report).allSatisfy { $0.tables.allSatisfy(\.findings.isEmpty) && $0.answeredLine != nil })
        #expect(report.summary.count == 1)
        let lankats = try #require(Self.questions(report).first { $0.id == "lankats" })
        #expect(lankats.answeredLine == "Alla sju kommuner har svarat på frågan.")
        #expect(!ReportHTML.render(report).contains("class=\"findings\""))
    }

    @Test func htmlIsSelfContainedAndAccessible() throws {
        let html = ReportHTML.render(try Self.bundledReport())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\""))
        #expect(!html.contains("<link"))
        #expect(!html.contains("url("))
        // Headings in order: one h1, then no level skipped on the way down.
        let levels = html.components(separatedBy: "<h").dropFirst().compactMap { $0.first?.wholeNumberValue }
        #expect(levels.first == 1)
        #expect(levels.filter { $0 == 1 }.count == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "h\(previous) followed by h\(next)")
        }
        // Tables with captions and header cells, charts with a text alternative.
        let tables = html.components(separatedBy: "<table>").count - 1
        #expect(tables == 21)
        #expect(html.components(separatedBy: "<table>\n<caption>").count - 1 == tables)
        #expect(html.contains("<caption>Tabell 3 Pilotomgång år 2</caption>\n<thead><tr><th scope=\"col\">"))
        #expect(html.contains("<th scope=\"row\">Matematiklyftet</th>"))
        #expect(html.components(separatedBy: "<svg class=\"chart\" role=\"img\" aria-label=\"Stapeldiagram över andelarna i ").count - 1 >= 20)
        #expect(html.contains("aria-label=\"Stapeldiagram över andelarna i Tabell 3 Pilotomgång år 2: Matematiklyftet 86%, Redan befintliga kompetensutvecklingsinsatser eller övergripande projekt. 71%, Systematiska kvalitetsarbetet 57%.\""))
        // Print: A4, the title in the running header, page numbers, nothing split.
        #expect(html.contains("size: A4;"))
        #expect(html.contains("@top-center { content: \"Årlig rapport år 2 – SKL Matematik PISA 2015\";"))
        #expect(html.contains("@bottom-center { content: \"Sida \" counter(page) \" av \" counter(pages);"))
        #expect(html.contains("break-after: avoid"))
        #expect(html.contains("<nav class=\"toc\" aria-labelledby=\"innehall\">"))
        #expect(html.contains("<figure class=\"quote\"><blockquote><p>"))
    }

    @Test func tableOfContentsTakesPageNumbers() throws {
        let report = try Self.bundledReport()
        let pages = Dictionary(uniqueKeysWithValues: report.contents.enumerated().map { ($0.element.anchor, $0.offset + 3) })
        let html = ReportHTML.render(report, pageNumbers: .pages(pages))
        #expect(html.contains("<li><a href=\"#sammanfattning\"><span class=\"entry\">Sammanfattning</span><span class=\"leader\" aria-hidden=\"true\"></span><span class=\"page\">3</span></a></li>"))
        #expect(html.contains("<li><a href=\"#bilaga\"><span class=\"entry\">Bilaga: Bortfall och kompletteringar</span><span class=\"leader\" aria-hidden=\"true\"></span><span class=\"page\">8</span></a></li>"))
        #expect(ReportHTML.render(report, pageNumbers: .placeholder).contains("<span class=\"page\">000</span>"))
        #expect(!ReportHTML.render(report).contains("<span class=\"page\">"))
    }

    /// The title in the running header is a CSS string: quotes, backslashes and `<` cannot end it or the style element.
    @Test func runningHeaderTitleIsEscaped() {
        #expect(ReportHTML.cssString("A \"B\" \\ </style>\u{1B}") == "\"A \\\"B\\\" \\\\ \\3C /style>␛\"")
        #expect(ReportHTML.cssString("A \"\u{301}B") == "\"A \\\"\u{301}B\"")
        #expect(MarkdownTables.escape("a |\u{301} b <\u{301}") == "a \\|\u{301} b \\<\u{301}")
    }

    @Test func markdownHasTheTablesQuotesAndAppendix() throws {
        let markdown = ReportMarkdown.render(try Self.bundledReport())
        // The title page: the form's title, then its programme and the period it covers.
        #expect(markdown.hasPrefix("# Årlig rapport år 2 – SKL Matematik PISA 2015\n\nMatematik PISA 2015 · Period: 2013-02-01 – 2014-01-15\n\n## Sammanfattning\n"))
        #expect(markdown.contains("## 4. SKL:s satser för styrning och ledning"))
        #expect(markdown.contains("| Matematiklyftet | 6 | 86% |"))
        #expect(markdown.contains("*Tabell 3 Pilotomgång år 2*"))
        #expect(markdown.contains("\nSex av sju kommuner nämner ”Matematiklyftet”. Fem kommuner nämner ”Redan befintliga kompetensutvecklingsinsatser eller övergripande projekt”.\n"))
        #expect(markdown.contains("\n> ”"))
        #expect(markdown.contains("\n## Bilaga: Bortfall och kompletteringar\n"))
        #expect(markdown.contains("\n- Sollentuna har inte svarat på frågan.\n"))
        // Headings do not skip a level.
        let levels = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }.map { $0.prefix { $0 == "#" }.count }
        for (previous, next) in zip(levels, levels.dropFirst()) { #expect(next <= previous + 1) }
    }

    /// For Word: sections as level-1 headings with bookmarks, a table-of-contents field, captions pandoc reads, charts as pictures.
    @Test func markdownForPandoc() throws {
        let report = try Self.bundledReport()
        let markdown = ReportMarkdown.render(report, dialect: .pandoc(charts: ["tabell-3": "diagram-tabell-3.png"]))
        #expect(!markdown.contains("\n# Årlig rapport"))
        #expect(markdown.contains("\n# Sammanfattning {#sammanfattning}\n"))
        #expect(markdown.contains("\n# 2. Kommunens organisation samt hemmaplansarbete {#avsnitt-organisation}\n"))
        #expect(markdown.contains("\n## Hur har kommunen organiserat arbetet?\n"))
        #expect(markdown.contains("\n: Tabell 3 Pilotomgång år 2\n"))
        #expect(markdown.contains("\n![Stapeldiagram över andelarna i Tabell 3 Pilotomgång år 2: Matematiklyftet 86%,"))
        #expect(markdown.contains("](diagram-tabell-3.png){width=15cm}\n"))
        #expect(markdown.contains("<w:instrText xml:space=\"preserve\"> TOC \\o \"1-1\" \\h \\z \\u </w:instrText>"))
        #expect(markdown.contains("<w:hyperlink w:anchor=\"bilaga\" w:history=\"1\"><w:r><w:t xml:space=\"preserve\">Bilaga: Bortfall och kompletteringar</w:t></w:r></w:hyperlink>"))
    }

    /// The bundled answers, by question and respondent, as the responses hold them.
    static func answers() throws -> [String: [String: String]] {
        let form = try #require(FormLoader.load(path: repository.appendingPathComponent("forms/arsrapport-ar2.yaml").path).validForm)
        let set = ResponseSet.load(from: ResponseStore(root: repository.appendingPathComponent("responses").path), form: form)
        var answers: [String: [String: String]] = [:]
        for item in set.items {
            guard let response = item.result.response else { continue }
            for question in form.questions {
                if let text = response.countedValue(of: question.id)?.text { answers[question.id, default: [:]][item.location.respondent] = text }
            }
        }
        return answers
    }
}
