public import SurveyYAML

/// A question's codebook and coding, as staff review them.
///
/// Every review operation is a pure function returning the new pair; the caller (the
/// terminal UI) saves both files atomically after each one. Statements a person places are
/// marked `decided: staff` and lose their score and review mark, so a re-run of the coder keeps
/// them as they are.
public struct CodedQuestion: Hashable, Sendable {
    public var codebook: Codebook
    public var coding: Coding

    public init(codebook: Codebook, coding: Coding) {
        self.codebook = codebook
        self.coding = coding
    }

    public init(_ result: CodingResult) {
        self.init(codebook: result.codebook, coding: result.coding)
    }

    /// Warnings for a question's files in a codes folder whose `question` names another
    /// question (a file copied from another question's, say): the file's name decides which
    /// question it codes, as a response file's name decides whose answers it holds.
    public static func questionMismatches(of question: String, codebook: Codebook, codebookPath: String,
                                          coding: Coding?, codingPath: String) -> [Diagnostic] {
        [(codebook.question, codebookPath), (coding?.question, codingPath)].compactMap { named, path in
            guard let named, named != question else { return nil }
            return .warning("filen heter \(quoted: question), men dess 'question' är \(quoted: named); filnamnet gäller",
                            at: SourceLocation(path: path, line: 1, column: 1))
        }
    }

    /// Respondent counts per category, for showing the category list.
    public var summary: CodingSummary { CodingSummary(codebook: codebook, coding: coding) }

    /// Gives a category a new label (the row label in the table); its id stays.
    public func renaming(_ id: String, to label: String) throws(ReviewError) -> CodedQuestion {
        let label = label.trimmingWhiteSpace()
        guard !label.isEmpty else { throw .emptyLabel }
        var result = self
        let index = try result.categoryIndex(id)
        result.codebook.categories[index].label = label
        return result
    }

    /// Moves every statement of `source` into `target` and removes `source`.
    ///
    /// The target keeps its label and `final` mark; it gains the source's terms and examples.
    /// A merge decides about categories, not about each statement in them: a statement keeps
    /// whether it is decided and its review mark, so one that does not belong with the rest is
    /// still asked about (were they all marked decided, review could never find it again).
    public func merging(_ source: String, into target: String) throws(ReviewError) -> CodedQuestion {
        guard source != target else { throw .sameCategory(source) }
        var result = self
        let sourceIndex = try result.categoryIndex(source)
        let targetIndex = try result.categoryIndex(target)
        let sourceCategory = result.codebook.categories[sourceIndex]
        for index in result.coding.statements.indices where result.coding.statements[index].categories.contains(source) {
            var statement = result.coding.statements[index]
            statement.categories = Self.replacing(source, with: target, in: statement.categories)
            result.coding.statements[index] = statement
        }
        var merged = result.codebook.categories[targetIndex]
        merged.terms = Self.appendingNew(sourceCategory.terms, to: merged.terms)
        merged.examples = Self.appendingNew(sourceCategory.examples, to: merged.examples)
        result.codebook.categories[targetIndex] = merged
        result.codebook.categories.remove(at: sourceIndex)
        return result
    }

