public import SurveyYAML

/// Reads RFC 4180 CSV: comma-separated fields, quoted fields holding commas, line breaks
/// and doubled quotes, CRLF or LF line ends, an optional UTF-8 byte order mark. The separator
/// may also be a semicolon, as Excel saves CSV where the decimal mark is a comma (Swedish), or a
/// tab: the one the header line holds most of, outside quotes (a comma on ties).
///
/// Blank lines are skipped. Errors name the line and column (in characters) where the
/// text stops being CSV.
public enum CSVReader {
    /// One record and the line it starts on.
    public struct Record: Hashable, Sendable {
        public var fields: [String]
        public var line: Int
        /// The byte offset in the source where each field starts (its opening quote, if quoted).
        public var fieldOffsets: [Int]

        public init(fields: [String], line: Int, fieldOffsets: [Int] = []) {
            self.fields = fields
            self.line = line
            self.fieldOffsets = fieldOffsets
        }

        /// Where field `index` starts in `source`, or the record's line when unknown.
        public func location(ofField index: Int, in source: SourceText) -> SourceLocation {
            guard index < fieldOffsets.count else { return SourceLocation(path: source.path, line: line, column: 1) }
            return source.location(ofByteOffset: fieldOffsets[index])
        }
    }

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The separators read, the default first, with how an error names each.
    private static let separators: [(byte: UInt8, name: String)] = [
        (UInt8(ascii: ","), "ett kommatecken"), (UInt8(ascii: ";"), "ett semikolon"), (UInt8(ascii: "\t"), "en tabb"),
    ]

    /// The separator the first line of `bytes` from `start` holds most of outside quotes: Excel
    /// writes semicolons where a comma is the decimal mark (Swedish), and a header of column
    /// names holds the separator and little else.
    static func separator(of bytes: [UInt8], from start: Int) -> (byte: UInt8, name: String) {
        var counts = [Int](repeating: 0, count: separators.count)
        var quoted = false
        for byte in bytes[start...] {
            if byte == quote { quoted.toggle() }
            if quoted { continue }
            if byte == newline { break }
            if let index = separators.firstIndex(where: { $0.byte == byte }) { counts[index] += 1 }
        }
        let best = counts.indices.max { counts[$0] != counts[$1] ? counts[$0] < counts[$1] : $0 > $1 } ?? 0
        return separators[best]
    }

    /// All records of `file`, the header included. Text that is not UTF-8 is read as
    /// `decoded(_:)` says; a caller that places errors by a record's field offsets decodes first.
    public static func records(in file: SourceText) throws(Diagnostic) -> [Record] {
        let source = try decoded(file)
        let bytes = source.bytes
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let separator = separator(of: bytes, from: index)
        let separatorByte = separator.byte
        var line = 1
        var records: [Record] = []
        while index < bytes.count {
            let recordLine = line
            var fields: [String] = []
            var offsets: [Int] = []
            var atRecordEnd = false
            while !atRecordEnd {
                offsets.append(index)
                let value: String
                if index < bytes.count, bytes[index] == quote {
                    (value, index, line) = try quotedField(bytes, from: index, line: line, separator: separator, source: source)
                } else {
                    (value, index) = try plainField(bytes, from: index, separator: separatorByte, source: source)
                }
                fields.append(value)
                if index < bytes.count, bytes[index] == separatorByte {
                    index += 1
                    if index == bytes.count {
                        fields.append("")
                        offsets.append(index)
                    }
                    atRecordEnd = index == bytes.count
                } else {
                    atRecordEnd = true
                    if index < bytes.count, bytes[index] == carriageReturn { index += 1 }
                    if index < bytes.count, bytes[index] == newline { index += 1 }
                    line += 1
                }
            }
            if fields != [""] { records.append(Record(fields: fields, line: recordLine, fieldOffsets: offsets)) }
        }
        return records
    }

    private static func plainField(_ bytes: [UInt8], from start: Int, separator: UInt8, source: SourceText) throws(Diagnostic) -> (String, Int) {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == separator || byte == newline { break }
            if byte == carriageReturn, index + 1 == bytes.count || bytes[index + 1] == newline { break }
            if byte == quote {
                throw .error("citattecken i ett fält utan citattecken; sätt hela fältet inom citattecken och skriv citattecknet två gånger (\"\")",
                             at: source.location(ofByteOffset: index))
            }
            index += 1
        }
        return (String(decoding: bytes[start..<index], as: UTF8.self), index)
    }

    private static func quotedField(_ bytes: [UInt8], from opening: Int, line startLine: Int, separator: (byte: UInt8, name: String),
                                    source: SourceText) throws(Diagnostic) -> (String, Int, Int) {
        var value: [UInt8] = []
        var index = opening + 1
        var line = startLine
        while index < bytes.count {
            let byte = bytes[index]
            if byte == quote {
                if index + 1 < bytes.count, bytes[index + 1] == quote {
                    value.append(quote)
                    index += 2
                    continue
                }
                index += 1
                let endsField = index == bytes.count || bytes[index] == separator.byte || bytes[index] == newline
                    || (bytes[index] == carriageReturn && (index + 1 == bytes.count || bytes[index + 1] == newline))
                guard endsField else {
                    throw .error("text efter ett avslutande citattecken; här ska \(separator.name) eller radens slut stå",
                                 at: source.location(ofByteOffset: index))
                }
                return (String(decoding: value, as: UTF8.self), index, line)
            }
            if byte == newline { line += 1 }
            value.append(byte)
            index += 1
        }
        throw .error("ett fält inom citattecken avslutas aldrig; ett citattecken inuti ett fält skrivs två gånger (\"\")",
                     at: source.location(ofByteOffset: opening))
    }

    /// Where each of `required` is among the header's fields (names compared trimmed, in lower
    /// case), and a positioned error for each one missing: "the header has no column 'text'; did
    /// you mean 'txt'?", or the columns expected. The one header check every CSV input calls.
    public static func columns(_ required: [String], in header: Record, path: String) -> (columns: [Int], problems: [Diagnostic]) {
        let names = header.fields.map { $0.trimmingWhiteSpace().lowercased() }
        var columns: [Int] = []
        var problems: [Diagnostic] = []
        for name in required {
            guard let column = names.firstIndex(of: name) else {
                var message = "rubrikraden har ingen kolumn '\(name)'"
                if let close = Suggestion.closest(to: name, in: names.filter { !required.contains($0) }) {
                    message += Suggestion.didYouMean(close)
                } else {
                    message += "; kolumnerna ska vara \(required.joined(separator: ","))"
                }
                problems.append(.error(message, at: SourceLocation(path: path, line: header.line, column: 1)))
                continue
            }
            columns.append(column)
        }
        return (columns, problems)
    }
}
