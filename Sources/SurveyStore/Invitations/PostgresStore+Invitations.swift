import Foundation
import PostgresNIO

extension PostgresStore {
    public func saveInvitations(_ invitations: [Invitation], replace: Bool) async throws -> [Invitation] {
        guard !invitations.isEmpty else { return [] }
        let surveyIDs = invitations.map(\.surveyID)
        let hashes = invitations.map(\.tokenHash)
        let respondents = invitations.map(\.respondentID)
        let times = invitations.map(\.createdAt.timeIntervalSince1970)
        let stored = try await transaction { connection in
            var query: PostgresQuery = """
                INSERT INTO invitations (token_hash, survey_id, respondent_id, created_at)
                SELECT * FROM unnest(\(hashes)::text[], \(surveyIDs)::text[], \(respondents)::text[],
                    \(times)::float8[])
                """
            query.sql +=
                replace
                ? " ON CONFLICT (survey_id, respondent_id) DO UPDATE SET token_hash = excluded.token_hash,"
                    + " created_at = excluded.created_at RETURNING token_hash"
                : " ON CONFLICT (survey_id, respondent_id) DO NOTHING RETURNING token_hash"
            return Set(try await connection.rows(query).map { try $0.value("token_hash") as String })
        }
        return invitations.filter { stored.contains($0.tokenHash) }
    }

    public func invitation(tokenHash: String) async throws -> Invitation? {
        try await run { connection in
            try await connection.rows("SELECT * FROM invitations WHERE token_hash = \(tokenHash)").first.map {
                Invitation(
                    tokenHash: try $0.value("token_hash"), surveyID: try $0.value("survey_id"),
                    respondentID: try $0.value("respondent_id"), responseID: try $0.value("response_id"),
                    createdAt: Date(timeIntervalSince1970: try $0.value("created_at")))
            }
        }
    }

    public func attachResponse(_ responseID: String, toInvitation tokenHash: String) async throws -> String {
        let store = path
        return try await transaction { connection in
            try await connection.perform(
                """
                UPDATE invitations SET response_id = \(responseID)
                WHERE token_hash = \(tokenHash) AND response_id IS NULL
                """)
            guard
                let row = try await connection.rows(
                    "SELECT response_id FROM invitations WHERE token_hash = \(tokenHash)"
                ).first,
                let attached = try row.value("response_id", as: String?.self)
            else { throw StoreError.backend(store: store, detail: "no web link has this token") }
            return attached
        }
    }
}
