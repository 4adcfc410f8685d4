import Foundation
import Testing
@testable import SurveyCoder
import SurveyYAML

/// Learning from coded answers: the coded CSV, answer-level labels, calibration, re-scoring and the review queue.
struct LearningTests {
    static let lankatsBook = Codebook(question: "lankats", categories: [
        Codebook.Category(id: "matematiklyftet", label: "Matematiklyftet"),
        Codebook.Category(id: "systematiska-kvalitetsarbetet", label: "Systematiska kvalitetsarbetet"),
    ])

    /// Twelve statements staff placed in each of `lankatsBook`'s categories: enough for the coder to learn.
    static let decidedStatements = (0..<12).flatMap { index in
        [CodedStatement(respondent: "M\(index)", text: "Matematiklyftet på skola \(index) med moduler.",
                        categories: ["matematiklyftet"], decidedByStaff: true),
         CodedStatement(respondent: "K\(index)", text: "Kvalitetsarbetet följer upp skola \(index) med analys.",
                        categories: ["systematiska-kvalitetsarbetet"], decidedByStaff: true)]
    }

    static func source(_ text: String) -> SourceText {
        SourceText(path: "kodat.csv", bytes: Array(text.utf8))
    }

    @Test func codedAnswersAreReadWithTheirLabels() throws {
        let rows = try CodedAnswerCSV.read(Self.source("""
        Respondent,Question,Text,Categories,Kommentar
        Borås,lankats,"Satsningen hänger ihop med ML; och med kvalitetsarbetet.","Matematiklyftet; Systematiska kvalitetsarbetet ",x
        Luleå,lankats,Kopplingen görs i kommungruppen.,,

        """))
        #expect(rows.map(\.labels) == [["Matematiklyftet", "Systematiska kvalitetsarbetet"], []])
        #expect(rows.map(\.respondent) == ["Borås", "Luleå"])
        #expect(rows[0].text == "Satsningen hänger ihop med ML; och med kvalitetsarbetet.")
        #expect(rows[0].categoriesLocation == SourceLocation(path: "kodat.csv", line: 2, column: 74))
        #expect(rows[1].questionLocation == SourceLocation(path: "kodat.csv", line: 3, column: 7))
    }

