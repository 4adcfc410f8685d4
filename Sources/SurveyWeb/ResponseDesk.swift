import Foundation
import NIOPosix
public import SurveyForm
public import SurveyResponses
import SurveyRunner
import SurveyYAML
import Synchronization

/// Where the server reads and saves respondents' files: the same files, the same atomic save
/// and the same lock (`ResponseFileLock`, `flock`) as `survey fill`.
///
/// A save takes the file's lock for the moment of the save; while a terminal session holds
/// it, the save is refused (`busy`) and nothing is written. Saves of one file in this server
/// wait for each other. File work runs on a pool of threads of its own, never on the
/// server's event loops.
public final class ResponseDesk: Sendable {
    public let form: Form
    /// The responses folder as given (relative stays relative, as `survey fill` writes paths).
    public let responses: String
    /// Last year's files (`NAME.yaml`), whose answers a respondent starts from; nil for none.
    public let prefillFolder: String?
    let pool: NIOThreadPool
    private let fileLocks = Mutex<[String: NSLock]>([:])
    private let cleaned = Mutex<Set<String>>([])
    private let names = Mutex<[String: String]>([:])
    private let lastYear = Mutex<[String: Response?]>([:])
    /// Each file as last read or saved, with what tells its versions apart: a file that has not
    /// changed on disk since (same inode, size and time) is not read again.
    private let cache = Mutex<[String: (stamp: FileStamp, response: Response)]>([:])

    public init(form: Form, responses: String, prefillFolder: String? = nil, threads: Int = 16) {
        self.form = form
        self.responses = responses
        self.prefillFolder = prefillFolder
        self.pool = NIOThreadPool(numberOfThreads: threads)
        pool.start()
    }

    public func shutdown() async {
        try? await pool.shutdownGracefully()
    }

    /// A respondent's file: RESPONSES/ROUND/NAME.yaml, with the name of an existing file that
    /// differs only in case (as `survey fill` finds it).
    public func path(round: String, respondent: String) -> String {
        let key = round + "\u{0}" + respondent
        if let known = names.withLock({ $0[key] }) { return known }
        let store = ResponseStore(root: responses)
        let name = RespondentName.matching(respondent, among: store.respondents(inRound: round)) ?? respondent
        let folder = round.isEmpty ? responses : (responses as NSString).appendingPathComponent(round)
        let path = (folder as NSString).appendingPathComponent(name + ".yaml")
        names.withLock { $0[key] = path }
        return path
    }

    public enum Opened: Sendable {
        /// The response (a new one when there is no file yet).
        case response(Response)
        /// The file has errors: nothing in it may be overwritten.
        case unusable
    }

    /// Reads a respondent's answers as they are in the file now.
    public func read(round: String, respondent: String) async -> Opened {
        let path = path(round: round, respondent: respondent)
        return (try? await pool.runIfActive {
            self.open(path: path, respondent: respondent, round: round)
        }) ?? .unusable
    }

    public enum SaveProblem: Error, Hashable, Sendable {
        /// Another session (`survey fill`) holds the file.
        case busy
        /// The file has errors and is left as it is.
        case unusable
        /// The save failed; nothing was written. The reason as the terminal gives it.
        case failed(String)
    }

    /// Changes a respondent's answers under the file's lock and saves them when `change` says
    /// it changed something; the response as saved (or as it was) and what `change` returned.
    public func update<Value: Sendable>(round: String, respondent: String, at time: Timestamp = Timestamp.now(),
                                        _ change: @escaping @Sendable (inout Response) -> (value: Value, changed: Bool))
        async -> Result<(response: Response, value: Value), SaveProblem> {
        let path = path(round: round, respondent: respondent)
        let form = form
        let fileLock = fileLocks.withLock { locks in
            if let lock = locks[path] { return lock }
            let lock = NSLock()
            locks[path] = lock
            return lock
        }
        let firstSave = cleaned.withLock { $0.insert(path).inserted }
        do {
            return try await pool.runIfActive { () -> Result<(response: Response, value: Value), SaveProblem> in
                fileLock.lock()
                defer { fileLock.unlock() }
                let lock: ResponseFileLock
                switch ResponseFileLock.acquire(for: path) {
                case .success(let acquired): lock = acquired
                case .failure(.busy): return .failure(.busy)
                case .failure(.unavailable(let reason)): return .failure(.failed(reason))
                }
                if firstSave { lock.removeLeftoverTemporaryFiles(of: path) }
                guard case .response(var response) = self.open(path: path, respondent: respondent, round: round) else {
                    return .failure(.unusable)
                }
                let (value, changed) = change(&response)
                guard changed else { return .success((response, value)) }
                if response.created == nil { response.created = time }
                response.updated = time
                response.formID = form.id
                response.formVersion = form.version
                do throws(Diagnostic) {
                    try StoreSaver(store: ResponseStore(root: (path as NSString).deletingLastPathComponent), form: form, path: path, lock: lock)
                        .save(response)
                } catch {
                    self.cache.withLock { $0[path] = nil }
                    return .failure(.failed(error.message))
                }
                if let stamp = FileStamp(path: path) { self.cache.withLock { $0[path] = (stamp, response) } }
                return .success((response, value))
            }
        } catch {
            return .failure(.failed("servern håller på att stängas"))
        }
    }

    /// Last year's answers of a respondent, read once; nil without a prefill folder or file.
    public func lastYearResponse(of respondent: String) -> Response? {
        guard let prefillFolder else { return nil }
        if let known = lastYear.withLock({ $0[respondent] }) { return known }
        let path = (prefillFolder as NSString).appendingPathComponent(respondent + ".yaml")
        var found: Response?
        if FileManager.default.fileExists(atPath: path) {
            found = ResponseReader.load(path: path, form: form).response
        }
        lastYear.withLock { $0[respondent] = found }
        return found
    }

    /// The file's response: as cached when the file is the one last read or saved, else read.
    private func open(path: String, respondent: String, round: String) -> Opened {
        let stamp = FileStamp(path: path)
        if let stamp, let cached = cache.withLock({ $0[path] }), cached.stamp == stamp { return .response(cached.response) }
        switch ResponseOpener.open(path: path, form: form, respondent: respondent, round: round) {
        case .new(let response):
            return .response(response)
        case .existing(let response, _):
            if let stamp { cache.withLock { $0[path] = (stamp, response) } }
            return .response(response)
        case .unusable:
            return .unusable
        }
    }
}
