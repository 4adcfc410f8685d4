import ArgumentParser
import Foundation
import SurveyCoder
import SurveyForm
import SurveyResponses
import SurveyText
import SurveyYAML

extension SurveyCommand {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Review a question's categories at the terminal: rename, merge, split, move statements, mark final.",
            discussion: """
            Reads QUESTION.codebook.yaml and QUESTION.coding.yaml from the codes folder and shows the \
            categories. Commands (Swedish, with English names): lista/list, visa/show N, namn/rename N LABEL, \
            ihop/merge N M, dela/split N 1,3 LABEL, flytta/move N.S M, ny/new LABEL, klar/final N, \
            inte-klar/unfinal N, hjälp/help, sluta/quit. Each change is saved at once, atomically; statements \
            staff place are marked decided: staff and a re-run of survey code keeps them.
            """
        )

        @Argument(help: "The form.")
        var form: String

        @Argument(help: "The responses folder.")
        var responses: String

        @Option(help: "The question to review.")
        var question: String

        @Option(help: "Folder of codebooks and codings (default: RESPONSES/codes).")
        var codes: String?

        @OptionGroup var diagnosticOptions: DiagnosticOptions

        func run() throws {
            var output = DiagnosticOutput(color: diagnosticOptions.color)
            defer { output.finish() }
            let loaded = try FormInput.load(form, output: &output)
            guard let found = loaded.question(withID: question) else {
                let hint = Suggestion.closest(to: question, in: loaded.questions.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
                throw ValidationError("The form has no question '\(question)'\(hint)")
            }
            // A missing responses folder is said as such, before anything is looked for in it.
            let set = try ResponsesInput.load(responses, form: loaded, output: &output)
            let folder = codes ?? (responses as NSString).appendingPathComponent(ResponseStore.codesFolderName)
            let codebookPath = (folder as NSString).appendingPathComponent("\(question).codebook.yaml")
            let codingPath = (folder as NSString).appendingPathComponent("\(question).coding.yaml")
            guard FileManager.default.fileExists(atPath: codebookPath), FileManager.default.fileExists(atPath: codingPath) else {
                throw ValidationError("\(question) is not coded yet (no \(codebookPath)); run `survey code \(form) \(responses) --question \(question)` first.")
            }
            var coded: CodedQuestion
            do {
                let book = try Codebook.load(path: codebookPath)
                coded = CodedQuestion(codebook: book, coding: try Coding.load(path: codingPath, categories: Set(book.categoryIDs)))
            } catch {
                for path in [codebookPath, codingPath] { if let source = try? SourceText.load(path: path) { output.add(source) } }
                output.print(error.diagnostics)
                throw ExitCode.failure
            }
            let answered = set.answers(to: found, in: loaded).count
            let title = found.table.map { table in table.number.map { "Tabell \($0): \(table.title)" } ?? table.title } ?? found.qualifiedText
            var console = ReviewConsole(coded: coded, title: title, answered: answered, noun: RespondentNoun.of(form: loaded))
            // Categories and statements come from answers: shown, never sent raw to the terminal.
            print(TextSafety.displayable(console.listing) + "Skriv hjälp för att se kommandona.")
            while true {
                print("> ", terminator: "")
                fflush(nil)
                guard let line = readLine(strippingNewline: true) else {
                    print("\nAllt är sparat.")
                    return
                }
                let outcome = console.handle(line)
                if outcome.changed {
                    do {
                        try AtomicFile.write(try console.coded.codebook.yaml(), toPath: codebookPath)
                        try AtomicFile.write(try console.coded.coding.yaml(), toPath: codingPath)
                        coded = console.coded
                    } catch {
                        output.print([error])
                        print("Ändringen kunde inte sparas; filerna är som före ändringen.")
                        console = ReviewConsole(coded: coded, title: title, answered: answered, noun: console.noun)
                        continue
                    }
                }
                print(TextSafety.displayable(outcome.text), terminator: "")
                if outcome.quit { return }
            }
        }
    }

    struct Agree: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two codings of the same answers: agreement per category, Cohen's kappa, Krippendorff's alpha.",
            discussion: """
            A and B are coding files (QUESTION.coding.yaml) of the same question, e.g. by two staff members, \
            or by staff and the coder. Units are statements (matched by respondent and text) or whole answers \
            (--unit answers). Reported: per category, the share of units where both agree on membership, \
            Cohen's kappa and Krippendorff's alpha (nominal); overall, identical category sets, kappa and nominal \
            alpha with each set as one value, and Krippendorff's alpha with the MASI distance for the \
            multi-label case. Categories are paired by id, then by label (from the codebooks beside A and B), \
            and the report says which. Codings of different questions are refused (exit 2). The report is in Swedish.
            """
        )

        @Argument(help: "The first coding file.")
        var first: String

        @Argument(help: "The second coding file.")
        var second: String

        @Option(help: "What is compared: statements or answers.")
        var unit: AgreementUnit = .statements

        @Option(help: "Output format: text or json.")
        var format: ReportFormat = .text

        @OptionGroup var diagnosticOptions: DiagnosticOptions

        func run() throws {
            var output = DiagnosticOutput(color: diagnosticOptions.color)
            defer { output.finish() }
            let a = try load(first, output: &output)
            let b = try load(second, output: &output)
            if a.question != b.question {
                StandardError.write(TextSafety.displayable(
                    "Kodningarna gäller olika frågor: A (\(first)) gäller '\(a.question)', B (\(second)) gäller '\(b.question)'. Jämför två kodningar av samma fråga.\n"))
                throw ExitCode(2)
            }
            let firstLabels = Self.labels(beside: first)
            let secondLabels = Self.labels(beside: second)
            // Categories are paired by id, then by label, so a category renamed or made anew in review still meets its twin.
            let matching = CategoryMatching(first: a, firstLabels: firstLabels, second: b, secondLabels: secondLabels)
            let agreement = Agreement(a, matching.translating(b), unit: unit == .answers ? .answers : .statements)
            let labels = secondLabels.merging(firstLabels) { _, first in first }
            switch format {
            case .text: print(TextSafety.displayable(agreement.report(labels: labels, matching: matching)), terminator: "")
            case .json: print(AgreementJSON.render(agreement, labels: labels, matching: matching), terminator: "")
            }
        }

        /// The labels of the codebook beside a coding file (QUESTION.codebook.yaml), if there is one.
        private static func labels(beside codingPath: String) -> [String: String] {
            guard codingPath.hasSuffix(".coding.yaml") else { return [:] }
            let codebookPath = String(codingPath.dropLast(".coding.yaml".count)) + ".codebook.yaml"
            guard let book = try? Codebook.load(path: codebookPath) else { return [:] }
            return Dictionary(book.categories.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        }

        private func load(_ path: String, output: inout DiagnosticOutput) throws -> Coding {
            do {
                return try Coding.load(path: path)
            } catch {
                if let source = try? SourceText.load(path: path) { output.add(source) }
                output.print(error.diagnostics)
                throw ExitCode.failure
            }
        }
    }
}

