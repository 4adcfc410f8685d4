import Foundation
public import SurveyInvitations
import SurveyYAML
import Synchronization

/// The server's view of the invitations files: which link opens whose answers.
///
/// Each round's `.invitations.yaml` is read again when it changes on disk, so a link issued
/// or revoked with `survey invite` works, or stops working, at the next request, without a
/// restart. A file with errors opens nothing (and is reported once on stderr by the server).
public final class InvitationIndex: Sendable {
    public struct Holder: Hashable, Sendable {
        public var round: String
        public var respondent: String
        public var tokenHash: TokenHash
    }

    private struct Loaded: Sendable {
        var list: InvitationList?
        var stamp: FileStamp?
        var problems: [String]
    }

    public let responses: String
    public let formID: String
    public let rounds: [String]
    private let loaded = Mutex<[String: Loaded]>([:])
    /// Told about a file that cannot be read, once per change of the file.
    private let report: @Sendable (String) -> Void

    public init(responses: String, formID: String, rounds: [String], report: @escaping @Sendable (String) -> Void = { _ in }) {
        self.responses = responses
        self.formID = formID
        self.rounds = rounds
        self.report = report
    }

    /// Whose link a token is, if it is an active one.
    public func holder(of token: InvitationToken) -> Holder? {
        let hash = token.hash
        var found: Holder?
        for round in rounds {
            guard let list = list(for: round) else { continue }
            if let invitation = list.active(matching: hash), found == nil {
                found = Holder(round: round, respondent: invitation.respondent, tokenHash: invitation.tokenHash)
            }
        }
        return found
    }

    /// The round's list, read again when its file changed.
    func list(for round: String) -> InvitationList? {
        let path = InvitationFile.path(responses: responses, round: round)
        let stamp = FileStamp(path: path)
        if let current = loaded.withLock({ $0[round] }), current.stamp == stamp { return current.list }
        let result = InvitationFile.load(path: path, formID: formID, round: round)
        let problems = result.diagnostics.filter(\.isError).map(\.description)
        for problem in problems { report(problem) }
        loaded.withLock { $0[round] = Loaded(list: result.list, stamp: stamp, problems: problems) }
        return result.list
    }
}

/// What tells a file's versions apart cheaply: device, inode, size and modification time.
struct FileStamp: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var modifiedNanoseconds: Int64

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        modified = Int64(status.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(status.st_mtim.tv_nsec)
    }
}
