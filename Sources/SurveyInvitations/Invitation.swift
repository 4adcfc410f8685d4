public import SurveyResponses

/// One respondent's link, as the invitations file keeps it: the token's hash, never the token.
public struct Invitation: Hashable, Sendable {
    /// The respondent, as the register names them; also the name of their response file.
    public var respondent: String
    public var tokenHash: TokenHash
    public var issued: Timestamp
    /// When the link was revoked; a revoked link opens nothing.
    public var revoked: Timestamp?

    public init(respondent: String, tokenHash: TokenHash, issued: Timestamp, revoked: Timestamp? = nil) {
        self.respondent = respondent
        self.tokenHash = tokenHash
        self.issued = issued
        self.revoked = revoked
    }

    public var isActive: Bool { revoked == nil }
}
