import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOEmbedded
import SurveyForm
import SurveyInvitations
import SurveyResponses
import SurveyWeb
import SurveyYAML
import Synchronization
import Testing

/// A server over a temporary responses folder, with links issued from a fixed seed, and a
/// client that sends requests straight through its router (no sockets).
final class WebHarness: Sendable {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let folder: String
    let responses: String
    let form: Form
    let server: SurveyServer
    let responder: RouterResponder<SurveyRequestContext>
    /// Each respondent's link token.
    let tokens: [String: String]
    let log = LogBox()

    static let register = """
    register: test
    title: Testregistret
    rounds:
      - id: pilot
        title: Pilotomgång
        networks:
          - id: pilot
            title: Pilotnätverket
            municipalities: [Umeå, Borås, Åre]
    """

    init(form formYAML: String? = nil, settings: ServeSettings = ServeSettings(), prefill: [String: String] = [:]) throws {
        folder = NSTemporaryDirectory() + "survey-web-\(UUID().uuidString)"
        responses = folder + "/svar"
        try FileManager.default.createDirectory(atPath: responses + "/pilot", withIntermediateDirectories: true)
        if let formYAML {
            let result = FormLoader.load(source: SourceText(path: "test.yaml", text: formYAML))
            #expect(result.diagnostics.filter(\.isError) == [])
            form = try #require(result.validForm)
        } else {
            form = try #require(FormLoader.load(path: Self.repository.appendingPathComponent("forms/arsrapport-ar2.yaml").path).validForm)
        }
        var prefillFolder: String?
        if !prefill.isEmpty {
            prefillFolder = folder + "/forra"
            try FileManager.default.createDirectory(atPath: folder + "/forra", withIntermediateDirectories: true)
            for (name, text) in prefill { try text.write(toFile: folder + "/forra/\(name).yaml", atomically: true, encoding: .utf8) }
        }
        var list = InvitationList(formID: form.id, round: "pilot")
        var generator = SeededGenerator(seed: 42)
        var tokens: [String: String] = [:]
        for name in ["Umeå", "Borås", "Åre"] {
            tokens[name] = list.issue(to: name, at: Timestamp("2014-01-10T09:00:00+01:00")!, using: &generator).text
        }
        self.tokens = tokens
        try InvitationFile.save(list, toPath: InvitationFile.path(responses: responses, round: "pilot"))
        let log = log
        server = SurveyServer(form: form, responses: responses, rounds: ["pilot"], prefillFolder: prefillFolder, settings: settings,
                              secret: RequestSecret(key: Array(repeating: 7, count: 32)),
                              log: { line in log.append(line) })
        responder = server.router().buildResponder()
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    struct Reply {
        var status: Int
        var headers: HTTPFields
        var body: String

        func header(_ name: String) -> String? { HTTPField.Name(name).flatMap { headers[$0] } }
    }

    func base(_ respondent: String = "Umeå") -> String { "/s/" + tokens[respondent]! }

    func get(_ path: String) async throws -> Reply {
        try await send(.get, path)
    }

    func post(_ path: String, _ fields: [(String, String)], headers extra: [(String, String)] = []) async throws -> Reply {
        var headers = [("Content-Type", "application/x-www-form-urlencoded")]
        headers += extra
        return try await send(.post, path, body: FieldValues.encode(fields), headers: headers)
    }

    func send(_ method: HTTPRequest.Method, _ path: String, body: String? = nil, headers: [(String, String)] = []) async throws -> Reply {
        var fields = HTTPFields()
        for (name, value) in headers { fields[HTTPField.Name(name)!] = value }
        if let body, fields[.contentLength] == nil { fields[.contentLength] = String(body.utf8.count) }
        let request = Request(head: HTTPRequest(method: method, scheme: "http", authority: "127.0.0.1", path: path, headerFields: fields),
                              body: RequestBody(buffer: ByteBuffer(string: body ?? "")))
        let context = SurveyRequestContext(source: ApplicationRequestContextSource(channel: EmbeddedChannel(), logger: Logger(label: "test")))
        let response = try await responder.respond(to: request, context: context)
        let writer = CollectingWriter()
        try await response.body.write(writer)
        return Reply(status: Int(response.status.code), headers: response.headers, body: writer.text)
    }

    /// The page's forgery-check token and each question's `bas.` value.
    static func hidden(in page: String) -> [String: String] {
        var found: [String: String] = [:]
        let pattern = /<input type="hidden" name="([^"]+)" value="([^"]*)">/
        for match in page.matches(of: pattern) { found[String(match.1)] = String(match.2) }
        return found
    }

    /// Posts a section as a browser posts its form: every field as the page shows it (hidden
    /// ones, text, checked boxes), with the fields named in `fields` replaced by those values.
    func postSection(_ section: String, _ fields: [(String, String)], respondent: String = "Umeå", after page: String? = nil) async throws -> Reply {
        let shown: String
        if let page { shown = page } else { shown = try await get(base(respondent) + "/avsnitt/" + section).body }
        let replaced = Set(fields.map(\.0))
        var all = Self.formFields(in: shown).filter { !replaced.contains($0.0) }
        all += fields
        return try await post(base(respondent) + "/avsnitt/" + section, all)
    }

    /// The fields a browser would send for a page's form as it is shown.
    static func formFields(in page: String) -> [(String, String)] {
        var found: [(String, String)] = []
        for match in page.matches(of: /<input type="(hidden|text)"[^>]* name="([^"]+)" value="([^"]*)"/) {
            found.append((unescape(String(match.2)), unescape(String(match.3))))
        }
        for match in page.matches(of: /<input type="(radio|checkbox)"[^>]* name="([^"]+)" value="([^"]*)" checked/) {
            found.append((unescape(String(match.2)), unescape(String(match.3))))
        }
        for match in page.matches(of: /<textarea[^>]* name="([^"]+)"[^>]*>\n([^<]*)<\/textarea>/) {
            found.append((unescape(String(match.1)), unescape(String(match.2))))
        }
        return found
    }

    static func unescape(_ text: String) -> String {
        text.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
            .replacing("&#39;", with: "'").replacing("&amp;", with: "&")
    }

    /// Posts one question's fields as the page's script does when the question is left.
    func postAnswer(_ question: String, _ fields: [(String, String)], respondent: String = "Umeå", section: String) async throws -> Reply {
        let hidden = Self.hidden(in: try await get(base(respondent) + "/avsnitt/" + section).body)
        var all = [("csrf", hidden["csrf"] ?? ""), ("bas." + question, hidden["bas." + question] ?? "")]
        all += fields
        return try await post(base(respondent) + "/svar/" + question, all)
    }

    func responseFile(_ respondent: String = "Umeå") -> String? {
        try? String(contentsOfFile: responses + "/pilot/\(respondent).yaml", encoding: .utf8)
    }

    func readResponse(_ respondent: String = "Umeå") throws -> SurveyResponses.Response {
        try #require(ResponseReader.load(path: responses + "/pilot/\(respondent).yaml", form: form).response)
    }
}

