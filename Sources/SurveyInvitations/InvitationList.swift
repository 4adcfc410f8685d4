public import SurveyResponses

/// The links of one round: who has one, issued when, revoked or not.
public struct InvitationList: Hashable, Sendable {
    public var formID: String
    public var round: String
    /// In the order they were first issued.
    public private(set) var invitations: [Invitation]

    public init(formID: String, round: String, invitations: [Invitation] = []) {
        self.formID = formID
        self.round = round
        self.invitations = invitations
    }

    public func invitation(for respondent: String) -> Invitation? {
        invitations.first { $0.respondent == respondent }
    }

    /// The active invitation whose hash is the token's, if any.
    ///
    /// Every invitation is compared, in constant time each, and the loop never stops early,
    /// so the time taken says neither whether nor where a token matched.
    public func active(matching hash: TokenHash) -> Invitation? {
        var found: Invitation?
        for invitation in invitations {
            let matches = invitation.tokenHash.matches(hash)
            if matches, invitation.isActive, found == nil { found = invitation }
        }
        return found
    }

    /// Gives `respondent` a new link, replacing (and so disabling) any earlier one; the new token.
    public mutating func issue(to respondent: String, at time: Timestamp,
                               using generator: inout some RandomNumberGenerator) -> InvitationToken {
        let token = InvitationToken.generate(using: &generator)
        let invitation = Invitation(respondent: respondent, tokenHash: token.hash, issued: time)
        if let index = invitations.firstIndex(where: { $0.respondent == respondent }) {
            invitations[index] = invitation
        } else {
            invitations.append(invitation)
        }
        return token
    }

    /// Revokes `respondent`'s link; false when they have no active one.
    @discardableResult
    public mutating func revoke(_ respondent: String, at time: Timestamp) -> Bool {
        guard let index = invitations.firstIndex(where: { $0.respondent == respondent }), invitations[index].isActive else { return false }
        invitations[index].revoked = time
        return true
    }
}

extension InvitationList {
    /// What `survey invite` does for a round: a link for each of `respondents` who has never
    /// had one, and a new link for each of `reissuing`; the new tokens in `respondents`' order.
    ///
    /// Respondents who hold a link (active or revoked) and are not re-issued keep it as it is.
    public mutating func issueMissing(for respondents: [String], reissuing: Set<String>, at time: Timestamp,
                                      using generator: inout some RandomNumberGenerator) -> [(respondent: String, token: InvitationToken)] {
        var issued: [(respondent: String, token: InvitationToken)] = []
        for respondent in respondents where invitation(for: respondent) == nil || reissuing.contains(respondent) {
            issued.append((respondent, issue(to: respondent, at: time, using: &generator)))
        }
        return issued
    }
}
