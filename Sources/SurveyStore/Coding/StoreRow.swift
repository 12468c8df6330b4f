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

    /// A `respondents` row (`id, attributes, design_weight, stratum, cluster, cluster2`; attributes as JSON text).
    func respondent() throws -> Respondent {
        Respondent(
            id: try text("id"), attributes: try JSONText.parseObject(try text("attributes")),
            designWeight: try double("design_weight"), stratum: try optionalText("stratum"),
            cluster: try optionalText("cluster"), cluster2: try optionalText("cluster2"))
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
