import Foundation
import SurveyText
public import SurveyYAML

/// Replaces a file's contents so that a crash at any moment leaves either the old or the new file.
///
/// Writes a temporary file in the same folder, flushes it to disk, renames it over the
/// target (atomic within one file system) and flushes the folder so the rename itself survives.
public enum AtomicFile {
    ///
    /// `permissions` are the new file's (0600 for a file of secrets, readable by its owner only).
    public static func write(_ text: String, toPath path: String, permissions: UInt32 = 0o644) throws(Diagnostic) {
        try write(bytes: Array(text.utf8), toPath: path, permissions: permissions)
    }

    /// The same for bytes: a PDF, a Word file.
    public static func write(bytes: [UInt8], toPath path: String, permissions: UInt32 = 0o644) throws(Diagnostic) {
        let location = SourceLocation(path: path, line: 1, column: 1)
        let (temporary, _) = try writeTemporary(bytes, for: path, keepingOpen: false, permissions: permissions)
        guard rename(temporary, path) == 0 else {
            let reason = SystemErrorWording.reason(errno)
            unlink(temporary)
            throw .error(cannotSave(reason), at: location)
        }
        syncFolder(of: path)
    }

    /// The message of a save that failed and left the previous file as it was.
    static func cannotSave(_ reason: String) -> String {
        "filen kan inte sparas: \(reason); den tidigare filen är oförändrad"
    }

    /// Writes `bytes` to a new temporary file next to `path` and flushes it to disk; its path,
    /// and its descriptor when `keepingOpen` (else it is closed and the descriptor is -1).
    static func writeTemporary(_ bytes: [UInt8], for path: String, keepingOpen: Bool,
                               permissions: UInt32 = 0o644) throws(Diagnostic) -> (path: String, descriptor: Int32) {
        let location = SourceLocation(path: path, line: 1, column: 1)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        if let problem = makeFolders(folder) { throw .error(problem, at: location) }
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(permissions))
        guard descriptor >= 0 else {
            throw .error("kan inte skriva i mappen \(folder): \(SystemErrorWording.reason(errno))", at: location)
        }
        var bytes = bytes
        var written = 0
        var failure: String?
        bytes.withUnsafeMutableBytes { buffer in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = SystemErrorWording.reason(errno)
                    return
                }
                written += result
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = SystemErrorWording.reason(errno) }
        if let failure {
            close(descriptor)
            unlink(temporary)
            throw .error(cannotSave(failure), at: location)
        }
        if keepingOpen { return (temporary, descriptor) }
        close(descriptor)
        return (temporary, -1)
    }

    /// Creates `folder` and any missing parents; when one cannot be made, why, in Swedish and
    /// naming that one ("Svar/pilot är en fil, inte en mapp"). Saving and the fill's lock both
    /// make their folders here, so the reason reads the same.
    public static func makeFolders(_ folder: String) -> String? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            return isFolder.boolValue ? nil : "\(folder) är en fil, inte en mapp"
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder, let problem = makeFolders(parent) { return problem }
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return nil }
        return "mappen \(folder) kan inte skapas: \(SystemErrorWording.reason(errno))"
    }

    /// Flushes the folder holding `path`, so a rename into it survives a crash.
    static func syncFolder(of path: String) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }
}

/// A file one session holds: open, under an exclusive `flock`, and known by device and inode,
/// so the session can tell whether its path still names it.
///
/// Closing it (when the last reference goes) drops the lock; so does the end of the process,
/// however it ends.
public final class HeldFile: Sendable {
    public let descriptor: Int32
    public let device: UInt64
    public let inode: UInt64

    init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.descriptor = descriptor
        self.device = UInt64(status.st_dev)
        self.inode = UInt64(status.st_ino)
    }

    /// Whether `path` names this very file (not a copy, not a replacement).
    public func isAt(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && UInt64(status.st_dev) == device && UInt64(status.st_ino) == inode
    }

    deinit {
        close(descriptor)
    }
}

extension AtomicFile {
    /// Why a file could not be held.
    public enum HoldProblem: Error, Equatable {
        /// Another session holds it.
        case busy
        /// It could not be opened; the reason in the system's words.
        case unavailable(Int32)
    }

    /// Opens and locks the file at `path`; nil when there is none yet.
    ///
    /// A file replaced between opening and locking is opened again, so what is held is always
    /// the file the path names.
    public static func hold(_ path: String) -> Result<HeldFile?, HoldProblem> {
        while true {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                if errno == EINTR { continue }
                return errno == ENOENT ? .success(nil) : .failure(.unavailable(errno))
            }
            var locked = flock(descriptor, LOCK_EX | LOCK_NB) == 0
            while !locked, errno == EINTR { locked = flock(descriptor, LOCK_EX | LOCK_NB) == 0 }
            guard locked else {
                let reason = errno
                close(descriptor)
                return reason == EWOULDBLOCK ? .failure(.busy) : .failure(.unavailable(reason))
            }
            guard let held = HeldFile(descriptor: descriptor) else {
                let reason = errno
                close(descriptor)
                return .failure(.unavailable(reason))
            }
            if held.isAt(path) { return .success(held) }
            // Replaced (or removed) while we locked it: look again.
        }
    }

    /// Replaces the file at `path` as `write` does, but only while `path` still names `current`
    /// (or names nothing), and hands back the new file, locked before it took the path.
    ///
    /// So the file a session fills in is locked at every moment, by the session, and cannot be
    /// taken from under it: a second session finds it locked, and a session never overwrites a
    /// file it does not hold (another session's, or one replaced by hand meanwhile). A file
    /// removed meanwhile is put back.
    public static func replace(_ text: String, atPath path: String, current: HeldFile?) throws(Diagnostic) -> HeldFile {
        let location = SourceLocation(path: path, line: 1, column: 1)
        let (temporary, descriptor) = try writeTemporary(Array(text.utf8), for: path, keepingOpen: true)
        func fail(_ message: String) -> Diagnostic {
            unlink(temporary)
            close(descriptor)
            return .error(message, at: location)
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0, let next = HeldFile(descriptor: descriptor) else {
            throw fail(cannotSave(SystemErrorWording.reason(errno)))
        }
        if let current, current.isAt(path) {
            guard rename(temporary, path) == 0 else {
                let reason = SystemErrorWording.reason(errno)
                unlink(temporary)
                throw .error(cannotSave(reason), at: location)
            }
        } else if access(path, F_OK) != 0, errno == ENOENT {
            // No file: make one, but never over one that another session made meanwhile.
            if link(temporary, path) == 0 {
                unlink(temporary)
            } else if errno == EEXIST {
                unlink(temporary)
                throw .error("filen kan inte sparas: en annan session har skapat filen under tiden; den lämnas som den är", at: location)
            } else if [EPERM, EOPNOTSUPP, ENOTSUP, EXDEV].contains(errno), rename(temporary, path) == 0 {
                // A file system without hard links: the rename is the best there is.
            } else {
                let reason = SystemErrorWording.reason(errno)
                unlink(temporary)
                throw .error("filen kan inte sparas: \(reason)", at: location)
            }
        } else {
            unlink(temporary)
            throw .error("filen kan inte sparas: ett annat program har ersatt filen medan den fylldes i; den lämnas som den är", at: location)
        }
        syncFolder(of: path)
        return next
    }
}
