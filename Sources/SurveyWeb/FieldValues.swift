/// The fields of a posted form (`application/x-www-form-urlencoded`), by name, each with the
/// values it was sent with in order.
public struct FieldValues: Hashable, Sendable {
    public private(set) var values: [String: [String]] = [:]

    public init(_ values: [String: [String]] = [:]) {
        self.values = values
    }

    /// The first value of a field; nil when it was not sent.
    public subscript(name: String) -> String? {
        values[name]?.first
    }

    public func all(_ name: String) -> [String] {
        values[name] ?? []
    }

    public func has(_ name: String) -> Bool {
        values[name] != nil
    }

    public mutating func append(_ value: String, for name: String) {
        values[name, default: []].append(value)
    }

    public mutating func set(_ value: String, for name: String) {
        values[name] = [value]
    }

    /// The fields whose names start with `prefix`.
    public func filtered(_ include: (String) -> Bool) -> FieldValues {
        FieldValues(values.filter { include($0.key) })
    }

    /// Why a body could not be read as a form.
    public enum DecodingProblem: Error, Equatable {
        /// Bad percent-encoding or bytes that are not UTF-8.
        case malformed
        /// More fields than any page of the form has.
        case tooManyFields
    }

    /// Reads a URL-encoded body: `name=value` pairs joined by `&`, `+` for a space, `%XX` for a
    /// byte; names and values must be UTF-8. At most `maximumFields` pairs.
    public static func decode(_ body: some Collection<UInt8>, maximumFields: Int) -> Result<FieldValues, DecodingProblem> {
        var fields = FieldValues()
        var count = 0
        for pair in body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            count += 1
            if count > maximumFields { return .failure(.tooManyFields) }
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = percentDecoded(parts[0]) else { return .failure(.malformed) }
            let value = parts.count > 1 ? percentDecoded(parts[1]) : ""
            guard let value else { return .failure(.malformed) }
            fields.append(value, for: name)
        }
        return .success(fields)
    }

    /// Encodes fields as a form body, names in order; for tests and the load benchmark.
    public static func encode(_ pairs: [(String, String)]) -> String {
        pairs.map { percentEncoded($0.0) + "=" + percentEncoded($0.1) }.joined(separator: "&")
    }

    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "*"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                out += "+"
            default:
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(digits[Int(byte >> 4)])
                out.unicodeScalars.append(digits[Int(byte & 0x0F)])
            }
        }
        return out
    }

    private static func percentDecoded(_ bytes: some Collection<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                let first = bytes.index(after: index)
                guard first != bytes.endIndex else { return nil }
                let second = bytes.index(after: first)
                guard second != bytes.endIndex, let high = hexValue(bytes[first]), let low = hexValue(bytes[second]) else { return nil }
                out.append(high << 4 | low)
                index = second
            } else {
                out.append(byte)
            }
            index = bytes.index(after: index)
        }
        return String(validating: out, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
