import Foundation
import SurveyText

/// The text of one source file, kept for parsing and for quoting lines in diagnostics.
///
/// Lines are found only when a diagnostic needs one, so reading thousands of files that
/// have nothing to report costs no more than reading their bytes.
public struct SourceText: Sendable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Reads a file, refusing one larger than `maximumBytes` before reading it whole.
    public static func load(path: String, maximumBytes: Int = YAMLLimits.default.maximumBytes) throws(Diagnostic) -> SourceText {
        let location = SourceLocation(path: path, line: 1, column: 1)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .error(errno == ENOENT ? "filen finns inte" : Self.unreadable(errno), at: location)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .error(Self.unreadable(errno), at: location)
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw .error("är en mapp, inte en fil", at: location)
        }
        let size = Int(status.st_size)
        if size > maximumBytes {
            throw .error("filen är för stor (\(Self.megabytes(size))); gränsen är \(Self.megabytes(maximumBytes))", at: location)
        }
        // Read until end of file, whatever fstat said (a pipe or a growing file has no reliable
        // size), but never more than one byte past the limit.
        var bytes = [UInt8](repeating: 0, count: min(size, maximumBytes) + 1)
        var count = 0
        while count <= maximumBytes {
            if count == bytes.count {
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, maximumBytes + 1 - count)))
            }
            let read = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                throw .error(Self.unreadable(errno), at: location)
            }
            if read == 0 { break }
            count += read
        }
        if count > maximumBytes {
            throw .error("filen är för stor (mer än \(Self.megabytes(maximumBytes))); gränsen är \(Self.megabytes(maximumBytes))", at: location)
        }
        bytes.removeSubrange(count...)
        return SourceText(path: path, bytes: bytes)
    }

    /// A size as Swedish writes it, with a decimal comma: "16,0 MB".
    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576).replacingOccurrences(of: ".", with: ",")
    }

    /// Why a file could not be opened or read, in the words every message about a refused file
    /// uses (`SystemErrorWording`).
    static func unreadable(_ code: Int32) -> String {
        "filen kan inte läsas: \(SystemErrorWording.reason(code))"
    }

    /// The text of a 1-based line, without its line break; invalid UTF-8 shows as U+FFFD.
    ///
    /// Scans from the start of the file; to quote many lines of one file, use a `LineIndex`.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        var start = 0
        var current = 1
        while current < number {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = newline + 1
            current += 1
        }
        return lineText(number, from: start)
    }

    /// The line starting at byte `start`, up to its line break.
    fileprivate func lineText(_ number: Int, from start: Int) -> String {
        var end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        var text = String(decoding: bytes[start..<end], as: UTF8.self)
        if number == 1, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// Where every line of a source starts, found in one pass, so quoting the lines of thousands
    /// of findings in one file costs one pass over it rather than one per finding.
    public struct LineIndex: Sendable {
        public let source: SourceText
        private let starts: [Int]

        public init(_ source: SourceText) {
            self.source = source
            var starts = [0]
            for (offset, byte) in source.bytes.enumerated() where byte == UInt8(ascii: "\n") {
                starts.append(offset + 1)
            }
            self.starts = starts
        }

        /// The same as `SourceText.line(_:)`.
        public func line(_ number: Int) -> String? {
            guard number >= 1, number <= starts.count else { return nil }
            return source.lineText(number, from: starts[number - 1])
        }

        /// The same as `SourceText.location(ofByteOffset:)`, without reading the lines before it.
        public func location(ofByteOffset offset: Int) -> SourceLocation {
            let clamped = min(max(offset, 0), source.bytes.count)
            // The last line start at or before the offset.
            var low = 0, high = starts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= clamped { low = middle } else { high = middle - 1 }
            }
            return source.location(ofByteOffset: clamped, line: low + 1, lineStart: starts[low])
        }
    }
}

extension SourceText {
    /// The 1-based line and column (in characters) of a byte offset.
    public func location(ofByteOffset offset: Int) -> SourceLocation {
        let clamped = min(max(offset, 0), bytes.count)
        var line = 1
        var start = 0
        for index in 0..<clamped where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            start = index + 1
        }
        return location(ofByteOffset: clamped, line: line, lineStart: start)
    }

    /// The location of `offset` on a line known to start at `start`.
    fileprivate func location(ofByteOffset clamped: Int, line: Int, lineStart start: Int) -> SourceLocation {
        // Count characters as libyaml does: every byte that does not continue a UTF-8 sequence.
        var column = 1
        for index in start..<clamped where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]), column > 1 { column -= 1 }
        return SourceLocation(path: path, line: line, column: column)
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
