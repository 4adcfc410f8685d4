import Foundation

/// Lines read from a file descriptor (standard input), with pasted text recognised on a terminal.
///
/// On a terminal a person types one line at a time; lines that arrive within a few
/// milliseconds of each other were pasted, and come back together as one `.paste`. From a
/// pipe or file every line is its own event, so scripted answers work line by line. Once
/// `FillInterruption` has noted a signal, the next event is `.interrupted`.
public struct FileDescriptorInput: InputSource {
    public let descriptor: Int32
    public let detectsPaste: Bool
    /// How long to wait for more lines after one arrives before calling it typed.
    public let pasteWindowMilliseconds: Int32
    /// Bytes read and not yet handed out start at `consumed`; those before `scanned` hold no
    /// line break. Both offsets only grow until the buffer is compacted, so reading a line of
    /// any length, or many lines at once, takes time linear in its bytes.
    private var buffer: [UInt8] = []
    private var consumed = 0
    private var scanned = 0
    private var reachedEnd = false
    private var interrupted = false

    public init(descriptor: Int32 = 0, detectsPaste: Bool, pasteWindowMilliseconds: Int32 = 25) {
        self.descriptor = descriptor
        self.detectsPaste = detectsPaste
        self.pasteWindowMilliseconds = pasteWindowMilliseconds
    }

    public mutating func next() -> InputEvent? {
        if FillInterruption.receivedSignal != nil { interrupted = true }
        if interrupted { return .interrupted }
        guard let first = readLine() else { return interrupted ? .interrupted : nil }
        guard detectsPaste else { return .line(first) }
        var lines = [first]
        while true {
            if let line = takeBufferedLine() {
                lines.append(line)
                continue
            }
            guard !reachedEnd, !interrupted, isReadable(within: pasteWindowMilliseconds), fill() else { break }
        }
        // A last pasted line without its line break is still in the terminal's line editor;
        // it arrives when the respondent presses Enter.
        return lines.count == 1 ? .line(first) : .paste(lines)
    }

    /// The next complete line; at the end of input, what is left without a line break.
    private mutating func readLine() -> String? {
        while true {
            if let line = takeBufferedLine() { return line }
            if reachedEnd || interrupted || !fill() {
                // Ctrl-C drops what was on the line, as a terminal does.
                if interrupted { return nil }
                guard consumed < buffer.count else { return nil }
                let rest = Self.decode(buffer[consumed...])
                buffer = []
                consumed = 0
                scanned = 0
                return rest
            }
        }
    }

    private mutating func takeBufferedLine() -> String? {
        guard let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) else {
            scanned = buffer.count
            return nil
        }
        let line = Self.decode(buffer[consumed..<newline])
        consumed = newline + 1
        scanned = consumed
        return line
    }

    /// Reads what is available; false at the end of input, on an error (a hung-up terminal
    /// reads as the end), or when a signal interrupted the wait.
    private mutating func fill() -> Bool {
        // Drop what was handed out once it is most of the buffer, so each byte moves a bounded number of times.
        if consumed > 0, consumed >= buffer.count / 2 {
            buffer.removeSubrange(..<consumed)
            scanned -= consumed
            consumed = 0
        }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            guard waitForInputOrSignal() else {
                interrupted = true
                return false
            }
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
                return true
            }
            if count < 0, errno == EINTR { continue }
            reachedEnd = true
            return false
        }
    }

    /// Waits until the descriptor has something (or has ended); false when a signal came first.
    private func waitForInputOrSignal() -> Bool {
        let wake = FillInterruption.wakeDescriptor
        guard wake >= 0 else { return true }
        var requests = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
        while true {
            if FillInterruption.receivedSignal != nil { return false }
            let result = poll(&requests, 2, -1)
            if result < 0, errno == EINTR { continue }
            if FillInterruption.receivedSignal != nil { return false }
            // Readable, ended, or failed: read() says which.
            return true
        }
    }

    private func isReadable(within milliseconds: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while true {
            let result = poll(&request, 1, milliseconds)
            if result < 0, errno == EINTR { continue }
            return result > 0
        }
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var body = bytes
        if body.last == UInt8(ascii: "\r") { body = body.dropLast() }
        let line = String(decoding: body, as: UTF8.self)
        // ASCII is already composed; only other text needs normalising (Umeå typed as a + ring).
        return body.allSatisfy { $0 < 0x80 } ? line : line.precomposedStringWithCanonicalMapping
    }
}
