import Foundation
import SurveyModel
import SurveyStore

/// A scripted interviewer for load and fault tests: claims respondents from a store's work queue until it is
/// empty, and for each one creates a response, saves three answers and completes it against a per-region quota.
public enum StoreLoadScript {
    public static let surveyID = "load"
    public static let version = SemanticVersion(1, 0, 0)
    public static let definition = SurveyDefinitionRecord(
        surveyID: surveyID, version: version, hash: "load-1", json: "{\"id\":\"load\"}")

    /// What one interviewer did.
    public struct Tally: Sendable, Hashable {
        public var completed = 0
        public var quotaFull = 0
        /// Store errors met (e.g. the server was unavailable) after which the interviewer carried on.
        public var outages = 0
        public init() {}
    }

    /// Registers the definition and loads `perRegion` respondents in each of the regions north and south.
    public static func prepare(_ store: any ResponseStore, perRegion: Int) async throws {
        try await store.registerSurvey(definition)
        var respondents: [Respondent] = []
        for region in ["north", "south"] {
            for index in 0..<perRegion {
                let id = "\(region)-" + String(format: "%05d", index)
                respondents.append(Respondent(id: id, attributes: ["region": region]))
            }
        }
        try await store.upsertRespondents(respondents)
    }

    /// Interviews until the queue is empty (or `limit` interviews were finished). Quota per region: `target`.
    ///
    /// With `retryOutages`, a `StoreError.unavailable` is reported to `report`, waited out (0.5 s) and the step is
    /// retried: an interview resumes at the answer that failed (answers acknowledged before are in the store).
    public static func interview(
        _ store: any ResponseStore, interviewer: String, target: Int, limit: Int = .max, retryOutages: Bool = false,
        report: @Sendable (String) -> Void = { _ in }
    ) async throws -> Tally {
        var tally = Tally()
        func step<T: Sendable>(_ body: () async throws -> T) async throws -> T {
            while true {
                do {
                    return try await body()
                } catch let error as StoreError {
                    guard retryOutages, case .unavailable = error else { throw error }
                    tally.outages += 1
                    report("\(interviewer): \(error)")
                    try await Task.sleep(for: .milliseconds(500))
                }
            }
        }
        while tally.completed + tally.quotaFull < limit {
            let request = ClaimRequest(surveyID: surveyID, interviewer: interviewer)
            guard let claim = try await step({ try await store.claimNextRespondent(request) }) else { break }
            let respondent = claim.respondent
            let responseID = claim.resumableResponseID ?? "resp-\(respondent.id)"
            if claim.resumableResponseID == nil {
                let start = ResponseStart(
                    id: responseID, respondentID: respondent.id, surveyID: surveyID, surveyVersion: version,
                    seed: 1, interviewer: interviewer, mode: "script")
                do {
                    try await step { try await store.createResponse(start) }
                } catch StoreError.duplicateResponse {
                    // Created by an attempt whose acknowledgement was lost in an outage: resume it.
                }
            }
            for (index, question) in ["q1", "q2", "q3"].enumerated() {
                let answer = AnswerRecord(questionID: question, value: .number(Double(index + respondent.id.count)))
                try await step { try await store.saveAnswer(answer, responseID: responseID) }
            }
            let quota = QuotaClaim(quotaID: "region-" + (respondent.attributes["region"] ?? "none"), target: target)
            do {
                switch try await step({
                    try await store.completeResponse(responseID: responseID, quotas: [quota], at: Date())
                }) {
                case .completed: tally.completed += 1
                case .quotaFull: tally.quotaFull += 1
                }
            } catch StoreError.responseClosed {
                // Ended as quota-full by an attempt whose acknowledgement was lost in an outage.
                tally.quotaFull += 1
            }
        }
        return tally
    }
}
