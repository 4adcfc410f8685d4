import ArgumentParser
import Foundation
import SurveyCoder
import SurveyText
import SurveyYAML

extension SurveyCommand {
    struct Agree: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Jämför två kodningar av samma svar: överensstämmelse per kategori, Cohens kappa, Krippendorffs alfa.",
            discussion: """
            A och B är kodningsfiler (FRÅGA.coding.yaml) för samma fråga, till exempel från två personer i \
            personalen, eller från personalen och kodaren. Enheterna är påståenden (parade efter svarande och \
            text) eller hela svar (--unit answers). Rapporten visar per kategori andelen enheter där båda är \
            överens om huruvida enheten hör till kategorin, Cohens kappa och Krippendorffs alfa (nominal); \
            totalt identiska kategoriuppsättningar, kappa och nominalt alfa med varje uppsättning som ett \
            värde, och Krippendorffs alfa med MASI-avståndet för fallet med flera kategorier per enhet. \
            Kategorierna paras ihop efter id och sedan efter etikett (från kodböckerna bredvid A och B), och \
            rapporten säger vilket. Kodningar av olika frågor avvisas (slutstatus 2). Rapporten är på svenska.
            """
        )

        @Argument(help: ArgumentHelp("Den första kodningsfilen.", valueName: "A"))
        var first: String

        @Argument(help: ArgumentHelp("Den andra kodningsfilen.", valueName: "B"))
        var second: String

        @Option(help: ArgumentHelp("Vad som jämförs: statements (påståenden) eller answers (hela svar).", valueName: "enhet"))
        var unit: AgreementUnit = .statements

        @Option(help: "Format för utdata: text eller json.")
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
