import Foundation

/// One fill session per response file at a time: two people answering for the same municipality
/// would otherwise overwrite each other's answers.
///
/// An advisory lock (`flock`) on a hidden file next to the response file (`.Umeå.yaml.lock`),
/// which the response store never reads. The system drops it when the process ends, however
/// it ends, so a killed session never leaves the file locked.
public final class ResponseFileLock {
    public let lockPath: String
    private let descriptor: Int32

    public enum Problem: Error, Equatable {
        /// Another session holds the lock.
        case busy
        /// The lock file could not be made (permissions, missing disk); the reason in the system's words.
        case unavailable(String)
    }

    private init(lockPath: String, descriptor: Int32) {
        self.lockPath = lockPath
        self.descriptor = descriptor
    }

    /// Takes the lock for a response file, creating its folder if needed.
    public static func acquire(for responsePath: String) -> Result<ResponseFileLock, Problem> {
        let url = URL(fileURLWithPath: responsePath)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            return .failure(.unavailable(error.localizedDescription))
        }
        let lockPath = (folder as NSString).appendingPathComponent("." + url.lastPathComponent + ".lock")
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(.unavailable(String(cString: strerror(errno)))) }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let reason = errno
            close(descriptor)
            return reason == EWOULDBLOCK ? .failure(.busy) : .failure(.unavailable(String(cString: strerror(reason))))
        }
        return .success(ResponseFileLock(lockPath: lockPath, descriptor: descriptor))
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

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
