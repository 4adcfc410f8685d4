import Foundation
import SurveyYAML

/// Respondent counts per category: what a published table shows ("Matematiklyftet 6 86%").
///
/// A respondent is in every category any of its statements is in; the share is over the
/// respondents who answered (those with at least one statement in the coding).
public struct CodingSummary: Hashable, Sendable {
    public struct CategoryCount: Hashable, Sendable {
        public var id: String
        public var label: String
        public var terms: [String]
        /// Respondents with a statement here, in the order they first appear in the coding.
        public var respondents: [String]
        public var statements: [CodedStatement]
        /// `respondents.count` over the respondents who answered; 0 when nobody answered.
        public var share: Double
    }

    public var question: String
    /// How many respondents answered (non-empty answers).
    public var answered: Int
    /// The codebook's categories in its order, each with its respondents and statements.
    public var categories: [CategoryCount]
    /// Statements in no category ("Övrigt").
    public var uncategorized: [CodedStatement]
    /// Respondents with at least one uncategorized statement.
    public var uncategorizedRespondents: [String]

    public init(codebook: Codebook, coding: Coding) {
        question = coding.question.isEmpty ? codebook.question : coding.question
        let answeredRespondents = coding.respondents
        answered = answeredRespondents.count
        var membersByID: [String: [CodedStatement]] = [:]
        var uncategorized: [CodedStatement] = []
        for statement in coding.statements {
            if statement.categories.isEmpty { uncategorized.append(statement) }
            var seen = Set<String>()
            for id in statement.categories where seen.insert(id).inserted {
                membersByID[id, default: []].append(statement)
            }
        }
        let total = answered
        categories = codebook.categories.map { category in
            let statements = membersByID[category.id] ?? []
            let respondents = Self.distinct(statements.map(\.respondent))
            return CategoryCount(id: category.id, label: category.label, terms: category.terms, respondents: respondents,
                                 statements: statements, share: total > 0 ? Double(respondents.count) / Double(total) : 0)
        }
        self.uncategorized = uncategorized
        uncategorizedRespondents = Self.distinct(uncategorized.map(\.respondent))
    }

    private static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    /// A share as the report writes it: a whole percentage, halves rounded up ("86%").
    public static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded(.toNearestOrAwayFromZero)))%"
    }

    /// The summary as JSON, keys in this order:
    /// `{"question", "answered", "categories": [{"id", "label", "terms", "respondents",
    /// "statements": [{"respondent", "text", "score", "review"}]}], "uncategorized":
    /// [{"respondent", "text", "review"}]}`. A staff-placed statement has `"score": null` and
    /// `"review": false`; `review` is false also where the coder coded a statement automatically.
    public func json() -> String {
        var out = "{\n"
        out += "  \"question\": \(Self.quoted(question)),\n"
        out += "  \"answered\": \(answered),\n"
        out += "  \"categories\": ["
        out += categories.map { category in
            var item = "\n    {\n"
            item += "      \"id\": \(Self.quoted(category.id)),\n"
            item += "      \"label\": \(Self.quoted(category.label)),\n"
            item += "      \"terms\": [\(category.terms.map(Self.quoted).joined(separator: ", "))],\n"
            item += "      \"respondents\": [\(category.respondents.map(Self.quoted).joined(separator: ", "))],\n"
            item += "      \"statements\": ["
            item += category.statements.map { statement in
                let score = statement.score.map { CodedStatement.format(score: $0) } ?? "null"
                return "\n        {\"respondent\": \(Self.quoted(statement.respondent)), \"text\": \(Self.quoted(statement.text)), \"score\": \(score), \"review\": \(statement.awaitsReview)}"
            }.joined(separator: ",")
            item += category.statements.isEmpty ? "]\n    }" : "\n      ]\n    }"
            return item
        }.joined(separator: ",")
        out += categories.isEmpty ? "],\n" : "\n  ],\n"
        out += "  \"uncategorized\": ["
        out += uncategorized.map { statement in
            "\n    {\"respondent\": \(Self.quoted(statement.respondent)), \"text\": \(Self.quoted(statement.text)), \"review\": \(statement.awaitsReview)}"
        }.joined(separator: ",")
        out += uncategorized.isEmpty ? "]\n" : "\n  ]\n"
        out += "}\n"
        return out
    }

    /// A plain-text table like the report's: category, Antal (respondents), Andel (share of
    /// those who answered), then "Övrigt" for uncategorized statements, if any, and the
    /// number who answered.
    public func table(title: String = "Kategori") -> String {
        var rows: [(String, String, String)] = categories.map { ($0.label, String($0.respondents.count), Self.percent($0.share)) }
        if !uncategorizedRespondents.isEmpty {
            let share = answered > 0 ? Double(uncategorizedRespondents.count) / Double(answered) : 0
            rows.append(("Övrigt", String(uncategorizedRespondents.count), Self.percent(share)))
        }
        let header = (title, "Antal", "Andel")
        let footer = ("Svarande", String(answered), "")
        let all = [header] + rows + [footer]
        let labelWidth = all.map { $0.0.count }.max() ?? 0
        let countWidth = all.map { $0.1.count }.max() ?? 0
        let shareWidth = all.map { $0.2.count }.max() ?? 0
        func line(_ row: (String, String, String)) -> String {
            let label = row.0 + String(repeating: " ", count: labelWidth - row.0.count)
            let count = String(repeating: " ", count: countWidth - row.1.count) + row.1
            let share = String(repeating: " ", count: shareWidth - row.2.count) + row.2
            return "\(label)  \(count)  \(share)".replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        return all.map(line).joined(separator: "\n") + "\n"
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        JSONString.quoted(text)
    }
}
