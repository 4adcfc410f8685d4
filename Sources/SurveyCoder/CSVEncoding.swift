public import SurveyYAML

/// The text encodings a CSV export comes in, read as UTF-8: Excel saves "CSV UTF-8" as UTF-8
/// with a byte order mark, "Unicode-text" as UTF-16 with one, and plain "CSV" on Swedish Windows
/// as Windows-1252, where "ä" is the single byte 0xE4. Read as UTF-8 that byte became U+FFFD
/// and the answer "Tid saknas för träffar" was coded as "Tid saknas f�r tr�ffar".
extension CSVReader {
    /// `source` as UTF-8: unchanged when it is UTF-8; decoded from UTF-16 after its byte order
    /// mark; decoded from Windows-1252 when no byte sequence of it is UTF-8 beyond ASCII (in UTF-8
    /// every non-ASCII character is two bytes or more that Windows-1252 text practically never
    /// forms). Text that is partly UTF-8 and partly not is an error at its first byte that is not.
    public static func decoded(_ source: SourceText) throws(Diagnostic) -> SourceText {
        let bytes = source.bytes
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try utf16(source, littleEndian: bytes[0] == 0xFF)
        }
        let check = validateUTF8(bytes)
        guard let invalid = check.firstInvalid else { return source }
        guard !check.sawMultibyte, let text = windows1252(bytes) else {
            throw .error("filen är inte UTF-8 här (byte 0x\(hex(bytes[invalid]))); spara den som \"CSV UTF-8\" i Excel",
                         at: source.location(ofByteOffset: invalid))
        }
        return SourceText(path: source.path, text: text)
    }

    /// Where the first byte is that does not belong to a UTF-8 sequence, and whether a
    /// well-formed sequence of two bytes or more came before it.
    static func validateUTF8(_ bytes: [UInt8]) -> (firstInvalid: Int?, sawMultibyte: Bool) {
        var index = 0
        var sawMultibyte = false
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            let lowestSecond: UInt8, highestSecond: UInt8
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: (length, lowestSecond, highestSecond) = (2, 0x80, 0xBF)
            case 0xE0: (length, lowestSecond, highestSecond) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, lowestSecond, highestSecond) = (3, 0x80, 0xBF)
            case 0xED: (length, lowestSecond, highestSecond) = (3, 0x80, 0x9F)
            case 0xF0: (length, lowestSecond, highestSecond) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, lowestSecond, highestSecond) = (4, 0x80, 0xBF)
            case 0xF4: (length, lowestSecond, highestSecond) = (4, 0x80, 0x8F)
            default: return (index, sawMultibyte)
            }
            guard index + length <= bytes.count, (lowestSecond...highestSecond).contains(bytes[index + 1]),
                  bytes[(index + 2)..<(index + length)].allSatisfy({ (0x80...0xBF).contains($0) })
            else { return (index, sawMultibyte) }
            sawMultibyte = true
            index += length
        }
        return (nil, sawMultibyte)
    }

    /// Windows-1252 text, or nil when it holds a byte that encoding leaves undefined.
    static func windows1252(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                guard let scalar = windows1252High[Int(byte - 0x80)] else { return nil }
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// Windows-1252's characters for 0x80–0x9F, where it differs from Latin-1 (nil: undefined).
    private static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// UTF-16 text after its byte order mark, as UTF-8; an unpaired surrogate or an odd last
    /// byte is an error at its place.
    static func utf16(_ source: SourceText, littleEndian: Bool) throws(Diagnostic) -> SourceText {
        let bytes = source.bytes
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        var text = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                text.append(scalar)
            case .emptyInput:
                break decoding
            case .error:
                throw .error("filen är UTF-16 men har ett ofullständigt tecken här; spara den igen som \"CSV UTF-8\" i Excel",
                             at: SourceLocation(path: source.path, line: 1 + text.filter { $0 == "\n" }.count, column: 1))
            }
        }
        if bytes.count % 2 == 1 {
            throw .error("filen är UTF-16 men slutar mitt i ett tecken; spara den igen som \"CSV UTF-8\" i Excel",
                         at: SourceLocation(path: source.path, line: 1 + text.filter { $0 == "\n" }.count, column: 1))
        }
        return SourceText(path: source.path, text: String(text))
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
