/// Codes the free-text answers to one question into categories.
///
/// ```swift
/// let coder = try Coder(options: CoderOptions(language: .swedish))
/// let result = try coder.code(answers, question: "lankats", codebook: lastYear, previous: saved)
/// try result.codebook.yaml()   // QUESTION.codebook.yaml
/// try result.coding.yaml()     // QUESTION.coding.yaml
/// result.summary.json()        // --format json
/// ```
///
/// Each answer is split into statements (or kept whole), statements are weighted by TF-IDF
/// over Snowball stems and in-word n-grams, and clustered (see `StatementClusterer`).
/// With a codebook, statements first join the category they are most similar to, when
/// similar enough; only the rest are clustered into new categories. Staff decisions in
/// `previous` (statements with `decided: staff`, matched by respondent and text) are kept
/// as they are, and `final` categories are never changed.
///
/// The same input and options always give the same output. The coder never prints;
/// progress goes to the handler, on the calling thread.
public struct Coder: Sendable {
    public let options: CoderOptions
    /// Words written in several ways, read as one term before weighing (see `Glossary`).
    public let glossary: Glossary
    let stopWords: StopWords

    public init(options: CoderOptions = CoderOptions(), glossary: Glossary = Glossary()) throws(CoderError) {
        if case .fixed(let count) = options.categories, count < 1 {
            throw .invalidOption("antalet kategorier ska vara minst 1")
        }
        self.options = options
        self.glossary = glossary
        self.stopWords = try StopWords(language: options.language)
    }

    /// The statements of the answers, in answer order, split as the options say.
    public func statements(of answers: [Answer]) -> [StatementKey] {
        let splitting = options.splitting
        return Parallel.mapChunks(of: answers.count, size: 2000) { range in
            range.flatMap { index in
                let answer = answers[index]
                let texts = splitting == .statements
                    ? StatementSplitter.statements(in: answer.text)
                    : StatementSplitter.wholeAnswer(answer.text)
                return texts.map { StatementKey(respondent: answer.respondent, text: $0) }
            }
        }.flatMap { $0 }
    }

    /// Splits and stems the answers without weighing or clustering, and counts what it found.
    ///
    /// The baseline the scale benchmark compares a full run with, so its figures stay
    /// comparable on a busy machine.
    public func countTerms(in answers: [Answer]) throws(CoderError) -> (statements: Int, terms: Int) {
        let extractor = try TermExtractor(language: options.language, stopWords: stopWords, gramLengths: options.gramLengths,
                                          minimumGramWordLength: options.minimumGramWordLength, glossary: glossary)
        let terms = extractor.terms(of: statements(of: answers).map(\.text))
        return (terms.count, terms.reduce(0) { $0 + $1.stems.count + $1.grams.count })
    }

    /// Codes `answers`, optionally against an existing codebook and earlier coding.
    ///
    /// - Parameters:
    ///   - question: the question's id, written into both files.
    ///   - topic: texts naming what every answer is about, such as the form's programme
    ///     ("Matematik PISA 2015"). Their words weigh as if every statement had them: they
    ///     say nothing about which category a statement is in. (The question's own wording is
    ///     not such a text: categories often repeat it, "Rutiner finns", "Tydligare uppföljningar".)
    ///   - subject: the question's own wording (its text, the item of a repeated question, its
    ///     table's title). A new group whose only key terms are its words is no category: every
    ///     answer is about them. They still weigh as any word does, since categories repeat them.
    ///   - form: the form's id; taken from `codebook` when nil.
    ///   - table: the table the question feeds; taken from `codebook` when nil.
    ///   - codebook: categories to code into first (e.g. last year's).
    ///   - previous: an earlier coding whose staff decisions are kept and whose statements
    ///     help describe the codebook's categories.
    ///   - training: coded examples to learn from (see `TrainingSet`, `SupervisedPlacement`):
    ///     with them a classifier places the statements, scores are calibrated probabilities and
    ///     `review` is false where the coder is sure enough for `options.targetAccuracy`.
    public func code(_ answers: [Answer], question: String, topic: [String] = [], subject: [String] = [], form: String? = nil, table: Codebook.TableReference? = nil,
                     codebook: Codebook? = nil, previous: Coding? = nil, training: TrainingSet = TrainingSet(),
                     progress: (CoderProgress) -> Void = { _ in }) throws(CoderError) -> CodingResult {
        progress(CoderProgress(stage: .splitting, completed: 0, total: answers.count))
        let keys = statements(of: answers)
        // Categories the examples name that the codebook lacks join it, with their labels and ids.
        var book = codebook
        if !training.isEmpty {
            var merged = codebook ?? Codebook(question: question, form: form, table: table)
            let known = Set(merged.categoryIDs)
            merged.categories += training.categories.filter { !known.contains($0.id) }
            book = merged
        }
        var run = try CodingRun(options: options, stopWords: stopWords, glossary: glossary, keys: keys, topic: topic,
                                subject: subject, codebook: book,
                                previous: previous, training: training)
        run.weigh(progress: progress)
        run.learn(targetAccuracy: options.targetAccuracy, progress: progress)
        run.placeAsStaffPlacedTheSameText()
        run.assignToCodebook(progress: progress)
        run.clusterTheRest(progress: progress)
        try run.dissolveGroupsWithoutKeyTerms()
        run.placeUnsureLearned()
        run.placeInFurtherCategories()
        run.keepSameTextPlacements()
        progress(CoderProgress(stage: .describing, completed: 0, total: run.newGroups.count))
        var categories = try run.categories()
        run.placeByNamedKeyTerms(categories: categories)
        categories = run.dropCategoriesWithinOthers(categories)
        let coding = Coding(question: question, form: form ?? book?.form ?? previous?.form, statements: run.codedStatements(categories: categories))
        let result = Codebook(question: question, form: form ?? book?.form, table: table ?? book?.table, categories: categories)
        progress(CoderProgress(stage: .done, completed: keys.count, total: keys.count))
        return CodingResult(codebook: result, coding: coding, estimatedAccuracy: run.estimatedAccuracy, learned: run.learnedTop != nil)
    }
}

