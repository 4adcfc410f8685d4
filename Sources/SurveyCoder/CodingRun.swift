import SurveyResponses

/// The working state of one run of the coder over one question's statements.
///
/// Placement of statement `i` is decided in this order: a staff decision from the previous
/// coding; with coded examples to learn from, the category the classifier finds (see
/// `SupervisedPlacement`), without them the most similar codebook category, if similar enough;
/// a new category from clustering the rest; otherwise none ("Övrigt").
struct CodingRun {
    let options: CoderOptions
    let keys: [StatementKey]
    /// Texts naming what every answer is about (see `Coder.code`).
    let topic: [String]
    /// The question's own wording (see `Coder.code`).
    let subject: [String]
    let codebook: Codebook?
    let previous: Coding?
    /// Coded examples to learn from (their categories are among the codebook's).
    let training: TrainingSet
    let extractor: TermExtractor

    /// Forms of one word among the statements' stems (see `StemFamilies`).
    private(set) var families = StemFamilies(stems: [], occurring: [])
    /// The parts of compound stems (see `CompoundParts`); Swedish only.
    private(set) var compounds = CompoundParts(stems: [], documentFrequency: [], occurring: [])
    private(set) var model = TFIDFModel(stemColumns: [], gramColumns: [], columnStems: [], idf: [], gramWeight: 0)
    private(set) var matrix = SparseMatrix(rowCount: 0, columnCount: 0, rowStarts: [0], columns: [], values: [])
    /// The statements of the training examples, weighed in the same space, and the example of each.
    private(set) var trainingMatrix = SparseMatrix(rowCount: 0, columnCount: 0, rowStarts: [0], columns: [], values: [])
    let trainingStatements: [(text: String, example: Int)]
    /// Each statement's respondent and normalised text, numbered.
    let respondentIDs: [Int32]
    let textIDs: [Int32]
    /// The staff decision kept for each statement, if any.
    let staffDecisions: [CodedStatement?]
    /// Whether each statement says nothing ("Vet ej", "Se tidigare svar", "-"; the same rule as
    /// the completeness check's, `NonAnswerDetector`), or only introduces a list ("Operativa mål
    /// till 2015:", "Andra glädjeämnen:"): it stays in Övrigt, neither clustered nor placed nor
    /// asked about in review, so identical non-answers never make a category of their own.
    let saysNothing: [Bool]
    /// The codebook category each statement joined, or -1.
    private(set) var codebookCategory: [Int32]
    /// The new group each statement is in, or -1.
    private(set) var newGroupOf: [Int32]
    private(set) var newGroups: [[Int]] = []
    private(set) var scores: [Double]
    /// The centre of each codebook category (nil when it has no words), once weighed.
    private(set) var prototypes: [[Float]?] = []
    /// Further categories of each statement, most similar first: codebook categories by
    /// index, then new groups numbered after them.
    private(set) var furtherCategories: [[Int32]] = []
    /// Whether each statement needs a person (`review`).
    private(set) var needsReview: [Bool]
    /// What the classifier made of each statement, when it learned: its likeliest category (-1
    /// for "coded as nothing") and further categories nearly as likely.
    private(set) var learnedTop: [Int32]? = nil
    /// The classifier's probability of every codebook category (then "nothing", when examples
    /// have it) for each statement, when it learned.
    private(set) var learnedProbabilities: [[Double]]? = nil
    private(set) var learnedFurther: [[Int32]] = []
    /// The expected accuracy of the statements coded automatically, when some are.
    private(set) var estimatedAccuracy: Double?
    /// Each learned category's summed training rows and their number, when the coder learned.
    private(set) var learnedCategorySums: [(sum: [Float], size: Double)]?

    init(options: CoderOptions, stopWords: StopWords, glossary: Glossary = Glossary(), keys: [StatementKey], topic: [String] = [],
         subject: [String] = [], codebook: Codebook?, previous: Coding?, training: TrainingSet = TrainingSet()) throws(CoderError) {
        self.options = options
        self.keys = keys
        self.topic = topic
        self.subject = subject
        self.codebook = codebook
        self.previous = previous
        self.training = training
        trainingStatements = training.examples.enumerated().flatMap { index, example in
            let texts = example.level == .statement ? [example.text]
                : (options.splitting == .statements ? StatementSplitter.statements(in: example.text) : StatementSplitter.wholeAnswer(example.text))
            return texts.map { (text: $0, example: index) }
        }
        self.extractor = try TermExtractor(language: options.language, stopWords: stopWords, gramLengths: options.gramLengths,
                                           minimumGramWordLength: options.minimumGramWordLength, glossary: glossary)
        var staff: [StatementKey: CodedStatement] = [:]
        for statement in previous?.statements ?? [] where statement.decidedByStaff && staff[statement.key] == nil {
            staff[statement.key] = statement
        }
        staffDecisions = keys.map { staff[$0] }
        saysNothing = keys.map { NonAnswerDetector.nonAnswer(in: $0.text) != nil || StatementSplitter.isListHeading($0.text) }
        respondentIDs = Self.numbered(keys.map(\.respondent))
        textIDs = Self.numbered(keys.map { Self.sameTextKey($0.text) })
        codebookCategory = [Int32](repeating: -1, count: keys.count)
        newGroupOf = [Int32](repeating: -1, count: keys.count)
        scores = [Double](repeating: 0, count: keys.count)
        needsReview = [Bool](repeating: true, count: keys.count)
    }