enum AgreementUnit: String, ExpressibleByArgument, CaseIterable {
    case statements, answers
}

/// The agreement figures as JSON; undefined figures (one value throughout) are null.
enum AgreementJSON {
    private struct Document: Encodable {
        var unit: String
        var units: Int
        var onlyInFirst: Int
        var onlyInSecond: Int
        var identical: Double
        var kappa: Double?
        var alphaNominal: Double?
        var alphaMASI: Double?
        var categories: [Category]
    }

    private struct Category: Encodable {
        var id: String
        var label: String
        /// How the category was paired with B's: "id" or "label"; absent when only one coding has it.
        var matchedBy: String?
        /// B's id for a category paired by label.
        var idInB: String?
        var first: Int
        var second: Int
        var both: Int
        var agreement: Double
        var kappa: Double?
        var alpha: Double?
    }

    static func render(_ agreement: Agreement, labels: [String: String], matching: CategoryMatching) -> String {
        let pairs = Dictionary(matching.pairs.map { ($0.first, $0) }, uniquingKeysWith: { a, _ in a })
        let document = Document(
            unit: agreement.unit.rawValue, units: agreement.units, onlyInFirst: agreement.onlyInFirst,
            onlyInSecond: agreement.onlyInSecond, identical: agreement.exactAgreement, kappa: agreement.kappa,
            alphaNominal: agreement.alphaNominal, alphaMASI: agreement.alphaMASI,
            categories: agreement.categories.map {
                Category(id: $0.id, label: labels[$0.id] ?? $0.id, matchedBy: pairs[$0.id]?.basis.rawValue,
                         idInB: pairs[$0.id].flatMap { $0.basis == .label ? $0.second : nil },
                         first: $0.first, second: $0.second, both: $0.both,
                         agreement: $0.observed, kappa: $0.kappa, alpha: $0.alpha)
            }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return JSONString.escapingUnsafe(inEncoded: String(decoding: data, as: UTF8.self)) + "\n"
    }
}
