extension Coder {
    /// A coding scored again after people decided some of it: what `survey review` asks next.
    public struct Rescoring: Hashable, Sendable {
        /// The coding with new scores and `review` marks; statements the coder is now sure of
        /// (`review: false`) are in the category it is sure of, the rest stay where they were.
        public var coded: CodedQuestion
        /// For each statement not decided by staff, the categories the coder would put it in now
        /// (empty: Övrigt).
        public var suggestions: [StatementKey: [String]]
        /// How likely the coder finds its suggestion's first category (Övrigt: "nothing"), where it learned.
        public var suggestionProbabilities: [StatementKey: Double] = [:]
        /// For each statement not decided by staff, the share of its words no person placed
        /// (`CodingRun.unconfirmedShares`), where the coder learned.
        public var unconfirmedShares: [StatementKey: Double] = [:]
        /// The expected accuracy of the statements coded automatically, when there are such.
        public var estimatedAccuracy: Double?
        /// Whether the coder had people's decisions to learn from.
        public var learned: Bool
        /// The classifier as fitted, so the next re-scoring of the same statements starts from it.
        var models: SupervisedPlacement.Models?
    }

    /// Learns from the staff decisions in `coded` (and `training`, such as last year's coding)
    /// and scores every other statement again, keeping the codebook as it is.
    ///
    /// With enough decisions (`CodingRun.minimumExamplesPerCategory` a category) a classifier
    /// learns them; with fewer, the categories' centres suggest (no probabilities then, and
    /// nothing coded automatically). Nothing moves unless the coder is sure of it: a statement
    /// it would place elsewhere but is unsure of stays where it was, with its suggestion and a score that says how likely its
    /// present category is (low, so it comes early in review). Staff decisions are never changed.
    ///
    /// - Parameter previous: the re-scoring before the last decision; its classifier is where
    ///   this one starts, which makes a re-scoring after one more decision quick.
    public func rescore(_ coded: CodedQuestion, topic: [String] = [], training: TrainingSet = TrainingSet(),
                        previous: Rescoring? = nil) throws(CoderError) -> Rescoring {
        let keys = coded.coding.statements.map(\.key)
        let examples = TrainingSet.from(coded.coding, categories: coded.codebook.categories).adding(training)
        var run = try CodingRun(options: options, stopWords: stopWords, glossary: glossary, keys: keys, topic: topic,
                                codebook: coded.codebook, previous: coded.coding, training: examples)
        run.weigh(progress: { _ in })
        run.learn(targetAccuracy: options.targetAccuracy, warmStart: previous?.models, progress: { _ in })
        var suggestions: [StatementKey: [String]] = [:]
        var suggestionProbabilities: [StatementKey: Double] = [:]
        let ids = coded.codebook.categories.map(\.id)
        guard let probabilities = run.learnedProbabilities else {
            // Too few decisions for a classifier: the categories' centres (their statements, staff
            // decisions among them) suggest, as when coding into a codebook. Scores and places stay.
            run.assignToCodebook(progress: { _ in })
            // What staff placed word for word is coded as they placed it here too (as `learn` does).
            let nothing = ids.count
            let placedAlike = run.staffClassesOfTheSameText(nothing: nothing)
            var result = coded
            for (index, statement) in coded.coding.statements.enumerated() where !statement.decidedByStaff {
                if let classes = placedAlike[index] {
                    let placed = classes.filter { $0 != nothing }.map { ids[$0] }
                    suggestions[statement.key] = placed
                    var updated = statement
                    updated.categories = placed
                    updated.score = 1
                    updated.needsReview = false
                    result.coding.statements[index] = updated
                    continue
                }
                let best = run.codebookCategory[index]
                // The centres name one category; a statement that names two stays in both.
                suggestions[statement.key] = Self.suggestion(best >= 0 ? [ids[Int(best)]] : [], keepingCategoriesOf: statement)
            }
            return Rescoring(coded: result, suggestions: suggestions, estimatedAccuracy: nil, learned: false, models: nil)
        }
        var result = coded
        let unconfirmed = run.unconfirmedShares()
        var unconfirmedShares: [StatementKey: Double] = [:]
        for (index, statement) in coded.coding.statements.enumerated() where !statement.decidedByStaff {
            unconfirmedShares[statement.key] = unconfirmed[index]
            // A non-answer is Övrigt whatever the classifier finds most like it.
            if run.saysNothing[index] {
                suggestions[statement.key] = []
                continue
            }
            let distribution = probabilities[index]
            let automatic = !run.needsReview[index]
            let top = distribution.indices.max { distribution[$0] < distribution[$1] } ?? 0
            // A statement in Övrigt that is no more like its likeliest category's examples than
            // chance stays there: a classifier that never saw "coded as nothing" finds every
            // statement some category, however unrelated ("Vi har fått ett nytt telefonsystem").
            let knowsNothing = distribution.count > ids.count
            if statement.categories.isEmpty, !knowsNothing, !run.learnedFits[index] {
                suggestions[statement.key] = []
                var updated = statement
                updated.needsReview = true
                result.coding.statements[index] = updated
                continue
            }
            var suggested = top < ids.count
                ? [ids[top]] + run.learnedFurther[index].map { ids[Int($0)] }
                : []
            // Unsure: a statement that names two things stays in both.
            if !automatic { suggested = Self.suggestion(suggested, keepingCategoriesOf: statement) }
            suggestions[statement.key] = suggested
            suggestionProbabilities[statement.key] = distribution[top]
            var updated = statement
            if automatic { updated.categories = suggested }
            // The score is how likely the first category it is in is (Övrigt: "nothing", or the
            // chance it fits no category the coder knows).
            let first = updated.categories.first.flatMap { ids.firstIndex(of: $0) } ?? (distribution.count > ids.count ? ids.count : nil)
            updated.score = CodingRun.rounded(first.map { distribution[$0] } ?? (1 - (distribution.max() ?? 0)))
            updated.needsReview = !automatic
            result.coding.statements[index] = updated
        }
        return Rescoring(coded: result, suggestions: suggestions, suggestionProbabilities: suggestionProbabilities,
                         unconfirmedShares: unconfirmedShares, estimatedAccuracy: run.estimatedAccuracy, learned: true,
                         models: run.learnedModels)
    }

    /// A suggestion whose first category is one the statement is in already keeps its other
    /// categories too: accepting it must not drop a category the statement rightly has.
    static func suggestion(_ suggested: [String], keepingCategoriesOf statement: CodedStatement) -> [String] {
        guard let first = suggested.first, statement.categories.contains(first) else { return suggested }
        return [first] + statement.categories.filter { $0 != first }
    }
}