    /// What two statements must share to count as the same text: their words as written, in
    /// any case, without surrounding space, runs of spaces or closing punctuation. All of it:
    /// two long statements that begin alike are not one text.
    static func sameTextKey(_ text: String) -> String {
        CategoryDescriber.withoutClosingPunctuation(Tokenizer.normalize(text).trimmingWhiteSpace())
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Numbers equal values alike, in order of first appearance.
    static func numbered(_ values: [String]) -> [Int32] {
        var numbers: [String: Int32] = [:]
        return values.map { value in
            if let number = numbers[value] { return number }
            let number = Int32(numbers.count)
            numbers[value] = number
            return number
        }
    }

    mutating func weigh(progress: (CoderProgress) -> Void) {
        // The training examples' statements are weighed in the same space as the statements coded.
        var terms = extractor.terms(of: keys.map(\.text) + trainingStatements.map(\.text)) { done in
            progress(CoderProgress(stage: .terms, completed: done, total: keys.count))
        }
        var uses = [Int](repeating: 0, count: extractor.stems.count)
        for document in terms {
            for stem in Set(document.stems) { uses[Int(stem)] += 1 }
        }
        families = StemFamilies(stems: extractor.stems, occurring: uses.indices.lazy.filter { uses[$0] > 0 }.map { Int32($0) }, uses: uses,
                               shortened: extractor.shortenedStems(), definite: extractor.definiteFormsOfANouns())
        terms = terms.map(families.apply)
        if options.language == .swedish {
            let questionStems = Set(subject.flatMap { familyTerms($0).stems })
            let extractor = extractor
            compounds = Self.compoundParts(of: terms, stems: extractor.stems, stem: extractor.stem, questionStems: questionStems,
                                           newStem: { extractor.internStem($0) },
                                           isGlossaryVariant: { extractor.glossary.wordEntry($0, stem: extractor.stem($0)) != nil })
            terms = terms.map(compounds.apply)
        }
        progress(CoderProgress(stage: .weighting, completed: 0, total: keys.count))
        // Terms of one statement: damped on small inputs, dropped on large ones (see TFIDFModel).
        let rareWeight = keys.count <= options.smallInputLimit ? Float(options.rareTermWeight) : 0
        model = TFIDFModel.fit(terms, stemCount: extractor.stems.count, gramCount: extractor.gramCount,
                               minimumDocumentFrequency: 2, gramWeight: Float(options.gramWeight), rareWeight: rareWeight,
                               topicStems: topicStems(), topicGrams: topicGrams())
        matrix = model.matrix(Array(terms[..<keys.count]))
        trainingMatrix = model.matrix(Array(terms[keys.count...]))
    }

    /// Compound parts among the (family-mapped) stems of `terms`, by how many statements use each
    /// stem; `questionStems` are the question's own (see `CompoundParts`).
    static func compoundParts(of terms: [TermExtractor.Terms], stems: [String], stem: (String) -> String,
                              questionStems: Set<Int32> = [], newStem: ((String) -> Int32)? = nil,
                              isGlossaryVariant: (String) -> Bool = { _ in false }) -> CompoundParts {
        var frequency = [Int32](repeating: 0, count: stems.count)
        var lastSeen = [Int](repeating: -1, count: stems.count)
        for (index, document) in terms.enumerated() {
            for stem in document.stems where lastSeen[Int(stem)] != index {
                lastSeen[Int(stem)] = index
                frequency[Int(stem)] += 1
            }
        }
        let occurring = frequency.indices.filter { frequency[$0] > 0 }.map { Int32($0) }
        return CompoundParts(stems: stems, documentFrequency: frequency, occurring: occurring, stem: stem, questionStems: questionStems,
                             newStem: newStem, isGlossaryVariant: isGlossaryVariant)
    }

    /// A text's terms as the statements' terms are read: stem families, then compound parts.
    func readTerms(_ text: String) -> TermExtractor.Terms {
        compounds.apply(familyTerms(text))
    }

    /// A text's terms with stem families, as read before compound parts are known.
    private func familyTerms(_ text: String) -> TermExtractor.Terms {
        families.apply(extractor.terms(of: text))
    }

    // MARK: - Codebook

    private var existingCount: Int { codebook?.categories.count ?? 0 }

    /// Room for new categories under a fixed count, or nil when the count is automatic.
    private var newCategoryRoom: Int? {
        guard case .fixed(let count) = options.categories else { return nil }
        return max(0, count - existingCount)
    }

    /// Whether each statement is more like its likeliest learned category's examples than two
    /// statements are by chance (false where the classifier did not judge it).
    private(set) var learnedFits: [Bool] = []

    /// The classifier's models after `learn`, for the next run's warm start.
    private(set) var learnedModels: SupervisedPlacement.Models?

    /// Places the statements with a classifier learned from the training examples (see `SupervisedPlacement`).
    mutating func learn(targetAccuracy: Double, warmStart: SupervisedPlacement.Models? = nil, progress: (CoderProgress) -> Void) {
        guard let codebook, !codebook.categories.isEmpty, training.hasDecisions, !trainingStatements.isEmpty,
              Self.enoughExamples(training, categories: codebook.categories) else { return }
        progress(CoderProgress(stage: .learning, completed: 0, total: 5))
        let categoryIndex = self.categoryIndex
        let hasNothing = training.examples.contains { $0.categories.isEmpty }
        let classCount = codebook.categories.count + (hasNothing ? 1 : 0)
        let nothing = codebook.categories.count
        // The classifier reads the TF-IDF rows beside character n-grams of the words.
        let grams = CharacterGrams.matrix(keys.map(\.text) + trainingStatements.map(\.text), tokenizer: extractor.tokenizer)
        let keyFeatures = matrix.joined(with: grams.rows(Array(0..<keys.count)))
        let trainingFeatures = trainingMatrix.joined(with: grams.rows(Array(keys.count..<(keys.count + trainingStatements.count))))
        var statementsOf: [Int: Int] = [:]
        for statement in trainingStatements { statementsOf[statement.example, default: 0] += 1 }
        var rows: [SupervisedPlacement.Row] = []
        for (position, statement) in trainingStatements.enumerated() {
            let example = training.examples[statement.example]
            var allowed = example.categories.compactMap { categoryIndex[$0] }
            if allowed.isEmpty {
                guard hasNothing else { continue }
                allowed = [nothing]
            }
            var target = [Double](repeating: 0, count: classCount)
            for index in allowed { target[index] = 1 / Double(allowed.count) }
            rows.append(.init(features: position, target: target, weight: example.weight, example: statement.example,
                              isAnswerLevel: example.level == .answer && (statementsOf[statement.example] ?? 1) > 1, allowed: allowed))
        }
        guard !rows.isEmpty else { return }
        let exclude = Set(keys.indices.filter { staffDecisions[$0] != nil })
        var placement = SupervisedPlacement(classCount: classCount, c: options.regularization, targetAccuracy: targetAccuracy, seed: options.seed)
        // The statements being coded teach already when the examples are their own coding.
        placement.selfTraining = !Set(keys).isSubset(of: Set(training.examples.map { StatementKey(respondent: $0.respondent, text: $0.text) }))
        let outcome = placement.place(trainingFeatures: trainingFeatures, rows: rows, features: keyFeatures, exclude: exclude,
                                      warmStart: warmStart) { step in
            progress(CoderProgress(stage: .learning, completed: step, total: 5))
        }
        estimatedAccuracy = outcome.estimatedAccuracy
        let fits = fitsLearnedCategory(rows: rows, classCount: codebook.categories.count)
        let unsure = min(Self.unsureProbability, 2 / Double(classCount))
        var tops = [Int32](repeating: -1, count: keys.count)
        learnedFurther = [[Int32]](repeating: [], count: keys.count)
        learnedFits = [Bool](repeating: false, count: keys.count)
        for index in keys.indices where staffDecisions[index] == nil && !saysNothing[index] {
            let distribution = outcome.probabilities[index]
            guard let top = distribution.indices.max(by: { distribution[$0] < distribution[$1] }) else { continue }
            let probability = distribution[top]
            let automatic = outcome.automaticFrom.map { probability >= $0 } ?? false
            needsReview[index] = !automatic
            scores[index] = probability
            guard top != nothing || !hasNothing else { continue }
            tops[index] = Int32(top)
            // A statement the classifier is unsure of, and that is no more like the category's
            // examples than chance, may belong to a category it has not seen: it is clustered
            // with the rest first and placed here only if it joins no new one.
            let fitsTop = fits(index, top)
            learnedFits[index] = fitsTop
            if probability >= unsure || fitsTop { codebookCategory[index] = Int32(top) }
            learnedFurther[index] = distribution.indices
                .filter { $0 != top && $0 != nothing && distribution[$0] >= options.furtherCategoryRatio * probability }
                .sorted { distribution[$0] > distribution[$1] }
                .map { Int32($0) }
        }
        // What staff placed, word for word, goes where they put it: a statement written as
        // statements staff decided alike in this coding is coded so without review, whatever
        // the classifier makes of it. Staff who placed "Elevhälsoteamen på skolorna följer upp
        // eleverna" in one category were otherwise asked again for each respondent who wrote
        // it, as long as the coder's first proposal (both categories) still taught otherwise.
        var probabilities = outcome.probabilities
        for (index, classes) in staffClassesOfTheSameText(nothing: hasNothing ? nothing : nil) {
            let first = classes[0]
            probabilities[index] = (0..<classCount).map { $0 == first ? 1 : 0 }
            needsReview[index] = false
            scores[index] = 1
            learnedFurther[index] = classes.dropFirst().map { Int32($0) }
            guard first != nothing || !hasNothing else {
                tops[index] = -1
                codebookCategory[index] = -1
                continue
            }
            tops[index] = Int32(first)
            learnedFits[index] = true
            codebookCategory[index] = Int32(first)
        }
        learnedTop = tops
        learnedProbabilities = probabilities
        learnedModels = outcome.models
    }

    /// For each statement, the share of its words' weight (whole words, not their letters) on
    /// words that no statement people placed has, misspellings aside: what the coder's
    /// sureness about it cannot rest on. "Utbildning i IKT för matematiklärare",
    /// placed with the teachers' qualifications by its "utbildning" and "matematiklärare", is
    /// sure there; its "IKT", the word that says it is about digital tools, no person placed.
    func unconfirmedShares() -> [Double] {
        var confirmed = Set<Int32>()
        for (position, statement) in trainingStatements.enumerated() where training.examples[statement.example].weight >= 1 {
            for entry in trainingMatrix.row(position) where Int(trainingMatrix.columns[entry]) < model.stemColumnCount {
                confirmed.insert(trainingMatrix.columns[entry])
            }
        }
        // A misspelling no person has placed says nothing about what the coder has learned: a
        // word several statements use, or one of a remark of its own ("skolsköterska" in
        // "Elevhälsan har en ny skolsköterska"), does.
        var statementsUsing: [String: Int] = [:]
        for column in matrix.columns where Int(column) < model.stemColumnCount {
            statementsUsing[extractor.stems[Int(model.columnStems[Int(column)])], default: 0] += 1
        }
        var isGap: [Int32: Bool] = [:]
        func gap(_ column: Int32) -> Bool {
            if let known = isGap[column] { return known }
            let stem = extractor.stems[Int(model.columnStems[Int(column)])]
            let result = !confirmed.contains(column)
                && ((statementsUsing[stem] ?? 0) >= 2 || !CategoryDescriber.isMisspelling(stem, counts: statementsUsing))
            isGap[column] = result
            return result
        }
        return keys.indices.map { row in
            var total = 0.0, unconfirmed = 0.0
            for entry in matrix.row(row) where Int(matrix.columns[entry]) < model.stemColumnCount {
                let weight = Double(matrix.values[entry] * matrix.values[entry])
                total += weight
                if gap(matrix.columns[entry]) { unconfirmed += weight }
            }
            return total > 0 ? unconfirmed / total : 0
        }
    }

    /// Statements coded as staff placed the same text before the coder has learned (see
    /// `placeAsStaffPlacedTheSameText`): their classes, by index.
    private(set) var sameTextClasses: [Int: [Int]] = [:]

    /// Before the coder has learned (`learn` does it itself once it has), what staff placed word
    /// for word goes where they put it, as in `survey review` (`Coder.rescore`): a statement
    /// written as statements staff decided alike in this coding is coded so without review, in
    /// those categories only, or in Övrigt where they coded it as nothing; it joins no new
    /// category. Run after `learn`, before `assignToCodebook`.
    mutating func placeAsStaffPlacedTheSameText() {
        guard learnedTop == nil, let codebook, !codebook.categories.isEmpty else { return }
        let nothing = codebook.categories.count
        sameTextClasses = staffClassesOfTheSameText(nothing: nothing)
        for (index, classes) in sameTextClasses {
            needsReview[index] = false
            scores[index] = 1
            if classes[0] != nothing { codebookCategory[index] = Int32(classes[0]) }
        }
    }

    /// Gives the statements `placeAsStaffPlacedTheSameText` placed their further categories as
    /// staff gave them, and no others; run after `placeInFurtherCategories`.
    mutating func keepSameTextPlacements() {
        guard !sameTextClasses.isEmpty else { return }
        if furtherCategories.count != keys.count { furtherCategories = [[Int32]](repeating: [], count: keys.count) }
        for (index, classes) in sameTextClasses { furtherCategories[index] = classes.dropFirst().map { Int32($0) } }
    }

    /// Each codebook category's index by its id (the classifier's class).
    private var categoryIndex: [String: Int] {
        Dictionary((codebook?.categories ?? []).enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// For each statement staff did not decide (and that is an answer) whose text (`sameTextKey`)
    /// staff decided alike elsewhere in this coding, by its index, the classes they gave it: the
    /// categories' indices in the order given, or `nothing` for a statement coded as nothing. A
    /// text staff placed in different ways, or in a category the codebook lacks, has none. (Not
    /// last year's decisions or a coding sheet's: those teach the classifier, which weighs them
    /// against the rest.)
    func staffClassesOfTheSameText(nothing: Int?) -> [Int: [Int]] {
        let categoryIndex = self.categoryIndex
        var classesOf: [String: [Int]?] = [:]
        for (index, decision) in staffDecisions.enumerated() {
            guard let decision else { continue }
            let known = decision.categories.compactMap { categoryIndex[$0] }
            let classes: [Int]? = known.count < decision.categories.count ? nil : known.isEmpty ? nothing.map { [$0] } : known
            let key = Self.sameTextKey(keys[index].text)
            if let earlier = classesOf[key] {
                if earlier.map(Set.init) != classes.map(Set.init) { classesOf[key] = .some(nil) }
            } else {
                classesOf[key] = .some(classes)
            }
        }
        var result: [Int: [Int]] = [:]
        for index in keys.indices where staffDecisions[index] == nil && !saysNothing[index] {
            if let classes = classesOf[Self.sameTextKey(keys[index].text)] ?? nil, !classes.isEmpty { result[index] = classes }
        }
        return result
    }

    /// Whether a statement is more like a category's training statements than two statements are
    /// by chance (the clustering's measure, `ModularityClustering.Background`).
    mutating func fitsLearnedCategory(rows: [SupervisedPlacement.Row], classCount: Int) -> (Int, Int) -> Bool {
        var sums = [[Float]](repeating: [Float](repeating: 0, count: matrix.columnCount), count: classCount)
        var sizes = [Double](repeating: 0, count: classCount)
        for row in rows {
            guard let top = row.target.indices.max(by: { row.target[$0] < row.target[$1] }), top < classCount else { continue }
            sizes[top] += 1
            for entry in trainingMatrix.row(row.features) { sums[top][Int(trainingMatrix.columns[entry])] += trainingMatrix.values[entry] }
        }
        learnedCategorySums = zip(sums, sizes).map { (sum: $0, size: $1) }
        let background = ModularityClustering.background(matrix, sameText: textIDs, seed: options.seed)
        let matrix = matrix
        return { row, category in
            guard category < classCount, sizes[category] > 0 else { return false }
            let mean = sums[category].withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { Double(matrix.dot(row: row, $0)) } ?? 0
            } / sizes[category]
            return mean >= background.threshold(pairs: sizes[category])
        }
    }

    /// A classifier learns from examples; with few per category it only learns them by heart
    /// and a category's centre (`assignToCodebook`) places statements better: on the pilot
    /// year's coding (two to seven statements a category) applied to 300 generated answers, the
    /// centres put 0.74 of each category's respondents right (mean Jaccard), the classifier 0.51.
    static let minimumExamplesPerCategory = 5

    /// Whether every category that has people's decisions among the examples has examples
    /// worth at least `minimumExamplesPerCategory` decisions (answers with several categories
    /// count for each). The coder's own placements of the statements being coded count at
    /// their weight: in review, a category of 60 proposed statements and one decision is
    /// learned from its statements, not from that one decision by heart; last year's coding
    /// of two to seven statements a category is not.
    static func enoughExamples(_ training: TrainingSet, categories: [Codebook.Category]) -> Bool {
        var decided: Set<String> = []
        var worth: [String: Double] = [:]
        for example in training.examples {
            for category in example.categories {
                worth[category, default: 0] += example.weight
                if example.weight >= 1 { decided.insert(category) }
            }
        }
        let known = Set(categories.map(\.id))
        let present = decided.filter(known.contains)
        return !present.isEmpty && present.allSatisfy { (worth[$0] ?? 0) >= Double(minimumExamplesPerCategory) }
    }

    /// Below this probability of its likeliest category (and twice a uniform guess's) a
    /// statement may start a new category: its probability is spread over the categories.
    static let unsureProbability = 0.3

    /// After clustering: an unsure statement that joined no new category takes the classifier's suggestion.
    mutating func placeUnsureLearned() {
        guard let learnedTop else { return }
        for index in keys.indices where staffDecisions[index] == nil && codebookCategory[index] < 0 && newGroupOf[index] < 0 && learnedTop[index] >= 0 {
            codebookCategory[index] = learnedTop[index]
            needsReview[index] = true
        }
    }

    mutating func assignToCodebook(progress: (CoderProgress) -> Void) {
        guard learnedTop == nil, let codebook, !codebook.categories.isEmpty else { return }
        progress(CoderProgress(stage: .assigning, completed: 0, total: keys.count))
        prototypes = codebook.categories.map { prototype(of: $0) }
        let placeEverything = newCategoryRoom == 0
        let width = model.columnCount
        let flat = prototypes.flatMap { $0 ?? [Float](repeating: 0, count: width) }
        let hasPrototype = prototypes.map { $0 != nil }
        let undecided = keys.indices.filter { staffDecisions[$0] == nil && !saysNothing[$0] && sameTextClasses[$0] == nil }
        let matrix = matrix
        // A statement joins the category it is most like when it is more like the category's texts
        // than two statements of the input are by chance: the clustering's own measure
        // (`ModularityClustering.Background`), not a similarity fixed for every input.
        let (sums, sizes) = prototypeSums()
        let sumFlat = sums.flatMap { $0 }
        let background = ModularityClustering.background(matrix, sameText: textIDs, seed: options.seed)
        let choices: [[(Int32, Float)]] = flat.withUnsafeBufferPointer { buffer in
          sumFlat.withUnsafeBufferPointer { sumBuffer in
            let shared = UncheckedSendable(buffer)
            let sharedSums = UncheckedSendable(sumBuffer)
            return Parallel.mapChunks(of: undecided.count, size: 4096) { range in
                guard let base = shared.value.baseAddress else { return [] }
                let sumBase = sharedSums.value.baseAddress ?? base
                return range.map { position -> (Int32, Float) in
                    let row = undecided[position]
                    var best: Int32 = -1
                    var bestSimilarity = -Float.greatestFiniteMagnitude
                    for category in hasPrototype.indices where hasPrototype[category] || placeEverything {
                        let similarity = matrix.dot(row: row, base + category * width)
                        if similarity > bestSimilarity {
                            best = Int32(category)
                            bestSimilarity = similarity
                        }
                    }
                    guard best >= 0, !placeEverything else { return (best, bestSimilarity) }
                    let mean = Double(matrix.dot(row: row, sumBase + Int(best) * width)) / max(sizes[Int(best)], 1)
                    return mean >= background.threshold(pairs: sizes[Int(best)]) ? (best, bestSimilarity) : (-1, 0)
                }
            }
          }
        }
        for (position, choice) in choices.joined().enumerated() where choice.0 >= 0 {
            let row = undecided[position]
            codebookCategory[row] = choice.0
            scores[row] = Double(choice.1)
        }
    }

    /// Each codebook category's prototype texts' rows summed (unnormalised), and how many.
    private func prototypeSums() -> ([[Float]], [Double]) {
        guard let codebook else { return ([], []) }
        var sums: [[Float]] = []
        var sizes: [Double] = []
        for category in codebook.categories {
            var sum = [Float](repeating: 0, count: model.columnCount)
            var count = 0.0
            for text in prototypeTexts(of: category) {
                let row = model.row(readTerms(text))
                guard !row.columns.isEmpty else { continue }
                for (column, value) in zip(row.columns, row.values) { sum[Int(column)] += value }
                count += 1
            }
            sums.append(sum)
            sizes.append(count)
        }
        return (sums, sizes)
    }

    /// A category's centre: its label, description, examples and the statements staff or the
    /// previous coding put in it, each a unit TF-IDF row, summed and scaled to unit length.
    /// The texts a category's centre is made of (see `prototype(of:)`).
    private func prototypeTexts(of category: Codebook.Category) -> [String] {
        var texts = [category.label] + category.examples
        if let description = category.description { texts.append(description) }
        let limit = 2000
        for statement in previous?.statements ?? [] where statement.categories.contains(category.id) {
            texts.append(statement.text)
            if texts.count >= limit { break }
        }
        for decision in staffDecisions.prefix(while: { _ in texts.count < limit }) {
            if let decision, decision.categories.contains(category.id) { texts.append(decision.text) }
        }
        // Coded examples teach the centre too (last year's coding, a coding sheet).
        for example in training.examples where texts.count < limit && example.categories.contains(category.id) {
            texts.append(example.text)
        }
        return texts
    }

    private func prototype(of category: Codebook.Category) -> [Float]? {
        let texts = prototypeTexts(of: category)
        var centre = [Float](repeating: 0, count: model.columnCount)
        for text in texts {
            let row = model.row(readTerms(text))
            for (column, value) in zip(row.columns, row.values) { centre[Int(column)] += value }
        }
        let length = centre.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
        guard length > 0 else { return nil }
        return centre.map { $0 / length }
    }

    // MARK: - Clustering

    mutating func clusterTheRest(progress: (CoderProgress) -> Void) {
        let rest = keys.indices.filter { staffDecisions[$0] == nil && codebookCategory[$0] < 0 && !saysNothing[$0] && sameTextClasses[$0] == nil }
        guard !rest.isEmpty else { return }
        let fixedCount = newCategoryRoom
        if fixedCount == 0 { return }
        let clusterer = StatementClusterer(options: options)
        let outcome = clusterer.cluster(matrix.rows(rest), stemColumnCount: model.stemColumnCount, respondents: rest.map { respondentIDs[$0] },
                                        sameText: rest.map { textIDs[$0] }, fixedCount: fixedCount,
                                        population: Set(respondentIDs).count, progress: progress)
        var groups = outcome.groups.map { group in group.map { rest[$0] } }
        // With learned categories, a group is new only if the cut would not have joined it to
        // one of them: its statements are no more like that category's examples than chance.
        if let learnedCategorySums {
            let background = ModularityClustering.background(matrix, sameText: textIDs, seed: options.seed)
            groups.removeAll { members in
                let sum = self.sum(of: members)
                return learnedCategorySums.contains { category in
                    guard category.size > 0 else { return false }
                    let between = zip(sum, category.sum).reduce(0.0) { $0 + Double($1.0) * Double($1.1) } / (Double(members.count) * category.size)
                    return between >= background.threshold(pairs: Double(members.count) * category.size)
                }
            }
        }
        newGroups = groups
        for (groupIndex, members) in newGroups.enumerated() {
            let centre = self.centre(of: members)
            for member in members {
                newGroupOf[member] = Int32(groupIndex)
                scores[member] = centre.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress.map { Double(matrix.dot(row: member, $0)) } ?? 0
                }
            }
        }
    }

    /// New groups whose statements share no key term (a content word two of them use, see
    /// `CategoryDescriber`) dissolved: their statements go back to Övrigt.
    ///
    /// A category is about something its statements name; two statements that share only a
    /// verb ("Politikerna ställer fler frågor", "föräldrar frågar efter …") or a turn of phrase
    /// are two remarks, and staff read them as such among the uncategorized.
    /// A fixed count places every statement, so there the groups stay.
    mutating func dissolveGroupsWithoutKeyTerms() throws(CoderError) {
        guard options.categories == .automatic, !newGroups.isEmpty else { return }
        let describer = try describer()
        let weigher = ClassTermWeights(matrix: matrix, stemColumnCount: model.stemColumnCount, categoryCount: existingCount + newGroups.count)
        // What the question asks about is in nearly every answer: a group held together by its
        // words alone ("Eleverna" under "Höga förväntningar på alla elever") is no category,
        // unless its members also share a word of their own, or it holds most statements: then
        // that most say the same about the subject is the finding ("Uppföljningen … behöver
        // förfinas", 7 of 8 statements).
        let subjectStems = subjectKeyStems()
        let kept = newGroups.filter { members in
            let key = describer.keyStems(texts: members.map { keys[$0].text }, rankedStems: rankedStems(of: members, weigher), extractor: extractor)
            guard !key.isEmpty else { return false }
            return key.contains { !subjectStems.contains($0.stem) } || 3 * members.count >= 2 * keys.count
                || sayOneThingBeyond(subjectStems, members: members, describer: describer)
        }
        guard kept.count < newGroups.count else { return }
        newGroups = kept
        newGroupOf = [Int32](repeating: -1, count: keys.count)
        for (index, members) in newGroups.enumerated() {
            for member in members { newGroupOf[member] = Int32(index) }
        }
        for row in keys.indices where codebookCategory[row] < 0 && newGroupOf[row] < 0 && staffDecisions[row] == nil { scores[row] = 0 }
    }

    /// The stems of the programme's words (`topic`), read as the statements are.
    private func topicStems() -> Set<Int32> {
        Set(topic.flatMap { readTerms($0).stems })
    }

    /// The n-grams of the programme's words.
    private func topicGrams() -> Set<Int32> {
        Set(topic.flatMap { readTerms($0).grams })
    }

    /// The question's stems as key terms are compared with them: the stems of its words and,
    /// of a compound among them, the first part where the answers use it as a word: "Vilka
    /// glädjeämnen …" asks about "glädje", and a group of "Glädjande är att …" restates it.
    private func subjectKeyStems() -> Set<String> {
        let answerStems = Set(model.columnStems)
        let isAnswerWord = { (head: String) in familyTerms(head).stems.contains { answerStems.contains($0) } }
        var result = Set(subject.flatMap { readTerms($0).stems.map { extractor.stems[Int($0)] } })
        for text in subject {
            for word in extractor.words(of: text) where word.stem != nil {
                guard let head = CompoundParts.firstPart(of: Array(word.written.lowercased().unicodeScalars), where: isAnswerWord) else {
                    continue
                }
                result.formUnion(familyTerms(head).stems.map { extractor.stems[Int($0)] })
            }
        }
        return result
    }

    /// Whether a content word other than the subject's is in at least half of the members.
    private func sayOneThingBeyond(_ subjectStems: Set<String>, members: [Int], describer: CategoryDescriber) -> Bool {
        var counts: [String: Int] = [:]
        for member in members {
            let stems = describer.words(keys[member].text, extractor: extractor).filter(\.isContent).compactMap(\.stem)
            for stem in Set(stems) where !subjectStems.contains(stem) { counts[stem, default: 0] += 1 }
        }
        return counts.values.contains { 2 * $0 >= members.count && $0 >= 2 }
    }

    private func describer() throws(CoderError) -> CategoryDescriber {
        CategoryDescriber(termCount: options.termCount, exampleCount: options.exampleCount,
                          wordClasses: try WordClasses(language: options.language, stopWords: extractor.stopWords), families: families)
    }

    /// Lets each placed statement join further categories it is nearly as close to as to its own.
    ///
    /// Answers often name two things in one statement ("Satsningen hänger ihop med
    /// Matematiklyftet och vårt systematiska kvalitetsarbete."), and staff then count the
    /// statement in both categories. A statement joins another category when it could join
    /// that category at all (a codebook category: more like its texts than chance, as
    /// `assignToCodebook` asks; a new group: as similar to its centre as the lowest tenth of its
    /// own members) and is at least `furtherCategoryRatio` as similar to it as to its own
    /// category. Staff decisions are kept as they are.
    mutating func placeInFurtherCategories() {
        let ratio = Float(options.furtherCategoryRatio)
        var centres: [[Float]] = []
        var thresholds: [Float] = []
        var categoryOfCentre: [Int32] = []
        if !prototypes.isEmpty {
            // A codebook category is joined as a statement joins it at all: more like its texts
            // than two statements are by chance. Its centre is their sum scaled to unit length, so
            // the mean similarity to them is the cosine to the centre times |sum| / their number.
            let (sums, sizes) = prototypeSums()
            let background = ModularityClustering.background(matrix, sameText: textIDs, seed: options.seed)
            for (index, prototype) in prototypes.enumerated() {
                guard let prototype, sizes[index] > 0 else { continue }
                let length = sums[index].reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
                guard length > 0 else { continue }
                centres.append(prototype)
                thresholds.append(Float(background.threshold(pairs: sizes[index]) * sizes[index]) / length)
                categoryOfCentre.append(Int32(index))
            }
        }
        for (index, members) in newGroups.enumerated() {
            centres.append(centre(of: members))
            thresholds.append(Float(Self.lowestTenth(members.map { self.scores[$0] })))
            categoryOfCentre.append(Int32(existingCount + index))
        }
        guard centres.count >= 2, ratio <= 1 else {
            furtherCategories = [[Int32]](repeating: [], count: keys.count)
            for row in learnedFurther.indices where codebookCategory[row] >= 0 && ratio <= 1 { furtherCategories[row] = learnedFurther[row] }
            return
        }
        // Centres column by column (one run of k values per column), as k-means scores them.
        let k = centres.count, width = model.columnCount
        var columnMajor = [Float](repeating: 0, count: width * k)
        for (category, centre) in centres.enumerated() {
            for column in 0..<width where centre[column] != 0 { columnMajor[column * k + category] = centre[column] }
        }
        // The classifier's further categories stand for the rows it placed.
        let own: [Int32] = keys.indices.map { row in !learnedFurther.isEmpty && codebookCategory[row] >= 0 ? -1 : ownCategory(row) }
        let matrix = matrix, scores = scores
        let chunks: [[[Int32]]] = columnMajor.withUnsafeBufferPointer { buffer in
            let shared = UncheckedSendable(buffer)
            return Parallel.mapChunks(of: keys.count, size: 4096) { range in
                guard let base = shared.value.baseAddress else { return range.map { _ in [] } }
                var similarities = [Float](repeating: 0, count: k)
                return range.map { row -> [Int32] in
                    guard own[row] >= 0 else { return [] }
                    for category in 0..<k { similarities[category] = 0 }
                    similarities.withUnsafeMutableBufferPointer { target in
                        guard let targetBase = target.baseAddress else { return }
                        for entry in matrix.row(row) {
                            VectorMath.axpy(matrix.values[entry], base + Int(matrix.columns[entry]) * k, targetBase, count: k)
                        }
                    }
                    let needed = ratio * Float(scores[row])
                    return (0..<k)
                        .filter { categoryOfCentre[$0] != own[row] && similarities[$0] >= thresholds[$0] && similarities[$0] >= needed }
                        .sorted { similarities[$0] != similarities[$1] ? similarities[$0] > similarities[$1] : $0 < $1 }
                        .map { categoryOfCentre[$0] }
                }
            }
        }
        furtherCategories = Array(chunks.joined())
        for row in learnedFurther.indices where codebookCategory[row] >= 0 { furtherCategories[row] = learnedFurther[row] }
    }

    /// Lets a placed statement also join each category whose first key term it names.
    ///
    /// "Satsningen hänger ihop med ML och vårt systematiska kvalitetsarbete" sits with the
    /// systematic quality work, and names Matematiklyftet ("ML", through the glossary) too: staff
    /// count it in both. A key term names its category only when it is distinctive of it: at
    /// least half of the statements that use it are the category's own. Staff decisions and the
    /// classifier's placements (which weigh every word already) are left as they are.
    mutating func placeByNamedKeyTerms(categories: [Codebook.Category]) {
        guard options.furtherCategoryRatio <= 1, learnedTop == nil else { return }
        if furtherCategories.count != keys.count { furtherCategories = [[Int32]](repeating: [], count: keys.count) }
        let own = keys.indices.map(ownCategory)
        var columnOfStem: [String: Int32] = [:]
        for (column, stem) in model.columnStems.enumerated() { columnOfStem[extractor.stems[Int(stem)]] = Int32(column) }
        // Each category's first key term as a column, when it is distinctive of the category.
        var statementsWith: [Int32: [Int]] = [:]
        for row in keys.indices {
            for entry in matrix.row(row) where Int(matrix.columns[entry]) < model.stemColumnCount {
                statementsWith[matrix.columns[entry], default: []].append(row)
            }
        }
        var anchors: [(column: Int32, category: Int32)] = []
        for (index, category) in categories.enumerated() {
            guard let term = category.terms.first, let column = columnOfStem[term], let users = statementsWith[column] else { continue }
            let inside = users.filter { own[$0] == Int32(index) }.count
            if 2 * inside >= users.count { anchors.append((column, Int32(index))) }
        }
        for anchor in anchors {
            for row in statementsWith[anchor.column] ?? [] where own[row] >= 0 && own[row] != anchor.category
                && !furtherCategories[row].contains(anchor.category) && sameTextClasses[row] == nil {
                furtherCategories[row].append(anchor.category)
            }
        }
    }

    /// Drops each proposed category whose every statement is also in one other category, and
    /// returns the categories left.
    ///
    /// Joins by a further category or a named key term can leave a small category inside a
    /// larger one: on the pilot's `svarigheter` "Träffar" held the two "svårt att hitta tid för
    /// träffar" statements, which "Tid" names and holds too. As a table row it only repeats
    /// part of the other, so its statements stay in the other one (as their first category).
    /// Codebook categories and staff decisions are left alone; of two categories with the same
    /// statements the earlier stays. Not with a fixed count, which staff asked for.
    mutating func dropCategoriesWithinOthers(_ categories: [Codebook.Category]) -> [Codebook.Category] {
        // A count staff asked for is kept.
        guard options.categories == .automatic, !newGroups.isEmpty else { return categories }
        let count = existingCount + newGroups.count
        let own = keys.indices.map(ownCategory)
        if furtherCategories.count != keys.count { furtherCategories = [[Int32]](repeating: [], count: keys.count) }
        var members = [Set<Int>](repeating: [], count: count)
        for row in keys.indices where own[row] >= 0 {
            members[Int(own[row])].insert(row)
            for further in furtherCategories[row] { members[Int(further)].insert(row) }
        }
        // Smallest first, so a chain of nested categories ends in the largest.
        var dropped: [Int: Int] = [:]
        let candidates = (existingCount..<count).sorted { (a: Int, b: Int) -> Bool in
            members[a].count != members[b].count ? members[a].count < members[b].count : a > b
        }
        for category in candidates where !members[category].isEmpty {
            let container = (0..<count).first { (other: Int) -> Bool in
                guard other != category, dropped[other] == nil, members[category].isSubset(of: members[other]) else { return false }
                return members[other].count > members[category].count || other < category
            }
            if let container { dropped[category] = container }
        }
        guard !dropped.isEmpty else { return categories }
        func final(_ category: Int) -> Int {
            var current = category
            while let next = dropped[current] { current = next }
            return current
        }
        // New numbers of the new groups that stay.
        var renumbered: [Int: Int32] = [:]
        var next: Int32 = 0
        for group in newGroups.indices where dropped[existingCount + group] == nil {
            renumbered[group] = next
            next += 1
        }
        func index(_ category: Int) -> Int32 {
            category < existingCount ? Int32(category) : Int32(existingCount) + renumbered[category - existingCount]!
        }
        for row in keys.indices where own[row] >= 0 {
            let primary = final(Int(own[row]))
            var further: [Int32] = []
            for category in furtherCategories[row].map({ final(Int($0)) }) where category != primary && !further.contains(index(category)) {
                further.append(index(category))
            }
            furtherCategories[row] = further
            if primary < existingCount {
                codebookCategory[row] = Int32(primary)
                newGroupOf[row] = -1
            } else {
                newGroupOf[row] = renumbered[primary - existingCount]!
            }
        }
        var groups = [[Int]](repeating: [], count: Int(next))
        for row in keys.indices where codebookCategory[row] < 0 && newGroupOf[row] >= 0 { groups[Int(newGroupOf[row])].append(row) }
        newGroups = groups
        return categories.enumerated().filter { dropped[$0.offset] == nil }.map(\.element)
    }

    /// A row's own category as an index (codebook categories first, then the new groups), or -1
    /// when staff decided it or it is in none.
    private func ownCategory(_ row: Int) -> Int32 {
        if staffDecisions[row] != nil { return -1 }
        if codebookCategory[row] >= 0 { return codebookCategory[row] }
        return newGroupOf[row] >= 0 ? Int32(existingCount) + newGroupOf[row] : -1
    }

    /// The value a tenth of `values` lie below (the smallest for fewer than ten).
    static func lowestTenth(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 1 }
        return sorted[min(sorted.count - 1, sorted.count / 10)]
    }

