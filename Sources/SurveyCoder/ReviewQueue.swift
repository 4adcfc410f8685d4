/// The order in which `survey review` asks about statements, and how far the coding has come.
///
/// A person's time goes furthest on the statements the coder is least sure of and whose answer
/// most changes the tables (expected-change sampling, as in active learning): each statement
/// awaiting review is ranked by the chance the coder is wrong (1 − its score, the calibrated
/// probability of its first category once the coder has learned) times how many table cells a
/// different answer would change: one for the category it would go to, and one for each of its
/// present categories where it is its respondent's only statement (elsewhere the respondent is
/// counted anyway). A statement without a score counts as even odds; one whose suggestion is
/// not where it is counts as wrong. Ties keep the coding's order, so the queue is the same on
/// every run.
public enum ReviewQueue {
    /// How sure the coder counts as being of a statement it has not scored (one left in Övrigt
    /// before it learned, or that fits no category it knows): as likely right as wrong.
    static let unknownScore = 0.5

    /// One statement to decide.
    public struct Item: Hashable, Sendable {
        public var key: StatementKey
        /// Where it is now (empty: Övrigt).
        public var categories: [String]
        /// Where the coder would put it (empty: Övrigt).
        public var suggestion: [String]
        /// How sure the coder is of its first category; nil when it has not said (Övrigt before it learned).
        public var score: Double?
        /// The chance the coder is wrong times the table cells a different answer would change.
        public var priority: Double
    }

    /// How far the coding has come, as the progress line says it.
    public struct Progress: Hashable, Sendable {
        public var decidedByStaff: Int
        public var codedAutomatically: Int
        public var leftToReview: Int
        public var estimatedAccuracy: Double?

        /// The progress in Swedish, as `survey code` and `survey review` print it:
        /// "Beslutade: 12 · kodade automatiskt: 230 (uppskattad träffsäkerhet 96 %) · kvar att granska: 45".
        public var line: String {
            var text = "Beslutade: \(decidedByStaff) · kodade automatiskt: \(codedAutomatically)"
            if let estimatedAccuracy {
                text += " (uppskattad träffsäkerhet \(Int((estimatedAccuracy * 100).rounded(.down))) %)"
            }
            return text + " · kvar att granska: \(leftToReview)"
        }

        public init(_ coding: Coding, estimatedAccuracy: Double?) {
            decidedByStaff = coding.statements.count(where: \.decidedByStaff)
            codedAutomatically = coding.statements.count(where: { !$0.decidedByStaff && $0.needsReview == false })
            leftToReview = coding.statements.count - decidedByStaff - codedAutomatically
            self.estimatedAccuracy = codedAutomatically > 0 ? estimatedAccuracy : nil
        }
    }

    /// The statements awaiting review (`awaitsReview`), most useful first. With
    /// `includingAutomatic`, the statements coded automatically follow them, least sure first:
    /// what a person checks once nothing is left to review. Among those equally sure (a score
    /// of 1.00 for hundreds), one in a category with most of its words unconfirmed comes first
    /// (`unconfirmedShares`, from `Coder.rescore`): its sureness rests least on what people
    /// placed, and a phrasing the coder is sure of and wrong about is found there.
    public static func items(_ coded: CodedQuestion, suggestions: [StatementKey: [String]] = [:],
                             unconfirmedShares: [StatementKey: Double] = [:], includingAutomatic: Bool = false) -> [Item] {
        let statements = coded.coding.statements
        // How many statements of each respondent are in each category.
        var held: [String: [String: Int]] = [:]
        for statement in statements {
            for category in statement.categories { held[statement.respondent, default: [:]][category, default: 0] += 1 }
        }
        func item(_ statement: CodedStatement) -> Item {
            let alone = statement.categories.count { held[statement.respondent]?[$0] == 1 }
            let suggestion = suggestions[statement.key] ?? statement.categories
            var wrong = 1 - (statement.score ?? Self.unknownScore)
            // Where what the coder suggests now is not where the statement is (before it learned:
            // the clustering and the nearest category centre disagree), it is taken as wrong and
            // asked about first (query by committee). On the pilot coding this takes review-effort
            // from 158 to 150 decisions of 241.
            if Set(suggestion) != Set(statement.categories) { wrong = 1 }
            return Item(key: statement.key, categories: statement.categories, suggestion: suggestion,
                        score: statement.score, priority: wrong * Double(1 + alone))
        }
        let waiting = statements.filter(\.awaitsReview).map(item)
        let ordered = waiting.enumerated()
            .sorted { $0.element.priority != $1.element.priority ? $0.element.priority > $1.element.priority : $0.offset < $1.offset }
            .map(\.element)
        guard includingAutomatic else { return ordered }
        // A remark coded as nothing has words of its own by nature ("Arkivet har flyttats"); a
        // statement in a category whose words no person placed is what may be misplaced.
        func unconfirmed(_ item: Item) -> Double { item.categories.isEmpty ? 0 : unconfirmedShares[item.key] ?? 0 }
        let automatic = statements.filter { !$0.decidedByStaff && $0.needsReview == false }.map(item)
            .enumerated()
            .sorted { lhs, rhs in
                let left = lhs.element.score ?? 0, right = rhs.element.score ?? 0
                if left != right { return left < right }
                let leftNew = unconfirmed(lhs.element), rightNew = unconfirmed(rhs.element)
                return leftNew != rightNew ? leftNew > rightNew : lhs.offset < rhs.offset
            }
            .map(\.element)
        return ordered + automatic
    }
}
