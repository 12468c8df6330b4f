import Foundation

/// A personal web link: the SHA-256 of its token (the token itself is never stored), the survey and respondent
/// it opens, and the response it started, once the respondent has begun.
///
/// The token is the only secret of a web interview: whoever holds the link can continue the interview, so the
/// store keeps only its hash, and errors and logs never show either.
public struct Invitation: Sendable, Hashable {
    /// Lower-case hex SHA-256 of the token.
    public var tokenHash: String
    public var surveyID: String
    public var respondentID: String
    /// The response the link started (nil until the first page is submitted).
    public var responseID: String?
    public var createdAt: Date

    public init(tokenHash: String, surveyID: String, respondentID: String, responseID: String? = nil, createdAt: Date) {
        self.tokenHash = tokenHash
        self.surveyID = surveyID
        self.respondentID = respondentID
        self.responseID = responseID
        self.createdAt = createdAt
    }
}
