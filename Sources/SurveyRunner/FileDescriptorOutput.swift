import Foundation

/// Output written straight to a file descriptor, unbuffered, so each prompt shows before input is read.
public struct FileDescriptorOutput: OutputSink, Sendable {
    public let descriptor: Int32

    public init(descriptor: Int32 = 1) {
        self.descriptor = descriptor
    }

    public mutating func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        bytes.withUnsafeMutableBytes { buffer in
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else {
                    // A closed terminal or pipe: nobody is reading; the answers are saved regardless.
                    return
                }
            }
        }
    }
}
