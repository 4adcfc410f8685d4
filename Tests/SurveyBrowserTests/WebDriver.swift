import Foundation
import Testing

/// A small W3C WebDriver client for Debian's chromedriver, enough to drive the respondent's
/// pages as a person would: open, click, type, press keys, read, run a script, take a picture.
final class WebDriver: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let chromedriver = "/usr/bin/chromedriver"
    static let chromium = "/usr/bin/chromium"

    let port: Int
    let driver: Process
    let profile: String

    /// Starts chromedriver on a free port, watched so it ends with this process however it ends.
    init() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.chromedriver), FileManager.default.isExecutableFile(atPath: Self.chromium) else {
            throw Failure(description: "the browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver")
        }
        port = try Self.freePort()
        profile = NSTemporaryDirectory() + "survey-browser-\(UUID().uuidString)"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The shell ends chromedriver when it is told to stop, and when this test process is gone.
        process.arguments = ["-c", """
            \(Self.chromedriver) --port=\(port) --silent & driver=$!
            echo $driver > '\(profile).pid'
            trap 'kill -9 $driver 2>/dev/null; exit 0' TERM INT
            while kill -0 \(getpid()) 2>/dev/null && kill -0 $driver 2>/dev/null; do sleep 0.5; done
            kill -9 $driver 2>/dev/null
            """]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        driver = process
    }

    deinit {
        driver.terminate()
        driver.waitUntilExit()
        if let driverPID = try? String(contentsOfFile: profile + ".pid", encoding: .utf8), let pid = Int32(driverPID.trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(pid, SIGKILL)
        }
        try? FileManager.default.removeItem(atPath: profile + ".pid")
        try? FileManager.default.removeItem(atPath: profile)
    }

    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw Failure(description: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// A browser session; JavaScript off when `javascript` is false (as some respondents have it).
    func session(javascript: Bool, width: Int = 1100, height: Int = 1500) async throws -> BrowserSession {
        var ready = false
        for _ in 0..<100 where !ready {
            ready = (try? await call("GET", "/status"))?["ready"] as? Bool ?? false
            if !ready { try await Task.sleep(for: .milliseconds(100)) }
        }
        guard ready else { throw Failure(description: "chromedriver did not start") }
        var options: [String: Any] = [
            "binary": Self.chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=sv-SE",
                     "--window-size=\(width),\(height)", "--user-data-dir=\(profile)-\(javascript ? "js" : "nojs")"],
        ]
        if !javascript { options["prefs"] = ["profile.managed_default_content_settings.javascript": 2] }
        let value = try await call("POST", "/session", ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]])
        guard let id = value["sessionId"] as? String else { throw Failure(description: "no session: \(value)") }
        let session = BrowserSession(driver: self, id: id)
        _ = try await call("POST", "/session/\(id)/timeouts", ["script": 60000, "pageLoad": 30000])
        return session
    }

    /// One WebDriver command; the reply's `value`, as a dictionary when it is one.
    @discardableResult
    func call(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> [String: Any] {
        let result = try await raw(method, path, body)
        if let dictionary = result as? [String: Any] { return dictionary }
        return ["value": result as Any]
    }

    func raw(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any? {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let data = try LoopbackHTTP.request(method, port: port, path: path, body: payload)
        let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any]
        let value = object?["value"]
        if let error = (value as? [String: Any])?["error"] as? String {
            throw Failure(description: "WebDriver \(method) \(path): \(error): \((value as? [String: Any])?["message"] ?? "")")
        }
        return value
    }
}

/// One HTTP/1.1 request to a port on 127.0.0.1 over a socket of its own, read to the end
/// (`Connection: close`): all chromedriver needs, with nothing between the test and the socket.
enum LoopbackHTTP {
    static func request(_ method: String, port: Int, path: String, body: Data?) throws -> Data {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw WebDriver.Failure(description: "socket: \(errno)") }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw WebDriver.Failure(description: "cannot connect to 127.0.0.1:\(port)") }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        if let body { head += "Content-Type: application/json; charset=utf-8\r\nContent-Length: \(body.count)\r\n" }
        head += "\r\n"
        var bytes = Array(head.utf8) + Array(body ?? Data())
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { send(descriptor, $0.baseAddress! + written, $0.count - written, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw WebDriver.Failure(description: "send failed") }
            written += count
        }
        // Read until the reply is whole: by its Content-Length, the end of its chunks, or the end of the connection.
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        var end: Int?
        var length: Int?
        var chunked = false
        while true {
            if end == nil, let found = headerEnd(received) {
                end = found
                let headers = String(decoding: received[..<found], as: UTF8.self).lowercased().split(separator: "\r\n")
                chunked = headers.contains { $0.hasPrefix("transfer-encoding:") && $0.contains("chunked") }
                length = headers.first { $0.hasPrefix("content-length:") }.flatMap { Int($0.dropFirst(15).trimmingCharacters(in: .whitespaces)) }
            }
            if let end {
                let payload = received.count - end - 4
                if let length, payload >= length { break }
                if chunked, received.suffix(5) == [48, 13, 10, 13, 10] { break }
            }
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0 { throw WebDriver.Failure(description: "no answer from 127.0.0.1:\(port)\(path)") }
            if count == 0 { break }
            received += buffer[..<count]
        }
        guard let end else { throw WebDriver.Failure(description: "no HTTP reply") }
        var payload = Array(received[(end + 4)...])
        if chunked { payload = dechunked(payload) }
        if let length, payload.count > length { payload = Array(payload.prefix(length)) }
        return Data(payload)
    }

    private static func headerEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        return (0...(bytes.count - 4)).first { bytes[$0] == 13 && bytes[$0 + 1] == 10 && bytes[$0 + 2] == 13 && bytes[$0 + 3] == 10 }
    }

    static func dechunked(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard let lineEnd = bytes[index...].indices.first(where: { bytes[$0] == 13 }) else { break }
            let size = Int(String(decoding: bytes[index..<lineEnd], as: UTF8.self).split(separator: ";").first ?? "", radix: 16) ?? 0
            if size == 0 { break }
            let start = lineEnd + 2
            out += bytes[start..<min(start + size, bytes.count)]
            index = start + size + 2
        }
        return out
    }
}

