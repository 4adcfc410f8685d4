import Foundation
import Testing
@testable import SurveyCoder
import SurveyForm
import SurveyResponses

/// The coder's first proposal on the bundled pilot answers, read as staff would print it.
struct PilotLabelTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Proposal {
        var question: String
        var labels: [String]
        /// Each category's statements (respondent and text), in the order of `labels`.
        var statements: [Set<String>]
        /// Each published row with the label of the category that matches it best (Jaccard ≥ 1/2), if any.
        var rows: [(published: String, proposed: String?)]
    }

    static func proposals() throws -> [Proposal] {
        let form = try #require(FormLoader.load(path: repository.appendingPathComponent("forms/arsrapport-ar2.yaml").path).validForm)
        let set = ResponseSet.load(from: ResponseStore(root: repository.appendingPathComponent("responses").path), form: form)
        let glossary = try Glossary.load(path: repository.appendingPathComponent("forms/glossary.yaml").path)
        let coder = try Coder(glossary: glossary)
        let codes = repository.appendingPathComponent("responses/codes")
        var result: [Proposal] = []
        for question in form.questions where question.isCodable {
            let gold = try Codebook.load(path: codes.appendingPathComponent("\(question.id).codebook.yaml").path)
            let goldCoding = try Coding.load(path: codes.appendingPathComponent("\(question.id).coding.yaml").path)
            let published = CodingSummary(codebook: gold, coding: goldCoding).categories.filter { !$0.respondents.isEmpty }
            let proposal = try coder.code(set.answers(to: question, in: form), question: question.id,
                                          topic: form.program.map { [$0] } ?? []).summary
            // Published rows and categories paired one to one by overlap, as in `survey-bench coder-swedish`.
            let size = max(published.count, proposal.categories.count)
            var cost = [[Double]](repeating: [Double](repeating: 1, count: size), count: size)
            for (i, row) in published.enumerated() {
                for (j, category) in proposal.categories.enumerated() {
                    let a = Set(row.respondents), b = Set(category.respondents)
                    cost[i][j] = 1 - Double(a.intersection(b).count) / Double(a.union(b).count)
                }
            }
            let pairing = size > 0 ? HungarianAlgorithm.minimumCostAssignment(cost) : []
            let rows = published.enumerated().map { i, row -> (String, String?) in
                let j = pairing[i]
                return (row.label, j < proposal.categories.count && cost[i][j] <= 0.5 ? proposal.categories[j].label : nil)
            }
            result.append(Proposal(question: question.id, labels: proposal.categories.map(\.label),
                                   statements: proposal.categories.map { Set($0.statements.map { "\($0.respondent): \($0.text)" }) },
                                   rows: rows))
        }
        return result
    }

    @Test func noLabelIsALoneVerbOrFunctionWord() throws {
        let classes = try WordClasses(language: .swedish, stopWords: StopWords(language: .swedish))
        let labels = try Self.proposals().flatMap(\.labels)
        #expect(labels.count >= 40)
        for label in labels {
            let words = Tokenizer(language: .swedish).tokens(in: label)
            #expect(words.count >= 1 && words.count <= 6, "label '\(label)' has \(words.count) words")
            if words.count == 1 {
                #expect(classes.isContent(words[0]), "label '\(label)' is a lone \(classes.classify(words[0]))")
            }
        }
    }

    @Test func labelsOfOneQuestionDiffer() throws {
        for proposal in try Self.proposals() {
            #expect(Set(proposal.labels.map(Tokenizer.normalize)).count == proposal.labels.count, "\(proposal.question): \(proposal.labels)")
        }
    }

    /// A row whose every statement another row counts too only repeats part of it ("Träffar"
    /// inside "Tid" on `svarigheter`, both holding "Det är svårt att hitta tid för träffar").
    @Test func noCategoryLiesWithinAnother() throws {
        for proposal in try Self.proposals() {
            for (i, inner) in proposal.statements.enumerated() {
                for (j, outer) in proposal.statements.enumerated() where i != j {
                    #expect(!inner.isSubset(of: outer), "\(proposal.question): '\(proposal.labels[i])' lies within '\(proposal.labels[j])'")
                }
            }
        }
    }

    @Test func aPublishedRowsCategoryIsNamedWithItsWords() throws {
        let stemmer = try #require(Stemmer(language: .swedish))
        let stopWords = try StopWords(language: .swedish)
        func stems(_ text: String) -> [[Unicode.Scalar]] {
            Tokenizer(language: .swedish).tokens(in: text).filter { !stopWords.contains($0) }.map { Array(stemmer.stem($0).unicodeScalars) }
        }
        var matched = 0
        var named: [String] = []
        var otherwise: [String] = []
        for proposal in try Self.proposals() {
            for row in proposal.rows {
                guard let label = row.proposed else { continue }
                matched += 1
                // Words match as forms of one word, or as a compound and its part ("inriktning", "matematikinriktning").
                let shared = stems(label).contains { word in
                    stems(row.published).contains { other in
                        word == other || StemFamilies.sameWord(word, other)
                            || (min(word.count, other.count) >= 4 && (other.starts(with: word) || word.starts(with: other)
                                || other.reversed().starts(with: word.reversed()) || word.reversed().starts(with: other.reversed())))
                    }
                }
                if shared { named.append(label) } else { otherwise.append("\(proposal.question): '\(row.published)' as '\(label)'") }
            }
        }
        // The published rows the coder proposes a category for (about 35 of the 54 with two
        // respondents or more), and their labels: "Matematiklyftet", "Systematiska
        // kvalitetsarbetet", "Kritiska vänner" … A few name the same statements by another of
        // their words ("Givande och inspirerande" as "Konferenserna").
        #expect(matched >= 30)
        #expect(named.contains("Matematiklyftet") && named.contains("Systematiska kvalitetsarbetet") && named.contains("Kritiska vänner"))
        #expect(Double(named.count) >= 0.85 * Double(matched), "named otherwise: \(otherwise)")
    }
}
