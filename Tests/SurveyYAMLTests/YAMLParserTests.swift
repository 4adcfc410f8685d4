import Foundation
import SurveyYAML
import Testing

struct YAMLParserTests {
    private func parse(_ text: String, limits: YAMLLimits = .default) throws -> YAMLNode? {
        try YAMLParser.parse(SourceText(path: "test.yaml", text: text), limits: limits)
    }

    private func parseError(_ text: String, limits: YAMLLimits = .default) -> Diagnostic? {
        do {
            _ = try YAMLParser.parse(SourceText(path: "test.yaml", text: text), limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func nodesCarryOneBasedPositions() throws {
        let root = try #require(try parse("form: x\nsections:\n  - id: a\n    title: Å\n"))
        #expect(root.location == SourceLocation(path: "test.yaml", line: 1, column: 1))
        let section = try #require(root["sections"]?.items?.first)
        #expect(section.location.line == 3)
        #expect(section.location.column == 5)
        let title = try #require(section["title"])
        #expect(title.scalar == "Å")
        #expect(title.location == SourceLocation(path: "test.yaml", line: 4, column: 12))
    }

    @Test func mappingsKeepOrderAndDuplicates() throws {
        let root = try #require(try parse("b: 1\na: 2\nb: 3\n"))
        #expect(root.pairs?.map { $0.key.scalar } == ["b", "a", "b"])
    }

    @Test func coreSchemaKeepsSwedishWordsAsText() throws {
        let root = try #require(try parse("a: ja\nb: no\nc: true\nd: 2.0\ne: '2.0'\nf: ~\ng: 10\nh: yes\n"))
        #expect(root["a"]?.bool == nil)
        #expect(root["b"]?.bool == nil)
        #expect(root["b"]?.scalar == "no")
        #expect(root["c"]?.bool == true)
        #expect(root["d"]?.double == 2.0)
        #expect(root["d"]?.scalar == "2.0")
        #expect(root["e"]?.double == nil)
        #expect(root["f"]?.isNull == true)
        #expect(root["g"]?.int == 10)
        #expect(root["h"]?.bool == nil)
    }

    @Test func scalarStylesAreKept() throws {
        let root = try #require(try parse("a: plain\nb: 'single'\nc: \"double\"\nd: |\n  line one\n  line two\ne: >\n  folded\n  text\n"))
        #expect(root["a"]?.scalarStyle == .plain)
        #expect(root["b"]?.scalarStyle == .singleQuoted)
        #expect(root["c"]?.scalarStyle == .doubleQuoted)
        #expect(root["d"]?.scalarStyle == .literal)
        #expect(root["d"]?.scalar == "line one\nline two\n")
        #expect(root["e"]?.scalar == "folded text\n")
    }

    @Test func emptyFileHasNoDocument() throws {
        #expect(try parse("") == nil)
        #expect(try parse("# only a comment\n") == nil)
    }

    @Test func syntaxErrorCarriesLibyamlProblemAndPosition() throws {
        let error = try #require(parseError("a: [1, 2\nb: 3\n"))
        #expect(error.description == "test.yaml:2:2: error: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 1, column 4)")
    }

    @Test func tabIndentationIsNamed() throws {
        let error = try #require(parseError("a: 1\n\tb: 2\n"))
        #expect(error.description == "test.yaml:2:1: error: tab character where YAML expects spaces; indent with spaces only")
    }

    @Test func invalidUTF8IsReportedWithPosition() throws {
        let source = SourceText(path: "test.yaml", bytes: Array("a: ok\nb: ".utf8) + [0xFF, 0x0A])
        do {
            _ = try YAMLParser.parse(source)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "test.yaml:2:4: error: invalid text encoding: invalid leading UTF-8 octet (byte 0xff); the file must be UTF-8")
        }
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let source = SourceText(path: "test.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("form: x\ntitle: y\n".utf8))
        let root = try #require(try YAMLParser.parse(source))
        #expect(root["form"]?.scalar == "x")
        #expect(root["title"]?.location.column == 8)
        #expect(source.line(1) == "form: x")
    }

    @Test func aliasBombIsRefused() throws {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        let names = Array("bcdefghij")
        var previous = "a"
        for name in names {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = String(name)
        }
        let error = try #require(parseError(text))
        #expect(error.message == "the document expands to more than 1000000 nodes (aliases count as copies); refusing to read further")
        #expect(error.location?.line == 7)
    }

    @Test func modestAliasesAreExpanded() throws {
        let root = try #require(try parse("base: &points [Dåligt, Bra]\ncopy: *points\n"))
        #expect(root["copy"]?.items?.map(\.scalar) == ["Dåligt", "Bra"])
    }

    @Test func deepNestingIsRefused() throws {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let error = try #require(parseError(text))
        #expect(error.description == "test.yaml:1:65: error: nesting is deeper than 64 levels")
    }

    @Test func secondDocumentIsRefused() throws {
        let error = try #require(parseError("a: 1\n---\nb: 2\n"))
        #expect(error.description == "test.yaml:2:1: error: a second YAML document; this file must hold exactly one (remove the '---' line)")
    }

    @Test func undefinedAliasIsReported() throws {
        let error = try #require(parseError("a: *nothing\n"))
        #expect(error.message.contains("undefined alias") || error.message.contains("names no anchor"))
    }

    @Test func hugeFileIsRefusedBeforeReading() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yaml-huge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("huge.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 * 1_048_576)
        try handle.close()
        do {
            _ = try YAMLParser.parseFile(atPath: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "\(path):1:1: error: file is too large (100.0 MB); the limit is 16.0 MB")
        }
    }

    @Test func missingFileIsReported() {
        do {
            _ = try YAMLParser.parseFile(atPath: "/nonexistent/form.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "/nonexistent/form.yaml:1:1: error: no such file")
        }
    }

    @Test func countEventsRunsLibyamlAlone() throws {
        #expect(try YAMLParser.countEvents(SourceText(path: "x", text: "a: [1, 2]\n")) == 11)
    }
}
