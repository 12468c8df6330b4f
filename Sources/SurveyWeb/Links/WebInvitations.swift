import Foundation
import SurveyModel
import SurveyStore
import SurveyText

/// Personal web links for a survey's sample (`voc sample invite`): one new token per respondent, stored hashed,
/// and a mail-merge CSV of respondent id, link and the respondent's contact attributes.
public enum WebInvitations {
    /// One issued link: the respondent, the full URL (with its token) and the respondent's attributes.
    public struct Link: Sendable, Hashable {
        public var respondentID: String
        public var url: String
        public var attributes: [String: String]
    }

    /// What `issue` did.
    public struct Issued: Sendable {
        /// The new links, in respondent id order. They exist only here: the store keeps their hashes.
        public var links: [Link]
        /// Respondents skipped because they already have a link (`replace` false).
        public var skipped: Int
        /// The attribute names of the sample, sorted (the CSV's extra columns).
        public var attributeNames: [String]
    }

    /// Issues links to `surveyID` for every respondent in `store` (its sample).
    ///
    /// Respondents who already have a link keep it unless `replace` is true; a replaced link stops working and
    /// the new one continues any interview the old one started. `baseURL` is where respondents reach the server
    /// (e.g. `https://survey.example.com`); the link is `BASE/s/SURVEY?t=TOKEN`.
    /// - Throws: `StoreError`; nothing is stored when it throws.
    public static func issue(
        surveyID: String, store: any ResponseStore, baseURL: String, replace: Bool, now: Date = Date()
    ) async throws -> Issued {
        let ids = try await store.respondentIDs()
        var tokens: [String: WebLinkToken] = [:]
        var invitations: [Invitation] = []
        for id in ids {
            let token = WebLinkToken.random()
            tokens[id] = token
            invitations.append(
                Invitation(tokenHash: token.hash, surveyID: surveyID, respondentID: id, createdAt: now))
        }
        let stored = try await store.saveInvitations(invitations, replace: replace)
        let respondents = try await store.respondentsByID(stored.map(\.respondentID))
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        let links = stored.map { invitation in
            Link(
                respondentID: invitation.respondentID,
                url: base + WebLinkPath.path(surveyID, token: tokens[invitation.respondentID]?.text ?? ""),
                attributes: respondents[invitation.respondentID]?.attributes ?? [:])
        }
        let names = Set(links.flatMap(\.attributes.keys)).sorted()
        return Issued(links: links, skipped: ids.count - stored.count, attributeNames: names)
    }

    /// Writes the mail-merge CSV (`respondent_id,link,` then the attribute columns) to `path`, or to standard
    /// output when `path` is nil. The file is created readable by its owner only (mode 0600): it holds the links'
    /// secrets.
    /// - Throws: `CSVError` when the file cannot be written.
    public static func writeCSV(_ issued: Issued, to path: String?) throws {
        let writer: CSVWriter
        if let path {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
            writer = try CSVWriter(path: path)
        } else {
            writer = CSVWriter(standardOutputWithDelimiter: UInt8(ascii: ","))
        }
        try writer.writeRow(["respondent_id", "link"] + issued.attributeNames)
        for link in issued.links {
            try writer.writeRow(
                [link.respondentID, link.url] + issued.attributeNames.map { link.attributes[$0] ?? "" })
        }
        try writer.close()
    }
}
