import ArgumentParser
import Dispatch
import Foundation
import SurveyForm
import SurveyInvitations
import SurveyResponses
import SurveyWeb
import Synchronization

extension SurveyBench {
    /// Many respondents saving answers in a browser at once, on loopback: how long a save takes,
    /// and whether every acknowledged answer is in the files afterwards.
    struct ServeLoad: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve-load",
            abstract: "Load on survey serve: N respondents each saving an answer a second (target: p99 < 100 ms, 0 lost).",
            discussion: """
            Starts the server of `survey serve` on 127.0.0.1 (a free port) over a new responses folder \
            with one link per simulated respondent, then gives each respondent a connection of its \
            own that opens its section pages once and then, once a second for --seconds, saves one \
            text answer the way the page's script does (POST /s/TOKEN/svar/QUESTION), each second \
            another question. Prints the latency of a save (from sending to the whole reply) at the \
            median, 99th percentile and worst, the errors, and then reads every response file back \
            and counts acknowledged answers that are not in it. Build with `swift build -c release`.
            """
        )

        @Option(help: "Simulated respondents, each with its own link and connection.")
        var respondents = 300

        @Option(help: "How long each respondent keeps saving, one answer a second.")
        var seconds = 60

        @Option(help: "The form.")
        var form = "forms/arsrapport-ar2.yaml"

        @Flag(name: .customLong("per-second"), help: "Also print the latencies of each second of the run.")
        var perSecond = false

        func validate() throws {
            if respondents < 1 || seconds < 1 { throw ValidationError("--respondents and --seconds must be at least 1") }
        }

        func run() throws {
            guard let loaded = FormLoader.load(path: form).validForm else { throw ValidationError("the form \(form) has errors") }
            let questions = loaded.questions.filter {
                if case .text = $0.kind { $0.condition == nil && loaded.section(of: $0)?.condition == nil } else { false }
            }
            guard !questions.isEmpty else { throw ValidationError("the form has no text questions without conditions") }
            let folder = NSTemporaryDirectory() + "serve-load-\(getpid())"
            let responses = folder + "/svar"
            try FileManager.default.createDirectory(atPath: responses + "/last", withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }

            var list = InvitationList(formID: loaded.id, round: "last")
            var generator = SystemRandomNumberGenerator()
            let names = (1...respondents).map { String(format: "Kommun %03d", $0) }
            let tokens = names.map { list.issue(to: $0, at: Timestamp.now(), using: &generator) }
            try InvitationFile.save(list, toPath: InvitationFile.path(responses: responses, round: "last"))

            let settings = ServeSettings(host: "127.0.0.1", port: 0, failedLookupLimit: 1_000_000, maximumConnections: respondents + 64)
            let server = SurveyServer(form: loaded, responses: responses, rounds: ["last"], settings: settings,
                                      secret: RequestSecret(key: (0..<32).map { _ in UInt8.random(in: 0...255) }), log: { _ in })
            let port = Mutex<Int>(0)
            let running = DispatchSemaphore(value: 0)
            let serving = Task {
                try await server.run(onRunning: { bound in
                    port.withLock { $0 = bound }
                    running.signal()
                })
            }
            running.wait()
            let bound = port.withLock { $0 }
            print("serve-load: \(respondents) respondents on 127.0.0.1:\(bound), one save a second each for \(seconds) s, \(questions.count) text questions of \(loaded.id)")

            let results = Mutex(LoadResults())
            // Every respondent opens its pages first; the clock starts when all have.
            let opened = DispatchGroup()
            let startTime = Mutex<Double?>(nil)
            let done = DispatchGroup()
            for index in names.indices {
                done.enter()
                opened.enter()
                let thread = Thread { [seconds, respondents] in
                    let outcome = Respondent(name: names[index], token: tokens[index].text, port: bound, questions: questions, form: loaded)
                        .run(seconds: seconds, opened: { opened.leave() }, start: {
                            while true {
                                if let start = startTime.withLock({ $0 }) { return start + Double(index) / Double(respondents) }
                                usleep(10_000)
                            }
                        })
                    results.withLock { $0.add(outcome) }
                    done.leave()
                }
                thread.stackSize = 512 * 1024
                thread.start()
            }
            opened.wait()
            let start = Clock.now() + 1.0
            startTime.withLock { $0 = start }
            done.wait()
            let totals = results.withLock { $0 }

            // Every acknowledged answer must be in its file, as `survey check` reads it.
            var lost = 0
            var unreadable = 0
            for (name, acknowledged) in totals.acknowledged {
                let path = (responses + "/last" as NSString).appendingPathComponent(name + ".yaml")
                guard let response = ResponseReader.load(path: path, form: loaded).response else {
                    unreadable += 1
                    lost += acknowledged.count
                    continue
                }
                for (question, value) in acknowledged where response[question]?.value != .text(value) { lost += 1 }
            }
            serving.cancel()

            let sorted = totals.latencies.sorted()
            func percentile(_ share: Double) -> Double {
                sorted.isEmpty ? .nan : sorted[min(sorted.count - 1, Int((Double(sorted.count) * share).rounded(.down)))] * 1000
            }
            let elapsed = totals.finished - start
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
            print(String(format: "  saves acknowledged  %d of %d sent (%.0f a second)", totals.saved, totals.sent, Double(totals.saved) / max(elapsed, 1)))
            print(String(format: "  save latency        p50 %.1f ms   p99 %.1f ms   max %.1f ms", percentile(0.5), percentile(0.99), (sorted.last ?? .nan) * 1000))
            print(String(format: "  processor time      %.1f s for server and clients together (%.2f ms a save)", cpu, cpu * 1000 / Double(max(totals.saved, 1))))
            print("  errors              \(totals.errors)" + (totals.errorKinds.isEmpty ? "" : " (" + totals.errorKinds.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + ")"))
            print("  lost after the run  \(lost) acknowledged answers missing from the files\(unreadable > 0 ? ", \(unreadable) files unreadable" : "")")
            if perSecond {
                for second in 0..<seconds {
                    let these = totals.timeline.filter { $0.0 == second }.map(\.1).sorted()
                    guard !these.isEmpty else { continue }
                    print(String(format: "    second %2d: p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms", second, these[these.count / 2] * 1000,
                                 these[min(these.count - 1, Int(Double(these.count) * 0.99))] * 1000, these.last! * 1000))
                }
            }
            let met = percentile(0.99) < 100 && lost == 0 && totals.errors == 0
            print("  target p99 < 100 ms, 0 lost, 0 errors: \(met ? "met" : "NOT met")")
        }
    }
}