    @Test func everyBadRowIsReportedWithItsPosition() {
        #expect(throws: FileDiagnostics([
            .error("raden har 3 fält; rubrikraden har 4", at: SourceLocation(path: "kodat.csv", line: 3, column: 1)),
            .error("svarets text saknas; ett kodat svar behöver sin text för att kodaren ska kunna lära av det",
                   at: SourceLocation(path: "kodat.csv", line: 4, column: 15)),
        ])) {
            try CodedAnswerCSV.read(Self.source("""
            respondent,question,text,categories
            Borås,lankats,ML,Matematiklyftet
            Umeå,lankats,ML
            Luleå,lankats,  ,Matematiklyftet

            """))
        }
        #expect(throws: FileDiagnostics([.error("rubrikraden har ingen kolumn 'categories'; menade du 'category'?",
                                                 at: SourceLocation(path: "kodat.csv", line: 1, column: 1))])) {
            try CodedAnswerCSV.read(Self.source("respondent,question,text,category\nBorås,lankats,ML,Matematiklyftet\n"))
        }
        #expect(throws: FileDiagnostics([.error("citattecken i ett fält utan citattecken; sätt hela fältet inom citattecken och skriv citattecknet två gånger (\"\")",
                                                 at: SourceLocation(path: "kodat.csv", line: 2, column: 18))])) {
            try CodedAnswerCSV.read(Self.source("respondent,question,text,categories\nBorås,lankats,ML \"x\",Matematiklyftet\n"))
        }
    }

    @Test func labelsNameTheCodebooksCategoriesOrAreAnErrorAtTheirCell() throws {
        let rows = try CodedAnswerCSV.read(Self.source("""
        respondent,question,text,categories
        Borås,lankats,Vi deltar i ML.,matematiklyftet
        Umeå,lankats,Kvalitetsarbetet.,Systematiska  kvalitetsarbetet
        Luleå,lankats,Något annat.,
        Karlstad,svarigheter,Tiden.,Tid

        """))
        let set = try TrainingSet.fromCodedAnswers(rows, question: "lankats", categories: Self.lankatsBook.categories)
        #expect(set.examples.map(\.categories) == [["matematiklyftet"], ["systematiska-kvalitetsarbetet"], []])
        #expect(set.examples.allSatisfy { $0.level == .answer && $0.weight == 1 })
        #expect(set.hasDecisions)

        let misspelt = try CodedAnswerCSV.read(Self.source("respondent,question,text,categories\nBorås,lankats,ML,Matematiklyft\n"))
        #expect(throws: FileDiagnostics([.error("'Matematiklyft' är ingen kategori i lankats; menade du 'Matematiklyftet'?",
                                                 at: SourceLocation(path: "kodat.csv", line: 2, column: 18))])) {
            try TrainingSet.fromCodedAnswers(misspelt, question: "lankats", categories: Self.lankatsBook.categories)
        }
        // Without a codebook the labels are the categories.
        let fresh = try TrainingSet.fromCodedAnswers(rows, question: "svarigheter", categories: [])
        #expect(fresh.categories.map(\.label) == ["Tid"])
        #expect(fresh.examples.map(\.categories) == [["tid"]])
    }

    @Test func aCodingFromAnotherYearNamesCategoriesByLabel() {
        let lastYear = TrainingSet(categories: [Codebook.Category(id: "ml", label: "Matematiklyftet")],
                                   examples: [TrainingSet.Example(respondent: "Umeå", text: "Vi deltar i ML.", categories: ["ml"])])
        let matched = lastYear.matching(Self.lankatsBook.categories)
        #expect(matched.examples.map(\.categories) == [["matematiklyftet"]])
        #expect(matched.categories.map(\.id) == ["matematiklyftet"])
    }

    /// Answers coded as a whole teach their statements: each statement learns the category it is
    /// about. Answers with one category say which words belong where; those with two are then
    /// divided between their statements.
    @Test func answerLevelLabelsTeachStatements() throws {
        var examples: [TrainingSet.Example] = [
            TrainingSet.Example(respondent: "S1", text: "Matematiklyftet pågår.", categories: ["matematiklyftet"], level: .answer),
            TrainingSet.Example(respondent: "S2", text: "Vi deltar i Matematiklyftet.", categories: ["matematiklyftet"], level: .answer),
            TrainingSet.Example(respondent: "S3", text: "Kvalitetsarbetet följer upp.", categories: ["systematiska-kvalitetsarbetet"], level: .answer),
            TrainingSet.Example(respondent: "S4", text: "Målen finns i kvalitetsarbetet.", categories: ["systematiska-kvalitetsarbetet"], level: .answer),
        ]
        let matematiklyftet = ["Vi deltar i Matematiklyftet.", "Matematiklyftet pågår på skolorna.", "Lärarna går Matematiklyftet.",
                               "Matematiklyftet startar i höst.", "Alla skolor är med i Matematiklyftet.", "Matematiklyftet ger lärarna verktyg."]
        let kvalitet = ["Uppföljningen sker i kvalitetsarbetet.", "Det systematiska kvalitetsarbetet tar upp målen.",
                        "Satsningen följs upp i kvalitetsarbetet.", "Resultaten analyseras i kvalitetsarbetet.",
                        "Kvalitetsarbetet omfattar matematiken.", "Målen finns i kvalitetsarbetet."]
        for (index, (first, second)) in zip(matematiklyftet, kvalitet).enumerated() {
            examples.append(TrainingSet.Example(respondent: "R\(index)", text: "\(first) \(second)",
                                                categories: ["matematiklyftet", "systematiska-kvalitetsarbetet"], level: .answer))
        }
        let training = TrainingSet(categories: Self.lankatsBook.categories, examples: examples)
        let answers = [Answer(respondent: "Ny", text: "Lärarna deltar i Matematiklyftet. Kvalitetsarbetet följer upp satsningen.")]
        let result = try Coder(options: CoderOptions(categories: .fixed(2))).code(answers, question: "lankats", codebook: Self.lankatsBook,
                                                                                  training: training)
        #expect(result.learned)
        #expect(result.coding.statements.map(\.text) == ["Lärarna deltar i Matematiklyftet.", "Kvalitetsarbetet följer upp satsningen."])
        #expect(result.coding.statements.map { $0.categories.first } == ["matematiklyftet", "systematiska-kvalitetsarbetet"])
    }

    /// Of the statements scored about p, about p are right: the out-of-fold temperature makes
    /// scores mean what they say, on a case where a third of the examples are labelled at random.
    @Test func scoresAreCalibrated() throws {
        var random = SeededGenerator(seed: 7)
        let words = [["matematiklyftet", "moduler", "handledare", "lyftet"], ["kvalitetsarbetet", "uppföljning", "analys", "resultaten"],
                     ["tid", "schemat", "träffar", "planering"]]
        let ids = ["a", "b", "c"]
        func text(_ theme: Int) -> String {
            let own = words[theme]
            let other = words[(theme + 1 + random.below(2)) % 3]
            return "\(own[random.below(4)]) \(own[random.below(4)]) \(other[random.below(4)]) och mer"
        }
        var examples: [TrainingSet.Example] = []
        for index in 0..<300 {
            let theme = index % 3
            // A third of the labels are noise: a model that is right on them by chance would be overconfident.
            let label = random.below(3) == 0 ? random.below(3) : theme
            examples.append(TrainingSet.Example(respondent: "T\(index)", text: text(theme), categories: [ids[label]]))
        }
        var answers: [Answer] = []
        var truth: [Int] = []
        for index in 0..<600 {
            let theme = index % 3
            let label = random.below(3) == 0 ? random.below(3) : theme
            answers.append(Answer(respondent: "S\(index)", text: text(theme)))
            truth.append(label)
        }
        let book = Codebook(question: "q", categories: ids.map { Codebook.Category(id: $0, label: $0.uppercased()) })
        var options = CoderOptions(categories: .fixed(3), splitting: .wholeAnswer)
        options.targetAccuracy = 0.8
        let result = try Coder(options: options).code(answers, question: "q", codebook: book,
                                                      training: TrainingSet(categories: book.categories, examples: examples))
        let scored = zip(result.coding.statements, truth).map { statement, label in
            (score: statement.score ?? 0, right: statement.categories.first == ids[label])
        }
        // Expected accuracy of the whole set (the mean score) against the share right.
        let meanScore = scored.map(\.score).reduce(0, +) / Double(scored.count)
        let shareRight = Double(scored.filter(\.right).count) / Double(scored.count)
        #expect(abs(meanScore - shareRight) < 0.05, "mean score \(meanScore), share right \(shareRight)")
        // The automatic part is right about as often as the coder says.
        let automatic = zip(result.coding.statements, scored).filter { $0.0.needsReview == false }.map(\.1)
        if let estimated = result.estimatedAccuracy, !automatic.isEmpty {
            let right = Double(automatic.filter(\.right).count) / Double(automatic.count)
            #expect(abs(right - estimated) < 0.06, "estimated \(estimated), right \(right) of \(automatic.count)")
        }
    }

    @Test func withoutPeoplesDecisionsNothingIsCodedAutomatically() throws {
        // Only the coder's own earlier placements: it can learn nothing about how right it is.
        let training = TrainingSet(categories: Self.lankatsBook.categories, examples: (0..<20).map { index in
            TrainingSet.Example(respondent: "R\(index)", text: "Vi deltar i Matematiklyftet \(index).", categories: ["matematiklyftet"],
                                weight: TrainingSet.coderPlacementWeight)
        })
        let result = try Coder().code([Answer(respondent: "Ny", text: "Matematiklyftet.")], question: "lankats",
                                      codebook: Self.lankatsBook, training: training)
        #expect(!result.learned)
        #expect(result.coding.statements.allSatisfy { $0.awaitsReview })
    }

    @Test func theQueueAsksFirstWhatIsLeastSureAndChangesTheTablesMost() {
        let statements = [
            CodedStatement(respondent: "A", text: "sure", categories: ["x"], score: 0.9, needsReview: true),
            CodedStatement(respondent: "B", text: "unsure, the only statement of B in x", categories: ["x"], score: 0.4, needsReview: true),
            CodedStatement(respondent: "C", text: "unsure, C is in x twice", categories: ["x"], score: 0.4, needsReview: true),
            CodedStatement(respondent: "C", text: "C again", categories: ["x"], score: 0.95, needsReview: false),
            CodedStatement(respondent: "D", text: "decided", categories: ["x"], decidedByStaff: true),
            CodedStatement(respondent: "E", text: "in Övrigt, no score"),
        ]
        let coded = CodedQuestion(codebook: Codebook(question: "q", categories: [Codebook.Category(id: "x", label: "X")]),
                                  coding: Coding(question: "q", statements: statements))
        let queue = ReviewQueue.items(coded)
        // (1 − 0.4) · 2 = 1.2; (1 − 0.4) · 1 = 0.6; no score: (1 − 0.5) · 1 = 0.5; (1 − 0.9) · 2 = 0.2.
        #expect(queue.map(\.key.text) == ["unsure, the only statement of B in x", "unsure, C is in x twice", "in Övrigt, no score", "sure"])
        #expect(ReviewQueue.items(coded, includingAutomatic: true).last?.key.text == "C again")
        // Where the suggestion is not where the statement is, the coder disagrees with itself:
        // it counts as wrong, (1) · 2 = 2 first; a suggestion that keeps both categories agrees.
        let disagreeing = ReviewQueue.items(coded, suggestions: [StatementKey(respondent: "A", text: "sure"): []])
        #expect(disagreeing.first?.key.text == "sure")
        #expect(disagreeing.first?.priority == 2)
        #expect(ReviewQueue.items(coded, suggestions: [StatementKey(respondent: "A", text: "sure"): ["x"]]).map(\.key.text) == queue.map(\.key.text))
        let progress = ReviewQueue.Progress(coded.coding, estimatedAccuracy: 0.968)
        #expect(progress.line == "Beslutade: 1 · kodade automatiskt: 1 (uppskattad träffsäkerhet 96 %) · kvar att granska: 4")
    }

    /// Once nothing awaits review, the statements coded automatically follow, least sure first,
    /// and among equally sure ones those whose words people have least confirmed.
    @Test func automaticStatementsComeLeastSureThenLeastConfirmedFirst() {
        let statements = [
            CodedStatement(respondent: "A", text: "Förstelärare i matematik", categories: ["x"], score: 1, needsReview: false),
            CodedStatement(respondent: "B", text: "Utbildning i IKT för matematiklärare", categories: ["x"], score: 1, needsReview: false),
            CodedStatement(respondent: "C", text: "Fler förstelärare", categories: ["x"], score: 0.97, needsReview: false),
            CodedStatement(respondent: "D", text: "Förstelärare", categories: ["x"], decidedByStaff: true),
        ]
        let coded = CodedQuestion(codebook: Codebook(question: "q", categories: [Codebook.Category(id: "x", label: "X")]),
                                  coding: Coding(question: "q", statements: statements))
        let shares = [StatementKey(respondent: "A", text: "Förstelärare i matematik"): 0.0,
                      StatementKey(respondent: "B", text: "Utbildning i IKT för matematiklärare"): 0.6,
                      StatementKey(respondent: "C", text: "Fler förstelärare"): 0.0]
        #expect(ReviewQueue.items(coded, unconfirmedShares: shares, includingAutomatic: true).map(\.key.respondent) == ["C", "B", "A"])
        #expect(ReviewQueue.items(coded, includingAutomatic: true).map(\.key.respondent) == ["C", "A", "B"])
        #expect(ReviewQueue.items(coded, unconfirmedShares: shares).isEmpty)
    }

    /// A classifier needs examples worth five decisions in every category people decided in; the
    /// coder's own placements count at their weight, last year's few decisions do not suffice.
    @Test func aClassifierLearnsOnlyFromEnoughExamples() {
        let categories = Self.lankatsBook.categories
        func example(_ index: Int, _ category: String, weight: Double) -> TrainingSet.Example {
            TrainingSet.Example(respondent: "R\(index)", text: "Text \(index)", categories: [category], weight: weight)
        }
        let lastYear = TrainingSet(categories: categories, examples: (0..<4).map { example($0, "matematiklyftet", weight: 1) })
        #expect(!CodingRun.enoughExamples(lastYear, categories: categories))
        let fifth = TrainingSet(categories: categories, examples: (0..<5).map { example($0, "matematiklyftet", weight: 1) })
        #expect(CodingRun.enoughExamples(fifth, categories: categories))
        // In review: one decision and the coder's 14 placements (14 · 0.3 + 1 = 5.2).
        let review = TrainingSet(categories: categories, examples: [example(0, "matematiklyftet", weight: 1)]
            + (1...14).map { example($0, "matematiklyftet", weight: TrainingSet.coderPlacementWeight) })
        #expect(CodingRun.enoughExamples(review, categories: categories))
        // Placements alone are no decision to learn from.
        let none = TrainingSet(categories: categories, examples: (1...30).map { example($0, "matematiklyftet", weight: TrainingSet.coderPlacementWeight) })
        #expect(!CodingRun.enoughExamples(none, categories: categories))
    }

    @Test func reScoringLearnsADecisionKeepsStaffAndIsDeterministic() throws {
        let book = Self.lankatsBook
        var statements = Self.decidedStatements
        statements.append(CodedStatement(respondent: "X", text: "Moduler i Matematiklyftet.", categories: [], score: nil))
        let coded = CodedQuestion(codebook: book, coding: Coding(question: "lankats", statements: statements))
        let coder = try Coder()
        let first = try coder.rescore(coded)
        let second = try coder.rescore(coded)
        #expect(first == second)
        #expect(first.learned)
        #expect(first.suggestions[StatementKey(respondent: "X", text: "Moduler i Matematiklyftet.")] == ["matematiklyftet"])
        #expect(first.coded.coding.statements.prefix(24) == coded.coding.statements.prefix(24))
        // From where the last one ended, the same answer.
        let warm = try coder.rescore(coded, previous: first)
        #expect(warm.suggestions == first.suggestions)
    }

    /// What staff placed word for word in this coding is coded as they placed it, without review,
    /// however the classifier reads it: in both categories, or in none; not where staff
    /// disagreed, and not a text that only begins the same.
    @Test func aTextPeoplePlacedIsCodedAsTheyPlacedIt() throws {
        let book = Self.lankatsBook
        let both = ["matematiklyftet", "systematiska-kvalitetsarbetet"]
        let long = "Vi följer upp arbetet med matematiken på alla skolor i kommunen varje termin och i varje årskurs, "
        var statements = Self.decidedStatements
        statements += [
            CodedStatement(respondent: "A", text: "Moduler och analys hänger ihop.", categories: both, decidedByStaff: true),
            CodedStatement(respondent: "B", text: "Vi har bytt schemasystem.", categories: [], decidedByStaff: true),
            CodedStatement(respondent: "C", text: "Moduler och analys.", categories: ["matematiklyftet"], decidedByStaff: true),
            CodedStatement(respondent: "D", text: "moduler och analys", categories: ["systematiska-kvalitetsarbetet"], decidedByStaff: true),
            CodedStatement(respondent: "E", text: long + "med moduler.", categories: ["matematiklyftet"], decidedByStaff: true),
        ]
        let undecided = [
            CodedStatement(respondent: "X", text: "moduler  och analys hänger ihop", categories: ["matematiklyftet"], score: 0.5),
            CodedStatement(respondent: "Y", text: "Vi har bytt schemasystem!", categories: ["matematiklyftet"], score: 0.5),
            CodedStatement(respondent: "Z", text: "Moduler och analys!", categories: [], score: nil),
            CodedStatement(respondent: "W", text: long + "med analys.", categories: [], score: nil),
        ]
        let coded = CodedQuestion(codebook: book, coding: Coding(question: "lankats", statements: statements + undecided))
        let rescored = try Coder().rescore(coded)
        func after(_ respondent: String) -> CodedStatement? {
            rescored.coded.coding.statements.first { $0.respondent == respondent }
        }
        #expect(after("X")?.categories == both)
        #expect(after("X")?.needsReview == false)
        #expect(after("X")?.score == 1)
        #expect(rescored.suggestions[StatementKey(respondent: "X", text: "moduler  och analys hänger ihop")] == both)
        #expect(after("Y")?.categories == [])
        #expect(after("Y")?.needsReview == false)
        // People placed "Moduler och analys" in two ways, and the long texts differ after their beginning.
        #expect(after("Z")?.score != 1)
        #expect(after("W")?.score != 1)
        #expect(CodingRun.sameTextKey(" Moduler  och\tanalys!") == CodingRun.sameTextKey("moduler och analys"))
        #expect(CodingRun.sameTextKey(long + "med moduler.") != CodingRun.sameTextKey(long + "med analys."))
        // Words people placed are confirmed: "schemasystem" (as nothing), "moduler" and "analys".
        #expect(rescored.unconfirmedShares[StatementKey(respondent: "Y", text: "Vi har bytt schemasystem!")] == 0)
        #expect(rescored.unconfirmedShares[StatementKey(respondent: "Z", text: "Moduler och analys!")] == 0)
    }

    /// Before the coder can learn (too few decisions for a classifier), what staff placed word for
    /// word is coded as they placed it all the same; other statements keep their places.
    @Test func aTextPeoplePlacedIsCodedAsTheyPlacedItBeforeTheCoderLearns() throws {
        let statements = [
            CodedStatement(respondent: "A", text: "Moduler i Matematiklyftet.", categories: ["matematiklyftet"], decidedByStaff: true),
            CodedStatement(respondent: "B", text: "Vi har bytt schemasystem.", categories: [], decidedByStaff: true),
            CodedStatement(respondent: "C", text: "Kvalitetsarbetet följer upp.", categories: ["systematiska-kvalitetsarbetet"], score: 0.5),
            CodedStatement(respondent: "X", text: "moduler i  matematiklyftet", categories: ["systematiska-kvalitetsarbetet"], score: 0.5),
            CodedStatement(respondent: "Y", text: "Vi har bytt schemasystem!", categories: ["matematiklyftet"], score: 0.5),
        ]
        let coded = CodedQuestion(codebook: Self.lankatsBook, coding: Coding(question: "lankats", statements: statements))
        let rescored = try Coder().rescore(coded)
        #expect(!rescored.learned)
        func after(_ respondent: String) -> CodedStatement? {
            rescored.coded.coding.statements.first { $0.respondent == respondent }
        }
        #expect(after("X")?.categories == ["matematiklyftet"])
        #expect(after("X")?.needsReview == false)
        #expect(after("X")?.score == 1)
        #expect(rescored.suggestions[StatementKey(respondent: "X", text: "moduler i  matematiklyftet")] == ["matematiklyftet"])
        #expect(after("Y")?.categories == [])
        #expect(after("Y")?.needsReview == false)
        #expect(after("C") == statements[2])
    }

    /// `survey code` run again before the coder can learn does as `survey review` does: what
    /// staff placed word for word is coded as they placed it, without review, in those
    /// categories only, and joins no new category.
    @Test func codingAgainBeforeTheCoderLearnsPlacesWhatPeoplePlacedWordForWord() throws {
        let both = ["matematiklyftet", "systematiska-kvalitetsarbetet"]
        let decided = [
            CodedStatement(respondent: "A", text: "Moduler i Matematiklyftet.", categories: ["matematiklyftet"], decidedByStaff: true),
            CodedStatement(respondent: "B", text: "Vi har bytt schemasystem.", categories: [], decidedByStaff: true),
            CodedStatement(respondent: "C", text: "Analys och moduler hänger ihop.", categories: both, decidedByStaff: true),
        ]
        let answers = decided.map { Answer(respondent: $0.respondent, text: $0.text) } + [
            Answer(respondent: "X", text: "moduler i  matematiklyftet"),
            Answer(respondent: "Y", text: "Vi har bytt schemasystem!"),
            Answer(respondent: "Z", text: "Analys och moduler hänger ihop"),
            Answer(respondent: "V", text: "Vi har bytt schemasystem."),
            Answer(respondent: "W", text: "Kvalitetsarbetet följer upp skolorna."),
        ]
        let result = try Coder().code(answers, question: "lankats", codebook: Self.lankatsBook,
                                      previous: Coding(question: "lankats", statements: decided))
        #expect(!result.learned)
        func coded(_ respondent: String) -> CodedStatement? {
            result.coding.statements.first { $0.respondent == respondent }
        }
        #expect(coded("X")?.categories == ["matematiklyftet"])
        #expect(coded("X")?.needsReview == false)
        #expect(coded("X")?.score == 1)
        #expect(coded("Z")?.categories == both)
        #expect(coded("Z")?.needsReview == false)
        // Coded as nothing, as staff coded it: in Övrigt, not a new category of two.
        #expect(coded("Y")?.categories == [] && coded("V")?.categories == [])
        #expect(coded("Y")?.needsReview == false && coded("V")?.needsReview == false)
        #expect(result.codebook.categories.map(\.id) == Self.lankatsBook.categories.map(\.id))
        // Staff's own decisions stay theirs; other statements are still for review.
        #expect(coded("A")?.decidedByStaff == true)
        #expect(coded("W")?.needsReview == true)
    }

    /// The share of a statement's words that no person placed, misspellings aside: what the
    /// coder's sureness about it cannot rest on.
    @Test func theShareOfWordsNoPersonPlacedIsWhatTheCoderCannotHaveLearned() throws {
        var statements = Self.decidedStatements
        // Two respondents write "IKT" and "surfplattor", which no decided statement has; one
        // misspells "moduler" once; one names a school nurse, as no one else does.
        statements.append(CodedStatement(respondent: "N", text: "Moduler om IKT och surfplattor.", categories: ["matematiklyftet"], score: 0.9))
        statements.append(CodedStatement(respondent: "P", text: "IKT och surfplattor i moduler.", categories: ["matematiklyftet"], score: 0.9))
        statements.append(CodedStatement(respondent: "O", text: "Modluer och analys.", categories: ["matematiklyftet"], score: 0.9))
        statements.append(CodedStatement(respondent: "Q", text: "Moduler och en skolsköterska.", categories: ["matematiklyftet"], score: 0.9))
        let rescored = try Coder().rescore(CodedQuestion(codebook: Self.lankatsBook, coding: Coding(question: "lankats", statements: statements)))
        let novel = try #require(rescored.unconfirmedShares[StatementKey(respondent: "N", text: "Moduler om IKT och surfplattor.")])
        #expect(novel > 0.5 && novel < 1)
        #expect(rescored.unconfirmedShares[StatementKey(respondent: "O", text: "Modluer och analys.")] == 0)
        #expect(rescored.unconfirmedShares[StatementKey(respondent: "Q", text: "Moduler och en skolsköterska.")] ?? 0 > 0.5)
    }
}
