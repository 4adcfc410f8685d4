/// The numbers a review session shows for categories and statements; they do not shift while
/// the session lasts.
///
/// At the start, categories are numbered 1, 2, … in codebook order, and the statements of each
/// category, and of "Övrigt", 1, 2, … in coding order. After a decision a category keeps its
/// number; a category made anew (new, split) gets the next number not yet used in the session,
/// and the number of one that went away (merged, deleted) is not used again. A statement keeps
/// its number in a category as long as it stays there; one that joins a category gets that
/// category's next unused number, so a category's numbers can have gaps. Statements are told
/// apart by their position in the coding, which review decisions never change, so a
/// respondent's repeated statement keeps a number of its own.
public struct ReviewNumbering: Hashable, Sendable {
    private var categoryNumbers: [String: Int] = [:]
    private var nextCategoryNumber = 1
    /// Per category or Övrigt: the statement's position in the coding → its number there.
    private var statementNumbers: [Place: [Int: Int]] = [:]
    private var nextStatementNumber: [Place: Int] = [:]

    private enum Place: Hashable {
        case category(String)
        case other

        init(_ id: String?) {
            self = id.map(Place.category) ?? .other
        }
    }

    /// The numbers at the start of a session.
    public init(_ coded: CodedQuestion) {
        self = updated(for: coded)
    }

    /// The numbers after a decision: those of categories and statements still in place kept,
    /// new ones given the next unused numbers, in codebook and coding order.
    public func updated(for coded: CodedQuestion) -> ReviewNumbering {
        var result = self
        let ids = coded.codebook.categoryIDs
        let present = Set(ids)
        for id in categoryNumbers.keys where !present.contains(id) {
            result.categoryNumbers[id] = nil
            result.statementNumbers[.category(id)] = nil
            result.nextStatementNumber[.category(id)] = nil
        }
        for id in ids where result.categoryNumbers[id] == nil {
            result.categoryNumbers[id] = result.nextCategoryNumber
            result.nextCategoryNumber += 1
        }
        var members: [Place: [Int]] = [:]
        for (position, statement) in coded.coding.statements.enumerated() {
            if statement.categories.isEmpty {
                members[.other, default: []].append(position)
            }
            for id in Set(statement.categories) where present.contains(id) {
                members[.category(id), default: []].append(position)
            }
        }
        for place in [Place.other] + ids.map(Place.category) {
            let list = members[place] ?? []
            let kept = Set(list)
            var numbers = (result.statementNumbers[place] ?? [:]).filter { kept.contains($0.key) }
            var next = result.nextStatementNumber[place] ?? 1
            for position in list where numbers[position] == nil {
                numbers[position] = next
                next += 1
            }
            result.statementNumbers[place] = numbers
            result.nextStatementNumber[place] = next
        }
        return result
    }

    /// The number shown for a category, nil for one not in the codebook.
    public func number(ofCategory id: String) -> Int? {
        categoryNumbers[id]
    }

    /// The category shown with this number, nil when none is (or no longer is).
    public func category(numbered number: Int) -> String? {
        categoryNumbers.first { $0.value == number }?.key
    }

    /// The numbers categories have now, smallest first.
    public var categoryNumbersInUse: [Int] {
        categoryNumbers.values.sorted()
    }

    /// A statement's number in a category and its position in the coding.
    public struct Statement: Hashable, Sendable {
        public var number: Int
        public var position: Int

        public init(number: Int, position: Int) {
            self.number = number
            self.position = position
        }
    }

    /// The statements of a category (nil: of Övrigt), smallest number first.
    public func statements(in category: String?) -> [Statement] {
        (statementNumbers[Place(category)] ?? [:]).map { Statement(number: $0.value, position: $0.key) }.sorted { $0.number < $1.number }
    }

    /// The position in the coding of the statement shown with this number in a category (nil:
    /// in Övrigt), nil when none is.
    public func position(ofStatement number: Int, in category: String?) -> Int? {
        statementNumbers[Place(category)]?.first { $0.value == number }?.key
    }
}