/// What all respondents saw.
struct LoadResults: Sendable {
    var latencies: [Double] = []
    var timeline: [(Int, Double)] = []
    var sent = 0
    var saved = 0
    var errors = 0
    var errorKinds: [String: Int] = [:]
    /// Per respondent, the last acknowledged answer to each question.
    var acknowledged: [String: [String: String]] = [:]
    var finished: Double = 0

    mutating func add(_ outcome: Respondent.Outcome) {
        latencies += outcome.latencies
        timeline += outcome.timeline
        sent += outcome.sent
        saved += outcome.latencies.count
        errors += outcome.errors.count
        for error in outcome.errors { errorKinds[error, default: 0] += 1 }
        acknowledged[outcome.name] = outcome.acknowledged
        finished = max(finished, outcome.finished)
    }
}

enum Clock {
    static func now() -> Double {
        // Monotonic, as CLOCK_MONOTONIC.
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    static func sleep(until moment: Double) {
        let wait = moment - now()
        if wait > 0 { usleep(UInt32(wait * 1_000_000)) }
    }
}

/// One simulated respondent: its own keep-alive connection, saving as the page's script does.
struct Respondent {
    let name: String
    let token: String
    let port: Int
    let questions: [Question]
    let form: Form

    struct Outcome: Sendable {
        var name: String
        var latencies: [Double] = []
        /// Each acknowledged save's second and latency.
        var timeline: [(Int, Double)] = []
        var sent = 0
        var errors: [String] = []
        var acknowledged: [String: String] = [:]
        var finished: Double = 0
    }