    /// Splits a category in two: the given statements (those of them in `id`) move to a new
    /// category with `label`, placed right after the old one. With `id` nil they come out of
    /// Övrigt (statements in no category), and the new category is placed last: one decision
    /// makes a row of what the coder left uncategorized.
    ///
    /// Returns the new pair and the new category's id.
    public func splitting(_ id: String?, moving statements: Set<StatementKey>, toNewCategory label: String) throws(ReviewError) -> (CodedQuestion, newID: String) {
        let label = label.trimmingWhiteSpace()
        guard !label.isEmpty else { throw .emptyLabel }
        var result = self
        let index = try id.map { id throws(ReviewError) in try result.categoryIndex(id) }
        let moving = result.coding.statements.indices.filter { position in
            let statement = result.coding.statements[position]
            let inSource = id.map { statement.categories.contains($0) } ?? statement.categories.isEmpty
            return inSource && statements.contains(statement.key)
        }
        guard !moving.isEmpty else { throw .noStatementsToSplit(id) }
        let newID = CategoryID.unique(CategoryID.slug(label), avoiding: Set(result.codebook.categoryIDs))
        var examples: [String] = []
        for position in moving {
            var statement = result.coding.statements[position]
            statement.categories = id.map { Self.replacing($0, with: newID, in: statement.categories) } ?? [newID]
            statement.markDecidedByStaff()
            result.coding.statements[position] = statement
            if examples.count < 3, !examples.contains(statement.text) { examples.append(statement.text) }
        }
        let category = Codebook.Category(id: newID, label: label, examples: examples)
        guard let id, let index else {
            result.codebook.categories.append(category)
            return (result, newID)
        }
        result.codebook.categories.insert(category, at: index + 1)
        let kept = Set(result.coding.statements.filter { $0.categories.contains(id) }.map(\.text))
        result.codebook.categories[index].examples.removeAll { !kept.contains($0) && examples.contains($0) }
        return (result, newID)
    }

    /// Moves a statement (every copy with this respondent and text) out of `source` and into
    /// `target`; nil for `source` adds a category, nil for `target` takes one away (with none
    /// left, the statement is in "Övrigt").
    public func moving(_ statement: StatementKey, from source: String?, to target: String?) throws(ReviewError) -> CodedQuestion {
        var result = self
        if let source { _ = try result.categoryIndex(source) }
        if let target { _ = try result.categoryIndex(target) }
        let positions = result.coding.indices(of: statement)
        guard !positions.isEmpty else { throw .unknownStatement(statement) }
        for position in positions {
            var coded = result.coding.statements[position]
            if let source {
                guard coded.categories.contains(source) else { throw .statementNotInCategory(statement, source) }
                coded.categories.removeAll { $0 == source }
            }
            if let target, !coded.categories.contains(target) { coded.categories.append(target) }
            coded.markDecidedByStaff()
            result.coding.statements[position] = coded
        }
        return result
    }

    /// Puts a statement (every copy with this respondent and text) in one more category, keeping
    /// it in those it is in: a statement that names two things is in two categories.
    public func adding(_ statement: StatementKey, to target: String) throws(ReviewError) -> CodedQuestion {
        _ = try categoryIndex(target)
        let positions = coding.indices(of: statement)
        guard !positions.isEmpty else { throw .unknownStatement(statement) }
        guard positions.contains(where: { !coding.statements[$0].categories.contains(target) }) else {
            throw .alreadyInCategory(statement, target)
        }
        return try moving(statement, from: nil, to: target)
    }

    /// Takes a statement (every copy) out of one category; it stays in its others, and with
    /// none left it is in "Övrigt".
    public func removing(_ statement: StatementKey, from source: String) throws(ReviewError) -> CodedQuestion {
        try moving(statement, from: source, to: nil)
    }

    /// Deletes an empty category that is not final.
    ///
    /// A category with statements is refused (they would silently land in "Övrigt"): move them
    /// or merge the category instead. A final category is refused too: staff settled it.
    public func deletingCategory(_ id: String) throws(ReviewError) -> CodedQuestion {
        var result = self
        let index = try result.categoryIndex(id)
        let count = result.coding.statements.count { $0.categories.contains(id) }
        guard count == 0 else { throw .categoryNotEmpty(id, statements: count) }
        guard !result.codebook.categories[index].isFinal else { throw .finalCategory(id) }
        result.codebook.categories.remove(at: index)
        return result
    }

    /// Removes a category that is not final but not its statements: each stays in its other
    /// categories, or is in Övrigt. A proposed category that is no table row at all is undone
    /// in one decision. Like a merge, it decides about a category, not about each statement:
    /// those the coder placed there are asked about again (no score, `review: true`), so one
    /// that belongs in another category is still found; staff decisions stay decisions.
    public func dissolving(_ id: String) throws(ReviewError) -> CodedQuestion {
        var result = self
        let index = try result.categoryIndex(id)
        guard !result.codebook.categories[index].isFinal else { throw .finalCategory(id) }
        for position in result.coding.statements.indices where result.coding.statements[position].categories.contains(id) {
            var statement = result.coding.statements[position]
            statement.categories.removeAll { $0 == id }
            if !statement.decidedByStaff {
                statement.score = nil
                statement.needsReview = true
            }
            result.coding.statements[position] = statement
        }
        result.codebook.categories.remove(at: index)
        return result
    }

