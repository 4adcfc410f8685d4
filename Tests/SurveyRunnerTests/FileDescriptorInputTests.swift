import Foundation
import SurveyRunner
import Testing

/// Reading standard input: line by line from a pipe; lines arriving together count as a paste when asked to.
struct FileDescriptorInputTests {
    static func pipe(with text: String) throws -> Int32 {
        var descriptors: [Int32] = [0, 0]
        try #require(Foundation.pipe(&descriptors) == 0)
        let bytes = Array(text.utf8)
        try #require(Foundation.write(descriptors[1], bytes, bytes.count) == bytes.count)
        close(descriptors[1])
        return descriptors[0]
    }

    @Test func linesFromAPipeOneByOne() throws {
        let descriptor = try Self.pipe(with: "ett\r\ntvå\n\nUme\u{0061}\u{030A}\nsista utan radbrytning")
        defer { close(descriptor) }
        var input = FileDescriptorInput(descriptor: descriptor, detectsPaste: false)
        var events: [InputEvent] = []
        while let event = input.next() { events.append(event) }
        #expect(events == [.line("ett"), .line("två"), .line(""), .line("Umeå"), .line("sista utan radbrytning")])
    }

    @Test func linesThatArriveTogetherAreAPasteWhenDetecting() throws {
        let descriptor = try Self.pipe(with: "rad ett\nrad två\n")
        defer { close(descriptor) }
        var input = FileDescriptorInput(descriptor: descriptor, detectsPaste: true)
        #expect(input.next() == .paste(["rad ett", "rad två"]))
        #expect(input.next() == nil)
    }

    @Test func oneLineAloneIsTyped() throws {
        let descriptor = try Self.pipe(with: "bara en\n")
        defer { close(descriptor) }
        var input = FileDescriptorInput(descriptor: descriptor, detectsPaste: true)
        #expect(input.next() == .line("bara en"))
        #expect(input.next() == nil)
    }

    @Test func emptyInputEndsAtOnce() throws {
        let descriptor = try Self.pipe(with: "")
        defer { close(descriptor) }
        var input = FileDescriptorInput(descriptor: descriptor, detectsPaste: false)
        #expect(input.next() == nil)
    }

    /// A file, not a pipe, so megabytes need no second thread to write them.
    static func file(with text: String) throws -> Int32 {
        let path = NSTemporaryDirectory() + "survey-input-\(UUID().uuidString)"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let descriptor = open(path, O_RDONLY)
        unlink(path)
        try #require(descriptor >= 0)
        return descriptor
    }

    @Test func aLineOfMegabytesAndManyLinesAfterItReadWhole() throws {
        let long = String(repeating: "långt ", count: 2_000_000)
        let many = (1...100_000).map { "rad \($0)" }
        let descriptor = try Self.file(with: long + "\n" + many.joined(separator: "\n") + "\n")
        defer { close(descriptor) }
        var input = FileDescriptorInput(descriptor: descriptor, detectsPaste: false)
        #expect(input.next() == .line(long))
        var lines: [String] = []
        while case .line(let line)? = input.next() { lines.append(line) }
        #expect(lines == many)
    }
}
