import Foundation
public import SurveyResponses
public import SurveyYAML

/// One session at a time changes a question's codebook and coding: `survey review` holds the
/// lock for its whole session, `survey code` from reading the coding until it has written the
/// new one. Without it, two sessions each wrote their decisions over the other's, and each was
/// told "Sparat".
public enum CodingLock {
    /// The lock file of `question` in the codes folder: hidden beside its codebook and coding
    /// (`.lankats.lock`), where nothing that reads the folder looks.
    public static func path(folder: String, question: String) -> String {
        (folder as NSString).appendingPathComponent(".\(question).lock")
    }

    /// Takes the lock, creating the codes folder if needed; an error at the question's coding
    /// file when another session holds it or it cannot be taken.
    public static func acquire(folder: String, question: String) throws(Diagnostic) -> LockFile {
        try LockFile.acquire(path(folder: folder, question: question),
                             reportingAt: SourceLocation(path: (folder as NSString).appendingPathComponent("\(question).coding.yaml"), line: 1, column: 1),
                             busy: "\(question) kodas eller granskas just nu i en annan session (survey code eller survey review); "
                                 + "vänta tills den är klar, så att ingen av er skriver över den andras beslut")
    }
}
