import Foundation
import SurveyModel

/// A row of a query result as the SQLite and PostgreSQL stores both read it, so that turning rows into model
/// values (respondents, contact attempts, responses: `StoredResponseBatch`) is written once. Optional variants
/// read nullable columns; times are stored as seconds since 1970.
protocol StoreRow {
    func text(_ column: StoreColumn) throws -> String
    func optionalText(_ column: StoreColumn) throws -> String?
    func integer(_ column: StoreColumn) throws -> Int
    func optionalInteger(_ column: StoreColumn) throws -> Int?
    func int64(_ column: StoreColumn) throws -> Int64
    func double(_ column: StoreColumn) throws -> Double
    func optionalDouble(_ column: StoreColumn) throws -> Double?
    func bool(_ column: StoreColumn) throws -> Bool
}

extension StoreRow {
    /// The time a seconds-since-1970 column holds.
    func date(_ column: StoreColumn) throws -> Date {
        Date(timeIntervalSince1970: try double(column))
    }

    /// The time a nullable seconds-since-1970 column holds, nil for NULL.
    func optionalDate(_ column: StoreColumn) throws -> Date? {
        try optionalDouble(column).map(Date.init(timeIntervalSince1970:))
    }

    /// A `respondents` row whose first columns are `id, attributes, design_weight, stratum, cluster, cluster2` in
    /// that order (attributes as JSON text), read by position.
    func respondent() throws -> Respondent {
        Respondent(
            id: try text(0), attributes: try JSONText.parseObject(try text(1)), designWeight: try double(2),
            stratum: try optionalText(3), cluster: try optionalText(4), cluster2: try optionalText(5))
    }

    /// A claimed respondent's row: the respondent's columns with the queue's `attempts` and `callback_at`.
    func respondentClaim(resumableResponseID: String?) throws -> RespondentClaim {
        RespondentClaim(
            respondent: try respondent(), previousAttempts: try integer("attempts"),
            callbackAt: try optionalDate("callback_at"), resumableResponseID: resumableResponseID)
    }

    /// A `contact_attempts` row.
    func contactAttempt() throws -> ContactAttempt {
        ContactAttempt(
            respondentID: try text("respondent_id"), surveyID: try text("survey_id"),
            interviewer: try text("interviewer"), disposition: DispositionCode(try text("disposition")),
            at: try date("at"), callbackAt: try optionalDate("callback_at"), note: try optionalText("note"))
    }
}

extension Respondent {
    /// The `respondents` columns `StoreRow.respondent()` reads, in its order (SQLite; PostgreSQL lists the same
    /// columns with `attributes::text`).
    static let storedColumns = "id, attributes, design_weight, stratum, cluster, cluster2"
}
