import SurveyModel

/// A web link with what its page is made from, read together (`ResponseStore.invitationState(tokenHash:)`): the
/// link, the response it started (nil before its first submitted page, or when that response is gone) and its
/// respondent (nil when the sample has no such respondent, e.g. an open link's).
public struct InvitationState: Sendable {
    public var invitation: Invitation
    public var response: StoredResponse?
    public var respondent: Respondent?

    public init(invitation: Invitation, response: StoredResponse?, respondent: Respondent?) {
        self.invitation = invitation
        self.response = response
        self.respondent = respondent
    }
}
