/// A review session: the codebook and coding as decided so far, the numbers shown for them,
/// and the session's decisions, which can be undone one at a time back to the start.
///
/// A value: the terminal UI keeps one, and saves the files after each decision or undo.
public struct ReviewSession: Hashable, Sendable {
    public private(set) var coded: CodedQuestion
    public private(set) var numbering: ReviewNumbering
    /// The decisions of the session, first to last.
    public private(set) var steps: [Step] = []

    /// One decision made, with what it changed.
    public struct Step: Hashable, Sendable {
        public let decision: ReviewDecision
        /// The codebook and coding before the decision; undoing it brings them back.
        public let before: CodedQuestion
        let numberingBefore: ReviewNumbering
    }

    public init(_ coded: CodedQuestion) {
        self.coded = coded
        self.numbering = ReviewNumbering(coded)
    }

    /// Makes a decision; nothing changes when it is refused.
    ///
    /// Returns the id of the category it made (split, new category), if any.
    @discardableResult
    public mutating func decide(_ decision: ReviewDecision) throws(ReviewError) -> String? {
        let (result, newID) = try coded.applying(decision)
        steps.append(Step(decision: decision, before: coded, numberingBefore: numbering))
        coded = result
        numbering = numbering.updated(for: result)
        return newID
    }

    /// The coder's new scores, `review` marks and the placements it is sure of, after it
    /// learned from a decision (`Coder.rescore`): not a decision of its own, so an undo takes
    /// it back with the decision it followed. Staff decisions and the codebook stay as they are.
    public mutating func takeScores(from rescored: CodedQuestion) {
        guard rescored.codebook == coded.codebook, rescored.coding.statements.count == coded.coding.statements.count else { return }
        for index in coded.coding.statements.indices where !coded.coding.statements[index].decidedByStaff {
            let new = rescored.coding.statements[index]
            guard new.key == coded.coding.statements[index].key, !new.decidedByStaff else { continue }
            coded.coding.statements[index] = new
        }
        numbering = numbering.updated(for: coded)
    }

    /// Takes back the session's last decision: the codebook, the coding and the numbers are as
    /// they were before it. Returns the step undone.
    @discardableResult
    public mutating func undo() throws(ReviewError) -> Step {
        guard let step = steps.popLast() else { throw .nothingToUndo }
        coded = step.before
        numbering = step.numberingBefore
        return step
    }
}
