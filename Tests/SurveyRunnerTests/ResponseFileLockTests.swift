import Foundation
import SurveyResponses
import SurveyRunner
import SurveyYAML
import Testing

struct ResponseFileLockTests {
    @Test func oneSessionPerFile() throws {
        let folder = try ResumeTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/pilot/Umeå.yaml"
        var first: ResponseFileLock? = try ResponseFileLock.acquire(for: path).get()
        #expect(first?.lockPath == folder + "/pilot/.Umeå.yaml.lock")
        guard case .failure(let problem) = ResponseFileLock.acquire(for: path) else {
            Issue.record("a second lock on the same file was granted")
            return
        }
        #expect(problem == .busy)
        // Another respondent's file is free.
        #expect((try? ResponseFileLock.acquire(for: folder + "/pilot/Borås.yaml").get()) != nil)
        first = nil
        #expect((try? ResponseFileLock.acquire(for: path).get()) != nil)
        _ = first
    }

    @Test func leftoverTemporaryFilesOfThisResponseAreRemoved() throws {
        let folder = try ResumeTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/Umeå.yaml"
        for name in ["Umeå.yaml", ".Umeå.yaml.tmp-123-456", ".Umeå.yaml.tmp-789-1", ".Borås.yaml.tmp-1-2", "Borås.yaml"] {
            #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("x".utf8)))
        }
        let lock = try ResponseFileLock.acquire(for: path).get()
        #expect(lock.removeLeftoverTemporaryFiles(of: path) == [folder + "/.Umeå.yaml.tmp-123-456", folder + "/.Umeå.yaml.tmp-789-1"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            == [".Borås.yaml.tmp-1-2", ".Umeå.yaml.lock", "Borås.yaml", "Umeå.yaml"])
    }
}

/// The lock cannot be taken from under a session: removing `.Umeå.yaml.lock` lets nobody in,
/// and a session never writes over a file it does not hold.
struct ResponseFileLockRemovalTests {
    private func folder() throws -> String { try ResumeTests.temporaryFolder() }

    @Test func removingTheLockFileOfAnExistingResponseLetsNoSecondSessionIn() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/Umeå.yaml"
        try "form: x\n".write(toFile: path, atomically: true, encoding: .utf8)
        let first = try ResponseFileLock.acquire(for: path).get()
        #expect(unlink(first.lockPath) == 0)
        guard case .failure(let problem) = ResponseFileLock.acquire(for: path) else {
            Issue.record("a second session was let in after the lock file was removed")
            return
        }
        #expect(problem == .busy)
        // The first session saves on; each save keeps the file locked.
        try first.save("form: y\n")
        #expect((try? ResponseFileLock.acquire(for: path).get()) == nil)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "form: y\n")
    }

    @Test func theFirstSaveLocksTheNewFileBeforeItAppears() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/pilot/Umeå.yaml"
        let first = try ResponseFileLock.acquire(for: path).get()
        try first.save("answers: 1\n")
        #expect(unlink(first.lockPath) == 0)
        guard case .failure(.busy) = ResponseFileLock.acquire(for: path) else {
            Issue.record("a second session was let in after the first save and a removed lock file")
            return
        }
        // The refused session made a new lock file; the response file is the first session's, whole.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/pilot").sorted() == [".Umeå.yaml.lock", "Umeå.yaml"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "answers: 1\n")
    }

    @Test func aFileReplacedMeanwhileIsNotOverwritten() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/Umeå.yaml"
        let session = try ResponseFileLock.acquire(for: path).get()
        try session.save("svar: 1\n")
        // Someone puts another file in its place (an editor that saves by renaming, a copy).
        try "för hand\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: Diagnostic.error("filen kan inte sparas: ett annat program har ersatt filen medan den fylldes i; den lämnas som den är",
                                         at: SourceLocation(path: path, line: 1, column: 1))) {
            try session.save("svar: 2\n")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "för hand\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [".Umeå.yaml.lock", "Umeå.yaml"])
    }

    @Test func aFileRemovedMeanwhileIsPutBack() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/Umeå.yaml"
        let session = try ResponseFileLock.acquire(for: path).get()
        try session.save("svar: 1\n")
        #expect(unlink(path) == 0)
        try session.save("svar: 2\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "svar: 2\n")
        guard case .failure(.busy) = ResponseFileLock.acquire(for: path) else {
            Issue.record("the file put back was not locked")
            return
        }
    }

    @Test func aFolderThatIsAFileIsSaidInSwedish() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(FileManager.default.createFile(atPath: folder + "/pilot", contents: Data("x".utf8)))
        guard case .failure(let problem) = ResponseFileLock.acquire(for: folder + "/pilot/Umeå.yaml") else {
            Issue.record("a lock was granted in a file")
            return
        }
        #expect(problem == .unavailable("\(folder)/pilot är en fil, inte en mapp"))
    }
}
