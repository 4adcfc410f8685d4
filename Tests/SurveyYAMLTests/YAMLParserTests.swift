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
        #expect(error.description == "test.yaml:2:2: error: här väntades ',' eller ']' (i listan inom hakparenteser som börjar på rad 1, kolumn 4)")
    }

    /// libyaml's problems a form author meets are said in Swedish; any other keeps libyaml's text after "YAML-fel:".
    @Test(arguments: [
        ("title: Mål: fler elever\n", "test.yaml:1:11: error: ett kolon (:) står där det inte får stå; står det i en text, skriv texten inom citattecken"),
        ("a:\n  - x\n  y: 1\n", "test.yaml:3:3: error: här väntades ett listtecken (-); kontrollera indraget (i listan eller mappningen som börjar på rad 2, kolumn 3)"),
        ("a: \"C:\\Users\"\n", "test.yaml:1:9: error: efter \\x, \\u eller \\U i en text inom dubbla citattecken väntades ett hexadecimalt tal; skriv \\\\ för ett bakstreck, eller använd enkla citattecken (i texten inom citattecken som börjar på rad 1, kolumn 4)"),
        ("a: \"C:\\p\"\n", "test.yaml:1:7: error: okänt tecken efter \\ i en text inom dubbla citattecken; skriv \\\\ för ett bakstreck, eller använd enkla citattecken (i texten inom citattecken som börjar på rad 1, kolumn 4)"),
        ("a: @b\n", "test.yaml:1:4: error: tecknet kan inte inleda ett värde; skriv texten inom citattecken (i det som börjar på rad 1, kolumn 4)"),
        ("%YAML 2.0\n---\na: 1\n", "test.yaml:1:1: error: YAML-fel: found incompatible YAML document"),
    ])
    func syntaxErrorsAreSaidInSwedish(text: String, expected: String) throws {
        let error = try #require(parseError(text))
        #expect(error.description == expected)
    }

    @Test func tabIndentationIsNamed() throws {
        let error = try #require(parseError("a: 1\n\tb: 2\n"))
        #expect(error.description == "test.yaml:2:1: error: tabbtecken där YAML väntar sig mellanslag; använd bara mellanslag för indrag")
    }

    @Test func invalidUTF8IsReportedWithPosition() throws {
        let source = SourceText(path: "test.yaml", bytes: Array("a: ok\nb: ".utf8) + [0xFF, 0x0A])
        do {
            _ = try YAMLParser.parse(source)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "test.yaml:2:4: error: ogiltig teckenkodning: ogiltig första byte i ett UTF-8-tecken (byte 0xff); filen ska vara UTF-8")
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
        #expect(error.message == "dokumentet blir större än 1000000 noder (varje alias räknas som en kopia); läser inte vidare")
        #expect(error.location?.line == 7)
    }

    @Test func modestAliasesAreExpanded() throws {
        let root = try #require(try parse("base: &points [Dåligt, Bra]\ncopy: *points\n"))
        #expect(root["copy"]?.items?.map(\.scalar) == ["Dåligt", "Bra"])
    }

    @Test func deepNestingIsRefused() throws {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let error = try #require(parseError(text))
        #expect(error.description == "test.yaml:1:65: error: nästlingen är djupare än 64 nivåer")
    }

    @Test func secondDocumentIsRefused() throws {
        let error = try #require(parseError("a: 1\n---\nb: 2\n"))
        #expect(error.description == "test.yaml:2:1: error: ett andra YAML-dokument; filen ska innehålla exakt ett (ta bort raden '---')")
    }

    @Test func undefinedAliasIsReported() throws {
        let error = try #require(parseError("a: *nothing\n"))
        #expect(error.description == "test.yaml:1:4: error: aliaset '*nothing' pekar inte på något ankare som står före det")
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
            #expect(error.description == "\(path):1:1: error: filen är för stor (100,0 MB); gränsen är 16,0 MB")
        }
    }

    @Test func missingFileIsReported() {
        do {
            _ = try YAMLParser.parseFile(atPath: "/nonexistent/form.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "/nonexistent/form.yaml:1:1: error: filen finns inte")
        }
    }

    /// A refused file says why in the words of every such message (`SystemErrorWording`).
    @Test func anUnreadablePathSaysWhy() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ej-mapp-\(getpid()).yaml").path
        try "a: 1\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        do {
            _ = try YAMLParser.parseFile(atPath: file + "/form.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "\(file)/form.yaml:1:1: error: filen kan inte läsas: en del av sökvägen är en fil, inte en mapp")
        }
    }

    @Test func countEventsRunsLibyamlAlone() throws {
        #expect(try YAMLParser.countEvents(SourceText(path: "x", text: "a: [1, 2]\n")) == 11)
    }
}
