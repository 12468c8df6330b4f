import Foundation
import GRDB

extension SQLiteStore {
    public func saveInvitations(_ invitations: [Invitation], replace: Bool) async throws -> [Invitation] {
        try await write { db in
            let conflict =
                replace
                ? "DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at" : "DO NOTHING"
            let statement = try db.makeStatement(
                sql: """
                    INSERT INTO invitations (token_hash, survey_id, respondent_id, response_id, created_at)
                    VALUES (?, ?, ?, NULL, ?) ON CONFLICT (survey_id, respondent_id) \(conflict)
                    """)
            var stored: [Invitation] = []
            for invitation in invitations {
                try statement.execute(arguments: [
                    invitation.tokenHash, invitation.surveyID, invitation.respondentID,
                    invitation.createdAt.storeSeconds,
                ])
                if db.changesCount > 0 { stored.append(invitation) }
            }
            return stored
        }
    }

    public func invitation(tokenHash: String) async throws -> Invitation? {
        try await read { db in try Self.invitation(db, tokenHash: tokenHash) }
    }

    /// The link, its response and its respondent in one read transaction.
    public func invitationState(tokenHash: String) async throws -> InvitationState? {
        try await read { db -> InvitationState? in
            guard let invitation = try Self.invitation(db, tokenHash: tokenHash) else { return nil }
            return InvitationState(
                invitation: invitation, response: try invitation.responseID.flatMap { try Self.response(db, id: $0) },
                respondent: try Self.respondent(db, id: invitation.respondentID))
        }
    }

    private static func invitation(_ db: Database, tokenHash: String) throws -> Invitation? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM invitations WHERE token_hash = ?"), arguments: [tokenHash]
        ).map {
            Invitation(
                tokenHash: $0["token_hash"], surveyID: $0["survey_id"], respondentID: $0["respondent_id"],
                responseID: $0["response_id"], createdAt: Date(storeSeconds: $0["created_at"]))
        }
    }

    public func attachResponse(_ responseID: String, toInvitation tokenHash: String) async throws -> String {
        try await write { db in
            try db.execute(
                sql: "UPDATE invitations SET response_id = ? WHERE token_hash = ? AND response_id IS NULL",
                arguments: [responseID, tokenHash])
            guard
                let attached = try String?.fetchOne(
                    db, sql: "SELECT response_id FROM invitations WHERE token_hash = ?", arguments: [tokenHash]),
                let attached
            else { throw StoreError.backend(store: self.path, detail: "no web link has this token") }
            return attached
        }
    }
}
