/// A school term (`vt 2013`, `ht 2012`) or a calendar date (`2013-09-15`).
public enum TermOrDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Term: String, Hashable, Sendable {
        /// Vårtermin, spring.
        case spring = "vt"
        /// Hösttermin, autumn.
        case autumn = "ht"
    }

    /// Which forms a question accepts.
    public enum Accept: String, Hashable, Sendable, CaseIterable {
        case term
        case date
        case both
    }

    case term(Term, year: Int)
    case date(year: Int, month: Int, day: Int)

    /// The normalised text stored in response files: `vt 2013` or `2013-09-15`.
    public var description: String {
        switch self {
        case let .term(term, year): "\(term.rawValue) \(year)"
        case let .date(year, month, day):
            "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        }
    }

    public var isTerm: Bool {
        if case .term = self { return true }
        return false
    }

    /// Reads what people write: `vt 2013`, `VT13`, `vt-13`, `hösten 2012`, `våren 2013`,
    /// `ht 2012`, `2013-09-15`, `2013-9-5`, `15/9 2013`.
    public init?(parsing input: String) {
        let text = input.trimmingWhitespace().lowercased()
        if let value = Self.parseDate(text) {
            self = value
            return
        }
        if let value = Self.parseTerm(text) {
            self = value
            return
        }
        return nil
    }

    private static func parseTerm(_ text: String) -> TermOrDate? {
        let prefixes: [(String, Term)] = [
            ("vårterminen", .spring), ("vårtermin", .spring), ("våren", .spring), ("vt", .spring),
            ("höstterminen", .autumn), ("hösttermin", .autumn), ("hösten", .autumn), ("ht", .autumn),
        ]
        for (prefix, term) in prefixes where text.hasPrefix(prefix) {
            var rest = Substring(text.dropFirst(prefix.count))
            while let first = rest.first, first == " " || first == "-" || first == "." { rest = rest.dropFirst() }
            guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(rest) else { return nil }
            switch rest.count {
            case 2: return .term(term, year: 2000 + number)
            case 4 where (1900...2200).contains(number): return .term(term, year: number)
            default: return nil
            }
        }
        return nil
    }

    private static func parseDate(_ text: String) -> TermOrDate? {
        let isoParts = text.split(separator: "-", omittingEmptySubsequences: false)
        if isoParts.count == 3, isoParts[0].count == 4,
           let year = Int(isoParts[0]), let month = Int(isoParts[1]), let day = Int(isoParts[2]) {
            return validDate(year: year, month: month, day: day)
        }
        // Swedish day/month year: "15/9 2013" or "15/9/2013".
        let slashParts = text.split(whereSeparator: { $0 == "/" || $0 == " " })
        if slashParts.count == 3, text.contains("/"),
           let day = Int(slashParts[0]), let month = Int(slashParts[1]), let year = Int(slashParts[2]), slashParts[2].count == 4 {
            return validDate(year: year, month: month, day: day)
        }
        return nil
    }

    private static func validDate(year: Int, month: Int, day: Int) -> TermOrDate? {
        guard (1900...2200).contains(year), (1...12).contains(month) else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        return .date(year: year, month: month, day: day)
    }

    /// Terms sort at their start: spring term in January, autumn term in August.
    private var sortKey: (Int, Int, Int) {
        switch self {
        case let .term(term, year): (year, term == .spring ? 1 : 8, 0)
        case let .date(year, month, day): (year, month, day)
        }
    }

    public static func < (lhs: TermOrDate, rhs: TermOrDate) -> Bool { lhs.sortKey < rhs.sortKey }
}

extension String {
    /// The string without leading and trailing white space and line breaks.
    package func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
