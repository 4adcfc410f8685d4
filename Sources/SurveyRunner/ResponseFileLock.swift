import Foundation
import SurveyText
import Synchronization
public import SurveyYAML
public import SurveyResponses

/// One fill session per response file at a time: two people answering for the same municipality
/// would otherwise overwrite each other's answers.
///
/// Two advisory locks (`flock`), both dropped by the system when the process ends, however it
/// ends, so a killed session never leaves the file locked:
/// - on a hidden file next to the response file (`.Umeå.yaml.lock`), which the response store
///   never reads; it keeps a second session out before the response file exists;
/// - on the response file itself, from the moment it exists. Every save puts a new file in its
///   place (written aside, then renamed), locked before it takes the place (`AtomicFile.replace`),
///   so the file is locked at every moment. Removing the `.lock` file therefore lets no second
///   session in, and a session never writes over a file it does not hold.
public final class ResponseFileLock: Sendable {
    public var lockPath: String { lockFile.path }
    public let responsePath: String
    private let lockFile: LockFile
    /// The response file as last saved (or as found), held under its own lock.
    private let responseFile: Mutex<HeldFile?>

    public typealias Problem = LockFile.Problem

    private init(lockFile: LockFile, responsePath: String, responseFile: HeldFile?) {
        self.lockFile = lockFile
        self.responsePath = responsePath
        self.responseFile = Mutex(responseFile)
    }

    /// Takes the lock for a response file, creating its folder if needed.
    public static func acquire(for responsePath: String) -> Result<ResponseFileLock, Problem> {
        // The folder as the path was given (relative stays relative), for messages.
        let given = (responsePath as NSString).deletingLastPathComponent
        let folder = given.isEmpty ? "." : given
        if let problem = AtomicFile.makeFolders(folder) { return .failure(.unavailable(problem)) }
        let lockPath = (folder as NSString).appendingPathComponent("." + (responsePath as NSString).lastPathComponent + ".lock")
        let lockFile: LockFile
        switch LockFile.acquire(lockPath) {
        case .success(let acquired): lockFile = acquired
        case .failure(let problem): return .failure(problem)
        }
        switch AtomicFile.hold(responsePath) {
        case .success(let held):
            return .success(ResponseFileLock(lockFile: lockFile, responsePath: responsePath, responseFile: held))
        case .failure(let problem):
            switch problem {
            case .busy: return .failure(.busy)
            case .unavailable(let error): return .failure(.unavailable(SystemErrorWording.reason(error)))
            }
        }
    }

    /// Puts `text` in the response file's place, keeping the file locked throughout.
    public func save(_ text: String) throws(Diagnostic) {
        try responseFile.withLock { (current: inout HeldFile?) throws(Diagnostic) in
            current = try AtomicFile.replace(text, atPath: responsePath, current: current)
        }
    }

    /// Removes temporary files a killed save left next to the response file (`.Umeå.yaml.tmp-…`).
    ///
    /// Only safe while holding the lock: then no other save of this file can be under way.
    @discardableResult
    public func removeLeftoverTemporaryFiles(of responsePath: String) -> [String] {
        let url = URL(fileURLWithPath: responsePath)
        let folder = url.deletingLastPathComponent().path
        let prefix = "." + url.lastPathComponent + ".tmp-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var removed: [String] = []
        for name in names.sorted() where name.hasPrefix(prefix) {
            let path = (folder as NSString).appendingPathComponent(name)
            if unlink(path) == 0 { removed.append(path) }
        }
        return removed
    }
}
