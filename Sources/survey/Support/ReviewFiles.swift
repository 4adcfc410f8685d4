import Foundation
import SurveyCoder
import SurveyResponses
import SurveyYAML

/// A question's codebook and coding files while staff review them: each decision written at
/// once, atomically, and each undo putting back the exact bytes the files had before it.
struct ReviewFiles {
    let codebookPath: String
    let codingPath: String
    /// The files' bytes as read at the start, then after each decision saved in the session.
    private var versions: [Contents]

    private struct Contents {
        var codebook: [UInt8]
        var coding: [UInt8]
    }

    /// Reads the files as they are now: what undoing the session's first decision puts back.
    init(codebookPath: String, codingPath: String) throws(Diagnostic) {
        self.codebookPath = codebookPath
        self.codingPath = codingPath
        versions = [Contents(codebook: try Self.read(codebookPath), coding: try Self.read(codingPath))]
    }

    /// Writes the codebook and coding after a decision.
    mutating func save(_ coded: CodedQuestion) throws(Diagnostic) {
        let contents = Contents(codebook: Array(try coded.codebook.yaml().utf8), coding: Array(try coded.coding.yaml().utf8))
        try write(contents)
        versions.append(contents)
    }

    /// Puts back the files as they were before the last decision saved in the session.
    mutating func restorePrevious() throws(Diagnostic) {
        guard versions.count > 1 else { return }
        try write(versions[versions.count - 2])
        versions.removeLast()
    }

    /// Both files, or neither: when the coding cannot be written, the codebook is put back.
    /// Neither when a file reads otherwise than the session left it: changed by hand, or by a
    /// program that does not take `CodingLock`, those changes stay. (One that cannot be read at
    /// all is left to the writing, which says why.)
    private func write(_ contents: Contents) throws(Diagnostic) {
        let current = versions[versions.count - 1]
        for (path, bytes) in [(codebookPath, current.codebook), (codingPath, current.coding)] {
            if let now = FileManager.default.contents(atPath: path), Array(now) != bytes {
                throw .error("filen har ändrats utanför granskningen sedan den lästes; ändringen sparades inte, och filen lämnas som den är. "
                             + "Avsluta med sluta och starta survey review igen för att granska vidare från det som nu står i den",
                             at: SourceLocation(path: path, line: 1, column: 1))
            }
        }
        try AtomicFile.write(bytes: contents.codebook, toPath: codebookPath)
        do {
            try AtomicFile.write(bytes: contents.coding, toPath: codingPath)
        } catch {
            try? AtomicFile.write(bytes: current.codebook, toPath: codebookPath)
            throw error
        }
    }

    private static func read(_ path: String) throws(Diagnostic) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("filen kan inte läsas", at: SourceLocation(path: path, line: 1, column: 1))
        }
        return Array(data)
    }
}
