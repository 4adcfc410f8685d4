import Foundation
import SurveyText

/// A private folder under the system's temporary folder for one conversion, removed afterwards.
struct TemporaryFolder {
    let path: String

    init(prefix: String) throws(DocumentError) {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base as NSString).appendingPathComponent("\(prefix)-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        guard created != nil else {
            throw .file("Kan inte skapa en tillfällig mapp i \(base): \(SystemErrorWording.reason(errno)).")
        }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    static func write(_ text: String, to path: String) throws(DocumentError) {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw .file("Kan inte skriva \(path).")
        }
    }
}