    /// The sum of the members' TF-IDF rows.
    private func sum(of members: [Int]) -> [Float] {
        var total = [Float](repeating: 0, count: model.columnCount)
        for member in members {
            for entry in matrix.row(member) { total[Int(matrix.columns[entry])] += matrix.values[entry] }
        }
        return total
    }

    /// The unit-length mean of the members' TF-IDF rows.
    private func centre(of members: [Int]) -> [Float] {
        var centre = [Float](repeating: 0, count: model.columnCount)
        for member in members {
            for entry in matrix.row(member) { centre[Int(matrix.columns[entry])] += matrix.values[entry] }
        }
        let length = centre.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
        return length > 0 ? centre.map { $0 / length } : centre
    }

    // MARK: - Output

    /// The codebook's categories (final ones untouched, others with fresh terms), then the new ones.
    func categories() throws(CoderError) -> [Codebook.Category] {
        let describer = try describer()
        let codebookMembers = (codebook?.categories ?? []).indices.map { index in
            keys.indices.filter { codebookCategory[$0] == Int32(index) }
        }
        let weigher = ClassTermWeights(matrix: matrix, stemColumnCount: model.stemColumnCount,
                                       categoryCount: codebookMembers.count + newGroups.count)
        var result: [Codebook.Category] = []
        for (index, category) in (codebook?.categories ?? []).enumerated() {
            guard !category.isFinal else {
                result.append(category)
                continue
            }
            let members = bestFirst(codebookMembers[index])
            var updated = category
            if !members.isEmpty {
                let described = describer.describe(texts: members.map { keys[$0].text }, rankedStems: rankedStems(of: members, weigher),
                                                   extractor: extractor)
                if !described.terms.isEmpty { updated.terms = described.terms }
                if updated.examples.isEmpty { updated.examples = described.examples }
            }
            result.append(updated)
        }
        var usedIDs = Set(result.map(\.id))
        var usedLabels = Set(result.map { Tokenizer.normalize($0.label) })
        // A label of the question's words alone says nothing its table's title does not, nor
        // one of the programme's ("Matematik" in a mathematics programme).
        let titleStems = subjectKeyStems().union(topicStems().map { extractor.stems[Int($0)] })
        for group in newGroups {
            let members = bestFirst(group)
            let described = describer.describe(texts: members.map { keys[$0].text }, rankedStems: rankedStems(of: members, weigher),
                                               extractor: extractor, usedLabels: usedLabels, subjectStems: titleStems)
            let id = CategoryID.unique(CategoryID.slug(described.label), avoiding: usedIDs)
            usedIDs.insert(id)
            usedLabels.insert(Tokenizer.normalize(described.label))
            result.append(Codebook.Category(id: id, label: described.label, terms: described.terms, examples: described.examples))
        }
        return result
    }