/// The server's log lines, kept for the tests to read.
final class LogBox: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ line: String) { lines.withLock { $0.append(line) } }

    var all: [String] { lines.withLock { $0 } }
}

final class CollectingWriter: ResponseBodyWriter, @unchecked Sendable {
    private var buffer = ByteBuffer()

    func write(_ buffer: ByteBuffer) async throws {
        var copy = buffer
        self.buffer.writeBuffer(&copy)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}

    var text: String { String(buffer: buffer) }
}

/// A repeatable random source for tests (SplitMix64); never for real tokens.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension String {
    /// The text between the first `start` and the next `end` after it.
    func between(_ start: String, _ end: String) -> String? {
        guard let lower = range(of: start)?.upperBound, let upper = self[lower...].range(of: end)?.lowerBound else { return nil }
        return String(self[lower..<upper])
    }

    /// The `div` of one question on a page.
    func block(_ id: String) -> String {
        guard let start = range(of: "id=\"fraga-\(id)\"")?.upperBound else { return "«no block \(id)»" }
        let rest = self[start...]
        let end = [rest.range(of: "<div class=\"fraga"), rest.range(of: "<div class=\"knappar\""), rest.range(of: "<h2"), rest.range(of: "<h3")]
            .compactMap { $0?.lowerBound }.min() ?? rest.endIndex
        return String(rest[..<end])
    }
}
