public import Foundation

/// An ISO 8601 date-time with offset, kept as written (`2014-01-10T09:02:11+01:00`).
///
/// Kept as text so 10,000 files read fast; checked for shape when read, turned into a
/// `Date` only when someone asks.
public struct Timestamp: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let text: String

    /// Nil unless `text` is `YYYY-MM-DDTHH:MM:SS` with an optional fraction and `Z` or `±HH:MM`.
    public init?(_ text: String) {
        var text = text
        guard text.withUTF8({ Self.isWellFormed($0) }) else { return nil }
        self.text = text
    }

    /// The current time in the machine's time zone, to the second.
    public static func now() -> Timestamp {
        Timestamp(date: Date())
    }

    public init(date: Date, timeZone: TimeZone = .current) {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        formatter.formatOptions = [.withInternetDateTime]
        self.text = formatter.string(from: date)
    }

    public var date: Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = text.contains(".") ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
        return formatter.date(from: text)
    }

    public var description: String { text }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        if let left = lhs.date, let right = rhs.date { return left < right }
        return lhs.text < rhs.text
    }

    private static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= bytes.count && bytes[range].allSatisfy { $0 >= 48 && $0 <= 57 }
        }
        func byte(_ index: Int, _ expected: Character) -> Bool {
            index < bytes.count && bytes[index] == expected.asciiValue!
        }
        guard bytes.count >= 20, digits(0..<4), byte(4, "-"), digits(5..<7), byte(7, "-"), digits(8..<10),
              byte(10, "T") || byte(10, " "), digits(11..<13), byte(13, ":"), digits(14..<16), byte(16, ":"), digits(17..<19) else {
            return false
        }
        var index = 19
        if byte(index, ".") {
            index += 1
            let start = index
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
            if index == start { return false }
        }
        if byte(index, "Z") { return index + 1 == bytes.count }
        guard byte(index, "+") || byte(index, "-") else { return false }
        return index + 6 == bytes.count && digits(index + 1..<index + 3) && byte(index + 3, ":") && digits(index + 4..<index + 6)
    }
}
