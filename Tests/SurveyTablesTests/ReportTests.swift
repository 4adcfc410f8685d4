import Foundation
import SurveyForm
import SurveyResponses
import SurveyTables
import SurveyYAML
import Testing

struct ReportTests {
    static let repository = PublishedTablesTests.repository

    static func bundledReport() throws -> Report {
        let form = try #require(FormLoader.load(path: repository.appendingPathComponent("forms/arsrapport-ar2.yaml").path).validForm)
        let register = RegisterLoader.load(path: repository.appendingPathComponent("forms/register-pisa-2015.yaml").path).validRegister
        let responses = repository.appendingPathComponent("responses").path
        let set = ResponseSet.load(from: ResponseStore(root: responses), form: form)
        let (codes, _) = CodeSet.load(folder: responses + "/codes", form: form)
        let tables = TableBuilder(form: form, responses: set, codes: codes, register: register).tables().tables
        let completeness = CompletenessChecker.check(form: form, responses: set, register: register, expectedRounds: ["pilot"])
        return Report.build(form: form, responses: set, tables: tables, completeness: completeness)
    }

    @Test func sectionsFollowTheForm() throws {
        let report = try Self.bundledReport()
        #expect(report.title == "Årlig rapport år 2 – SKL Matematik PISA 2015")
        #expect(report.sections.map(\.title) == [
            "Kommunens organisation samt hemmaplansarbete", "Kommunens operativa mål för 2015",
            "SKL:s satser för styrning och ledning", "Nätverksarbetet",
        ])
        #expect(report.summary.first == "Det är 7 kommuner som har svarat: Borås, Karlstad, Landskrona, Luleå, Sollentuna, Umeå och Uppsala.")
        // The annual report's first section is its introduction: the form numbers its sections from 2.
        #expect(report.sections.map(\.number) == [2, 3, 4, 5])
        // The theses are grouped under their headings, as in the report.
        let headings = report.sections[2].blocks.compactMap { block -> String? in
            if case let .heading(_, text) = block { return text }
            return nil
        }
        #expect(headings.prefix(3) == ["Gemensam ledning", "Ledningsnivåerna är sammanlänkade", "Det finns en tydlig uppdrags- och rollfördelning"])
    }

    @Test func remarksReadLikeTheStaffs() throws {
        let report = try Self.bundledReport()
        let questions = report.sections.flatMap(\.blocks).compactMap { block -> Report.QuestionReport? in
            if case .question(let question) = block { return question }
            return nil
        }
        let organised = try #require(questions.first { $0.id == "organiserat" })
        #expect(organised.remarks == ["Sollentuna har inte svarat på frågan."])
        #expect(organised.answeredLine == "6 av 7 kommuner har svarat på frågan.")
        #expect(organised.answers.count == 6)
        let measures = try #require(questions.first { $0.id == "satser.uppfoljning.atgarder" })
        #expect(measures.remarks == ["Uppsala har inte svarat på frågan och har inte bekräftat att den ska lämnas tom."])
        #expect(measures.tables.first?.caption == "Tabell 16 Pilotomgång år 2")
        let linked = try #require(questions.first { $0.id == "lankats" })
        #expect(linked.tables.first?.rows.first?.quotes.count == 2)
    }

    @Test func htmlIsSelfContained() throws {
        let html = ReportHTML.render(try Self.bundledReport())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\""))
        #expect(!html.contains("<link"))
        #expect(html.components(separatedBy: "<svg class=\"chart\"").count - 1 >= 20)
        #expect(html.contains("<figcaption>Tabell 3 Pilotomgång år 2</figcaption>"))
        #expect(html.contains("@media print"))
    }

    @Test func markdownHasTheTablesAndQuotes() throws {
        let markdown = ReportMarkdown.render(try Self.bundledReport())
        #expect(markdown.contains("## 4. SKL:s satser för styrning och ledning"))
        #expect(markdown.contains("| Matematiklyftet | 6 | 86% |"))
        #expect(markdown.contains("*Tabell 3 Pilotomgång år 2*"))
        #expect(markdown.contains("Sollentuna har inte svarat på frågan."))
    }

    /// Opens the report in a real headless browser (Chromium from Debian) and prints it to PDF
    /// and a screenshot; `.ci/run` installs Chromium.
    @Test func rendersInAHeadlessBrowser() throws {
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let browser = try #require(chromium, "no Chromium found; install Debian's chromium package (.ci/run does)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write(ReportHTML.render(try Self.bundledReport()), toPath: folder + "/rapport.html")
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                      "--user-data-dir=\(folder)/profile"]
        try Self.run(browser, common + ["--no-pdf-header-footer", "--print-to-pdf=\(folder)/rapport.pdf", "file://\(folder)/rapport.html"])
        try Self.run(browser, common + ["--window-size=1000,1400", "--screenshot=\(folder)/rapport.png", "file://\(folder)/rapport.html"])
        let pdf = try Data(contentsOf: URL(fileURLWithPath: folder + "/rapport.pdf"))
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        // Four sections, each starting a page when printed, and many tables: well over four pages.
        let text = String(decoding: pdf, as: UTF8.self)
        let counts = text.components(separatedBy: "/Count ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        let pages = try #require(counts.max(), "no page count in the PDF")
        #expect(pages >= 10, "\(pages) pages")
        let png = try Data(contentsOf: URL(fileURLWithPath: folder + "/rapport.png"))
        #expect(png.starts(with: Data([0x89, 0x50, 0x4E, 0x47])))
        // The PNG header holds width and height: the window we asked for.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1000)
        #expect(height == 1400)
        #expect(png.count > 20_000)
    }

    static func run(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(executable) \(arguments.joined(separator: " "))")
    }
}
