import Foundation
public import SurveyYAML

/// Replaces a file's contents so that a crash at any moment leaves either the old or the new file.
///
/// Writes a temporary file in the same folder, flushes it to disk, renames it over the
/// target (atomic within one file system) and flushes the folder so the rename itself survives.
public enum AtomicFile {
    public static func write(_ text: String, toPath path: String) throws(Diagnostic) {
        try write(bytes: Array(text.utf8), toPath: path)
    }

    /// The same for bytes: a PDF, a Word file.
    public static func write(bytes: [UInt8], toPath path: String) throws(Diagnostic) {
        let location = SourceLocation(path: path, line: 1, column: 1)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .error("cannot create the folder \(folder): \(error.localizedDescription)", at: location)
        }
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .error("cannot write in \(folder): \(String(cString: strerror(errno)))", at: location)
        }
        var bytes = bytes
        var written = 0
        var failure: String?
        bytes.withUnsafeMutableBytes { buffer in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                written += result
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if let failure {
            unlink(temporary)
            throw .error("cannot save: \(failure); the previous file is unchanged", at: location)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .error("cannot save: \(reason); the previous file is unchanged", at: location)
        }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }
}
