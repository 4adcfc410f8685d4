import Foundation
import SurveyText
public import SurveyYAML

/// An advisory lock (`flock`) on a lock file, held while the object lives and dropped by the
/// system when the process ends, however it ends, so a killed session never leaves it locked.
///
/// What one session at a time may change takes one: a response file (`ResponseFileLock`), a
/// question's codebook and coding (`survey code`, `survey review`), a round's invitations
/// (`survey invite`).
public final class LockFile: Sendable {
    public let path: String
    private let descriptor: Int32

    public enum Problem: Error, Equatable {
        /// Another session holds the lock.
        case busy
        /// The lock could not be taken (permissions, a file where a folder should be, a missing
        /// disk); the reason in Swedish.
        case unavailable(String)
    }

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// Takes the lock on the file at `path`, creating the file (not its folder) if needed.
    public static func acquire(_ path: String) -> Result<LockFile, Problem> {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(.unavailable(SystemErrorWording.reason(errno))) }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let error = errno
            close(descriptor)
            return error == EWOULDBLOCK ? .failure(.busy) : .failure(.unavailable(SystemErrorWording.reason(error)))
        }
        return .success(LockFile(path: path, descriptor: descriptor))
    }

    /// Takes the lock on the file at `path`, creating its folder if needed; an error at
    /// `location` when it cannot be taken, saying `busy` when another session holds it.
    public static func acquire(_ path: String, reportingAt location: SourceLocation, busy: String) throws(Diagnostic) -> LockFile {
        if let problem = AtomicFile.makeFolders((path as NSString).deletingLastPathComponent) {
            throw .error("mappen kan inte skapas: \(problem)", at: location)
        }
        switch acquire(path) {
        case .success(let lock): return lock
        case .failure(.busy): throw .error(busy, at: location)
        case .failure(.unavailable(let reason)): throw .error("filen kan inte låsas: \(reason)", at: location)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
