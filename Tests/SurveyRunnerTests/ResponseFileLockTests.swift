import Foundation
import SurveyRunner
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
