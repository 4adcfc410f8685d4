public import SurveyYAML

/// What kind of answer a question takes, with that kind's settings.
public enum QuestionKind: Hashable, Sendable {
    case text(maxLength: Int?)
    case shortText(maxLength: Int)
    case number(NumberSpec)
    case singleChoice(ChoiceSpec)
    case multipleChoice(ChoiceSpec)
    case yesNo
    case scale([ScalePoint])
    case status
    case termOrDate(TermOrDate.Accept)
    case countGrid(CountGridSpec)
    case checkGrid(CheckGridSpec)

    /// The kind's name in form files.
    public var name: String {
        switch self {
        case .text: "text"
        case .shortText: "short-text"
        case .number: "number"
        case .singleChoice: "single-choice"
        case .multipleChoice: "multiple-choice"
        case .yesNo: "yes-no"
        case .scale: "scale"
        case .status: "status"
        case .termOrDate: "term-or-date"
        case .countGrid: "count-grid"
        case .checkGrid: "check-grid"
        }
    }

    public static let allNames = [
        "text", "short-text", "number", "single-choice", "multiple-choice", "yes-no",
        "scale", "status", "term-or-date", "count-grid", "check-grid",
    ]

    public var choices: ChoiceSpec? {
        switch self {
        case .singleChoice(let spec), .multipleChoice(let spec): spec
        default: nil
        }
    }
}

public struct NumberSpec: Hashable, Sendable {
    public var integer: Bool
    public var minimum: Double?
    public var maximum: Double?
    /// Above this an answer is still accepted, but only after the respondent confirms it ("Stämmer det?").
    public var plausibleMaximum: Double?
    public var unit: String?

    public init(integer: Bool = false, minimum: Double? = nil, maximum: Double? = nil, plausibleMaximum: Double? = nil, unit: String? = nil) {
        self.integer = integer
        self.minimum = minimum
        self.maximum = maximum
        self.plausibleMaximum = plausibleMaximum
        self.unit = unit
    }
}

/// One option of a choice question, or one row or column of a grid.
public struct Choice: Hashable, Sendable, Identifiable {
    public var id: String
    public var label: String
    public var location: SourceLocation?

    public init(id: String, label: String, location: SourceLocation? = nil) {
        self.id = id
        self.label = label
        self.location = location
    }
}

public struct ChoiceSpec: Hashable, Sendable {
    /// The reserved id of the "Annat, nämligen …" option.
    public static let otherID = "annat"
    public static let defaultOtherLabel = "Annat, nämligen …"

    public var choices: [Choice]
    /// The label of the free-text "other" option, if the question has one.
    public var otherLabel: String?
    public var minimumSelected: Int?
    public var maximumSelected: Int?

    public init(choices: [Choice], otherLabel: String? = nil, minimumSelected: Int? = nil, maximumSelected: Int? = nil) {
        self.choices = choices
        self.otherLabel = otherLabel
        self.minimumSelected = minimumSelected
        self.maximumSelected = maximumSelected
    }

    /// The options as the respondent sees them, the "other" option last.
    public var options: [Choice] {
        guard let otherLabel else { return choices }
        return choices + [Choice(id: Self.otherID, label: otherLabel)]
    }

    public func label(of id: String) -> String? {
        options.first { $0.id == id }?.label
    }
}

public struct ScalePoint: Hashable, Sendable {
    /// The values a form may give its points: enough for any scale, small enough that a mean
    /// over any number of answers is summed without overflow.
    public static let valueRange = -1_000_000...1_000_000

    public var value: Int
    public var label: String

    public init(value: Int, label: String) {
        self.value = value
        self.label = label
    }
}

public struct CountGridSpec: Hashable, Sendable {
    /// The largest count a row or total may hold, typed or read from a file.
    ///
    /// One bound for both, so a hand-edited file cannot hold what a respondent could not type;
    /// it keeps every sum of counts (per answer, per table, across 10,000 files) far inside
    /// the range of `Int`, so no sum can overflow.
    public static let maximumCount = Int(Int32.max) - 1

    public var rows: [Choice]
    /// The label of the total the rows must add up to, if the question asks for one.
    public var totalLabel: String?
    public var unit: String?

    public init(rows: [Choice], totalLabel: String? = nil, unit: String? = nil) {
        self.rows = rows
        self.totalLabel = totalLabel
        self.unit = unit
    }
}

public struct CheckGridSpec: Hashable, Sendable {
    public var rows: [Choice]
    public var columns: [Choice]

    public init(rows: [Choice], columns: [Choice]) {
        self.rows = rows
        self.columns = columns
    }
}

/// How far a measure has come, the `status` kind's three values.
public enum Status: String, Hashable, Sendable, CaseIterable {
    case notStarted = "ej-paborjad"
    case started = "paborjad"
    case done = "klar"

    /// The Swedish words the respondent sees.
    public var label: String {
        switch self {
        case .notStarted: "ej påbörjad"
        case .started: "påbörjad"
        case .done: "klar"
        }
    }
}
