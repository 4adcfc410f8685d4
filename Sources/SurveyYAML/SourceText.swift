import Foundation

/// The text of one source file, kept for parsing and for quoting lines in diagnostics.
public struct SourceText: Sendable {
    public let path: String
    public let bytes: [UInt8]
    private let lineStarts: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Reads a file, refusing one larger than `maximumBytes` before reading it whole.
    public static func load(path: String, maximumBytes: Int = YAMLLimits.default.maximumBytes) throws(Diagnostic) -> SourceText {
        let location = SourceLocation(path: path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .error("no such file", at: location)
        }
        if isDirectory.boolValue {
            throw .error("is a folder, not a file", at: location)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > maximumBytes {
            throw .error("file is too large (\(Self.megabytes(size))); the limit is \(Self.megabytes(maximumBytes))", at: location)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("cannot read the file (permission denied?)", at: location)
        }
        return SourceText(path: path, bytes: Array(data))
    }

    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        return String(format: "%.1f MB", value)
    }

    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line, without its line break; invalid UTF-8 shows as U+FFFD.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        guard start <= end else { return "" }
        var text = String(decoding: bytes[start..<end], as: UTF8.self)
        if number == 1, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}

extension SourceText {
    /// The 1-based line and column (in characters) of a byte offset.
    public func location(ofByteOffset offset: Int) -> SourceLocation {
        let clamped = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        let start = lineStarts[low]
        // Count characters as libyaml does: every byte that does not continue a UTF-8 sequence.
        var column = 1
        var index = start
        while index < clamped {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        if low == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]), column > 1 { column -= 1 }
        return SourceLocation(path: path, line: low + 1, column: column)
    }

    /// The character at a 1-based line and column, if there is one.
    public func character(at location: SourceLocation) -> Character? {
        guard let line = line(location.line) else { return nil }
        let characters = Array(line.unicodeScalars)
        let index = location.column - 1
        guard index >= 0, index < characters.count else { return nil }
        return Character(characters[index])
    }
}