/// A browser window on the respondent's pages.
struct BrowserSession: Sendable {
    let driver: WebDriver
    let id: String

    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    func quit() async {
        _ = try? await driver.raw("DELETE", "/session/\(id)")
    }

    func open(_ url: String) async throws {
        try await driver.call("POST", "/session/\(id)/url", ["url": url])
    }

    func url() async throws -> String {
        try await driver.raw("GET", "/session/\(id)/url") as? String ?? ""
    }

    func source() async throws -> String {
        try await driver.raw("GET", "/session/\(id)/source") as? String ?? ""
    }

    func title() async throws -> String {
        try await driver.raw("GET", "/session/\(id)/title") as? String ?? ""
    }

    func find(_ css: String) async throws -> String {
        let value = try await driver.call("POST", "/session/\(id)/element", ["using": "css selector", "value": css])
        guard let element = value[Self.elementKey] as? String else { throw WebDriver.Failure(description: "no element \(css)") }
        return element
    }

    func click(_ css: String) async throws {
        try await driver.call("POST", "/session/\(id)/element/\(try await find(css))/click", [:])
    }

    /// Clicks something that loads a page (a link, a submit button) and waits until it has.
    func follow(_ css: String) async throws {
        let before = try await source()
        try await click(css)
        try await wait(15, "the page after \(css)") { (try? await source()).map { $0 != before } ?? false }
        try await wait(15, "the page to load") { (try? await execute("return document.readyState") as? String) == "complete" }
    }

    func type(_ css: String, _ text: String) async throws {
        let element = try await find(css)
        try await driver.call("POST", "/session/\(id)/element/\(element)/clear", [:])
        try await driver.call("POST", "/session/\(id)/element/\(element)/value", ["text": text])
    }

    func text(_ css: String) async throws -> String {
        try await driver.raw("GET", "/session/\(id)/element/\(try await find(css))/text") as? String ?? ""
    }

    func property(_ css: String, _ name: String) async throws -> String {
        try await driver.raw("GET", "/session/\(id)/element/\(try await find(css))/property/\(name)") as? String ?? ""
    }

    func isDisplayed(_ css: String) async throws -> Bool {
        try await driver.raw("GET", "/session/\(id)/element/\(try await find(css))/displayed") as? Bool ?? false
    }

    /// The id of the element that has the keyboard focus.
    func activeID() async throws -> String {
        let value = try await driver.call("GET", "/session/\(id)/element/active")
        guard let element = value[Self.elementKey] as? String else { return "" }
        return try await driver.raw("GET", "/session/\(id)/element/\(element)/property/id") as? String ?? ""
    }

    /// The focused element's text, for links and buttons that have no id.
    func activeText() async throws -> String {
        let value = try await driver.call("GET", "/session/\(id)/element/active")
        guard let element = value[Self.elementKey] as? String else { return "" }
        return try await driver.raw("GET", "/session/\(id)/element/\(element)/text") as? String ?? ""
    }

    /// Presses keys as a keyboard does, one after the other (WebDriver key codes: Tab is \u{E004}).
    func press(_ keys: String) async throws {
        var actions: [[String: Any]] = []
        for key in keys.unicodeScalars {
            actions.append(["type": "keyDown", "value": String(key)])
            actions.append(["type": "keyUp", "value": String(key)])
        }
        try await driver.call("POST", "/session/\(id)/actions", ["actions": [["type": "key", "id": "tangentbord", "actions": actions]]])
    }

    static let tab = "\u{E004}"
    static let enter = "\u{E007}"
    static let space = " "
    static let arrowDown = "\u{E015}"

    func execute(_ script: String, _ arguments: [Any] = []) async throws -> Any? {
        try await driver.raw("POST", "/session/\(id)/execute/sync", ["script": script, "args": arguments])
    }

    func executeAsync(_ script: String, _ arguments: [Any] = []) async throws -> Any? {
        try await driver.raw("POST", "/session/\(id)/execute/async", ["script": script, "args": arguments])
    }

    func screenshot() async throws -> Data {
        let base64 = try await driver.raw("GET", "/session/\(id)/screenshot") as? String ?? ""
        return Data(base64Encoded: base64) ?? Data()
    }

    /// Waits (up to `seconds`) until `condition` holds.
    func wait(_ seconds: Double = 10, _ what: String, until condition: () async throws -> Bool) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw WebDriver.Failure(description: "waited \(seconds) s for \(what)")
    }
}