    /// Opens the pages, says so, waits for the common start, then saves once a second.
    func run(seconds: Int, opened: () -> Void, start waitForStart: () -> Double) -> Outcome {
        var outcome = Outcome(name: name)
        var connection = LoopbackConnection(port: port)
        var bases: [String: String] = [:]
        var csrf = ""
        // The pages, once, as a respondent opens them: the form's token and each question's fingerprint.
        for section in Set(questions.map(\.sectionID)).sorted() {
            guard let page = connection.request("GET", "/s/\(token)/avsnitt/\(section)", body: nil), page.status == 200 else {
                outcome.errors.append("page")
                continue
            }
            for match in page.body.matches(of: /<input type="hidden" name="([^"]+)" value="([^"]*)">/) {
                if match.1 == "csrf" { csrf = String(match.2) } else { bases[String(match.1.dropFirst(4))] = String(match.2) }
            }
        }
        opened()
        let start = waitForStart()
        for second in 0..<seconds {
            Clock.sleep(until: start + Double(second))
            let question = questions[second % questions.count]
            let value = "Svar \(second + 1) från \(name): vi träffas varje vecka och går igenom målen tillsammans."
            let body = FieldValues.encode([("csrf", csrf), ("bas." + question.id, bases[question.id] ?? ""), ("q." + question.id, value)])
            let sentAt = Clock.now()
            outcome.sent += 1
            guard let reply = connection.request("POST", "/s/\(token)/svar/\(question.id)", body: body) else {
                outcome.errors.append("connection")
                continue
            }
            let latency = Clock.now() - sentAt
            guard reply.status == 200, reply.body.contains("\"result\":\"saved\""),
                  let base = reply.body.firstMatch(of: /"base":"([0-9a-f]+)"/)?.1 else {
                outcome.errors.append("HTTP \(reply.status)")
                continue
            }
            bases[question.id] = String(base)
            outcome.latencies.append(latency)
            outcome.timeline.append((second, latency))
            outcome.acknowledged[question.id] = value
        }
        outcome.finished = Clock.now()
        return outcome
    }
}

/// A blocking HTTP/1.1 keep-alive connection to 127.0.0.1, for the load: small, and with no
/// client library between the measurement and the socket. Reconnects when the server closed it.
struct LoopbackConnection {
    let port: Int
    private var socket: Int32 = -1

    init(port: Int) {
        self.port = port
    }

    struct Reply {
        var status: Int
        var body: String
    }

    mutating func request(_ method: String, _ path: String, body: String?) -> Reply? {
        for _ in 0..<2 {
            if socket < 0, !connect() { return nil }
            if let reply = exchange(method, path, body: body) { return reply }
            close(socket)
            socket = -1
        }
        return nil
    }

    private mutating func connect() -> Bool {
        let descriptor = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Foundation.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            return false
        }
        var one: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        socket = descriptor
        return true
    }

    private func exchange(_ method: String, _ path: String, body: String?) -> Reply? {
        var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: application/json\r\n"
        if let body {
            request += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body
        } else {
            request += "\r\n"
        }
        var bytes = Array(request.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { send(socket, $0.baseAddress! + written, $0.count - written, Int32(MSG_NOSIGNAL)) }
            if count <= 0 { return nil }
            written += count
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        var headerEnd: Int?
        var contentLength = 0
        while true {
            if headerEnd == nil, let end = Self.find([13, 10, 13, 10], in: received) {
                headerEnd = end + 4
                let head = String(decoding: received[..<end], as: UTF8.self).lowercased()
                if let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }) {
                    contentLength = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) ?? 0
                }
            }
            if let headerEnd, received.count >= headerEnd + contentLength { break }
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return nil }
            received += buffer[..<count]
        }
        guard let headerEnd else { return nil }
        let statusLine = String(decoding: received.prefix(while: { $0 != 13 }), as: UTF8.self)
        let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
        return Reply(status: status, body: String(decoding: received[headerEnd..<(headerEnd + contentLength)], as: UTF8.self))
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index] == needle[0] && Array(haystack[index..<(index + needle.count)]) == needle {
            return index
        }
        return nil
    }
}
