import Foundation
public import SurveyResponses
public import SurveyYAML

/// The invitations file of a round: `RESPONSES/ROUND/.invitations.yaml`.
///
/// It holds, per respondent, the SHA-256 hash of their link's token, when it was issued and
/// whether it was revoked; never a token. The name starts with a dot, so the response store
/// and every command that reads answers skip it. Described in docs/response-format.md.
public enum InvitationFile {
    public static let fileName = ".invitations.yaml"

    /// Where a round's invitations are kept.
    public static func path(responses: String, round: String) -> String {
        let folder = round.isEmpty ? responses : (responses as NSString).appendingPathComponent(round)
        return (folder as NSString).appendingPathComponent(fileName)
    }

    public struct LoadResult: Sendable {
        /// The list, or nil when the file has errors (then nothing may be written over it).
        public var list: InvitationList?
        public var diagnostics: [Diagnostic]
        public var source: SourceText?
    }

    /// Reads a round's invitations; a file that does not exist is an empty list.
    public static func load(path: String, formID: String, round: String) -> LoadResult {
        guard FileManager.default.fileExists(atPath: path) else {
            return LoadResult(list: InvitationList(formID: formID, round: round), diagnostics: [], source: nil)
        }
        let source: SourceText
        do {
            source = try SourceText.load(path: path)
        } catch {
            return LoadResult(list: nil, diagnostics: [error], source: nil)
        }
        return read(source, formID: formID, round: round)
    }

    static let topKeys = ["form", "round", "invitations"]
    static let entryKeys = ["token-sha256", "issued", "revoked"]

    public static func read(_ source: SourceText, formID: String, round: String) -> LoadResult {
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(source)
        } catch {
            return LoadResult(list: nil, diagnostics: [error], source: source)
        }
        guard let root else {
            return LoadResult(list: InvitationList(formID: formID, round: round), diagnostics: [], source: source)
        }
        var reader = YAMLSchemaReader()
        var list: InvitationList?
        if let fields = reader.fields(of: root, subject: "inbjudningsfilen", allowed: topKeys, required: topKeys) {
            if let node = fields["form"], let text = reader.text(fields, "form", required: true), text != formID {
                reader.error("inbjudningarna gäller formuläret \(quoted: text), inte \(quoted: formID)", at: node.location)
            }
            if let node = fields["round"], let text = reader.text(fields, "round"), text != round {
                reader.error("inbjudningarna gäller omgången \(quoted: text), inte \(quoted: round)", at: node.location)
            }
            var invitations: [Invitation] = []
            if let node = fields["invitations"], !node.isNull {
                if let pairs = node.pairs {
                    var seen: Set<String> = []
                    for pair in pairs {
                        guard let name = pair.key.scalar else {
                            reader.error("en svarandes namn ska vara text, inte \(pair.key.kindDescription)", at: pair.key.location)
                            continue
                        }
                        guard seen.insert(name).inserted else {
                            reader.error("\(quoted: name) har redan en inbjudan i filen", at: pair.key.location)
                            continue
                        }
                        if let invitation = entry(pair.value, respondent: name, reader: &reader) { invitations.append(invitation) }
                    }
                } else {
                    reader.error("'invitations' ska vara en mappning från svarande till inbjudan, inte \(node.kindDescription)", at: node.location)
                }
            }
            list = InvitationList(formID: formID, round: round, invitations: invitations)
        }
        let diagnostics = reader.diagnostics.sortedByLocation()
        return LoadResult(list: diagnostics.containsErrors ? nil : list, diagnostics: diagnostics, source: source)
    }

    private static func entry(_ node: YAMLNode, respondent: String, reader: inout YAMLSchemaReader) -> Invitation? {
        guard let fields = reader.fields(of: node, subject: "inbjudan till \(quoted: respondent)", allowed: entryKeys,
                                         required: ["token-sha256", "issued"]) else { return nil }
        var hash: TokenHash?
        if let node = fields["token-sha256"], let text = reader.text(fields, "token-sha256", required: true) {
            hash = TokenHash(hex: text)
            if hash == nil { reader.error("'token-sha256' ska vara 64 hexadecimala tecken (0–9 och a–f)", at: node.location) }
        }
        let issued = timestamp(fields, "issued", reader: &reader)
        let revoked = timestamp(fields, "revoked", reader: &reader)
        guard let hash, let issued else { return nil }
        return Invitation(respondent: respondent, tokenHash: hash, issued: issued, revoked: revoked)
    }

    private static func timestamp(_ fields: YAMLSchemaReader.Fields, _ key: String, reader: inout YAMLSchemaReader) -> Timestamp? {
        guard let node = fields[key], let text = reader.text(fields, key) else { return nil }
        guard let value = Timestamp(text) else {
            reader.error("\(quoted: key) ska vara en tidpunkt som 2014-01-10T09:02:11+01:00, inte \(reader.describe(node))", at: node.location)
            return nil
        }
        return value
    }

    /// The file's text: a Swedish header for staff who open it, then the invitations.
    public static func text(of list: InvitationList) throws(Diagnostic) -> String {
        let entries: [(String, YAMLNode)] = list.invitations.map { invitation in
            var pairs: [(String, YAMLNode)] = [
                ("token-sha256", .plain(invitation.tokenHash.hex)),
                ("issued", .plain(invitation.issued.text)),
            ]
            if let revoked = invitation.revoked { pairs.append(("revoked", .plain(revoked.text))) }
            return (invitation.respondent, .mapping(pairs))
        }
        let top: YAMLNode = .mapping([
            ("form", .string(list.formID)),
            ("round", .string(list.round)),
            ("invitations", .mapping(entries)),
        ])
        let comment = """
        Länkar till survey serve för omgången \(list.round): för varje svarande en SHA-256-hash av länkens hemliga del.
        Länkarna själva sparas inte. En förlorad länk ersätts med survey invite --reissue NAMN; --revoke NAMN stänger den.
        """
        return try YAMLEmitter.emit(top, comment: comment)
    }

    /// Takes the lock that one `survey invite` at a time holds from reading a round's file to
    /// saving it (`.invitations.yaml.lock` beside it), creating the round's folder if needed: two
    /// at once each saved its own list, and the other's new links stopped working.
    public static func lock(path: String) throws(Diagnostic) -> LockFile {
        try LockFile.acquire(path + ".lock", reportingAt: SourceLocation(path: path, line: 1, column: 1),
                             busy: "omgångens länkar ändras just nu av en annan körning av survey invite; vänta tills den är klar och försök igen")
    }

    /// Saves the list atomically (a crash leaves the old file or the new one).
    public static func save(_ list: InvitationList, toPath path: String) throws(Diagnostic) {
        try AtomicFile.write(try text(of: list), toPath: path)
    }
}