    private func bestFirst(_ members: [Int]) -> [Int] {
        members.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    }

    /// The members' stems by class-based TF-IDF, best first (the top twenty), as stem texts.
    private func rankedStems(of members: [Int], _ weigher: ClassTermWeights) -> [(stem: String, weight: Float)] {
        weigher.ranked(members).prefix(20).map { (extractor.stems[Int(model.columnStems[$0.column])], $0.weight) }
    }

    /// Every statement with its placement, in answer order.
    func codedStatements(categories: [Codebook.Category]) -> [CodedStatement] {
        let newIDs = categories.suffix(newGroups.count).map(\.id)
        let codebookIDs = codebook?.categories.map(\.id) ?? []
        return keys.indices.map { index in
            let key = keys[index]
            if let decision = staffDecisions[index] {
                return CodedStatement(respondent: key.respondent, text: key.text, categories: decision.categories, decidedByStaff: true)
            }
            let score = Self.rounded(scores[index])
            let further = index < furtherCategories.count ? furtherCategories[index].map { category in
                Int(category) < codebookIDs.count ? codebookIDs[Int(category)] : newIDs[Int(category) - codebookIDs.count]
            } : []
            if codebookCategory[index] >= 0 {
                return CodedStatement(respondent: key.respondent, text: key.text,
                                      categories: [codebookIDs[Int(codebookCategory[index])]] + further, score: score,
                                      needsReview: needsReview[index])
            }
            if newGroupOf[index] >= 0 {
                return CodedStatement(respondent: key.respondent, text: key.text,
                                      categories: [newIDs[Int(newGroupOf[index])]] + further, score: score, needsReview: true)
            }
            // In Övrigt: sure only when the classifier is sure it was coded as nothing, or staff
            // coded the same text so.
            return CodedStatement(respondent: key.respondent, text: key.text,
                                  needsReview: !saysNothing[index] && sameTextClasses[index] == nil && (learnedTop == nil || needsReview[index]))
        }
    }

    /// A score as stored: within 0–1, two decimals, so files read back equal.
    static func rounded(_ score: Double) -> Double {
        (min(1, max(0, score)) * 100).rounded() / 100
    }
}