    /// Marks a category final (settled by staff, never changed by the coder), or not.
    public func markingFinal(_ id: String, _ isFinal: Bool = true) throws(ReviewError) -> CodedQuestion {
        var result = self
        let index = try result.categoryIndex(id)
        result.codebook.categories[index].isFinal = isFinal
        return result
    }

    /// Adds an empty category at the end, for statements staff move out of "Övrigt".
    ///
    /// Returns the new pair and the new category's id.
    public func addingCategory(label: String) throws(ReviewError) -> (CodedQuestion, newID: String) {
        let label = label.trimmingWhiteSpace()
        guard !label.isEmpty else { throw .emptyLabel }
        var result = self
        let newID = CategoryID.unique(CategoryID.slug(label), avoiding: Set(result.codebook.categoryIDs))
        result.codebook.categories.append(Codebook.Category(id: newID, label: label))
        return (result, newID)
    }

    /// The codebook and coding after the decision, and the id of the category it made (split,
    /// new category), if any.
    public func applying(_ decision: ReviewDecision) throws(ReviewError) -> (CodedQuestion, newCategory: String?) {
        switch decision {
        case let .rename(id, label): return (try renaming(id, to: label), nil)
        case let .merge(source, target): return (try merging(source, into: target), nil)
        case let .split(id, statements, label):
            let (result, newID) = try splitting(id, moving: statements, toNewCategory: label)
            return (result, newID)
        case let .move(key, source, target): return (try moving(key, from: source, to: target), nil)
        case let .add(key, target): return (try adding(key, to: target), nil)
        case let .remove(key, source): return (try removing(key, from: source), nil)
        case let .newCategory(label):
            let (result, newID) = try addingCategory(label: label)
            return (result, newID)
        case let .delete(id): return (try deletingCategory(id), nil)
        case let .dissolve(id): return (try dissolving(id), nil)
        case let .markFinal(id, isFinal): return (try markingFinal(id, isFinal), nil)
        case let .place(key, categories): return (try placing(key, in: categories), nil)
        }
    }

    /// A person's decision on one statement: it is in exactly `categories` (empty: Övrigt).
    ///
    /// Accepting the coder's suggestion and placing a statement elsewhere are both this.
    public func placing(_ key: StatementKey, in categories: [String]) throws(ReviewError) -> CodedQuestion {
        guard coding.statements.contains(where: { $0.key == key }) else { throw .unknownStatement(key) }
        for id in categories { _ = try categoryIndex(id) }
        var seen = Set<String>()
        let unique = categories.filter { seen.insert($0).inserted }
        var result = self
        for index in result.coding.statements.indices where result.coding.statements[index].key == key {
            result.coding.statements[index].categories = unique
            result.coding.statements[index].markDecidedByStaff()
        }
        return result
    }

    private func categoryIndex(_ id: String) throws(ReviewError) -> Int {
        guard let index = codebook.categories.firstIndex(where: { $0.id == id }) else {
            throw .unknownCategory(id, suggestion: Suggestion.closest(to: id, in: codebook.categoryIDs))
        }
        return index
    }

    private static func replacing(_ old: String, with new: String, in ids: [String]) -> [String] {
        var result: [String] = []
        for id in ids {
            let replaced = id == old ? new : id
            if !result.contains(replaced) { result.append(replaced) }
        }
        return result
    }

    private static func appendingNew(_ items: [String], to list: [String]) -> [String] {
        list + items.filter { !list.contains($0) }
    }
}

extension CodedStatement {
    /// A person placed the statement: no score, no question for review, kept by the coder.
    mutating func markDecidedByStaff() {
        score = nil
        needsReview = nil
        decidedByStaff = true
    }
}
