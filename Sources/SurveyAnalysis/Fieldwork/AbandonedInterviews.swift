import Foundation
public import SurveyCollector
public import SurveyModel
import SurveyParser
public import SurveyStatistics
public import SurveyStore

/// The interviews of one survey that were started and left unfinished long enough to count as abandoned
/// (`AbandonmentRule`), each classified as a partial interview (1.2) or a break-off (2.12) by the share of its
/// on-route questions answered, as the interview engine computes the route (`InterviewEngine.routeProgress`).
///
/// Only interviews that decide their case count (`ResponseStore.pendingResponses`: the case's latest event, no
/// complete response), in every mode. An interview whose survey version is not registered in the store cannot
/// be routed and stays pending.
public struct AbandonedInterviews: Sendable {
    /// One abandoned interview.
    public struct Case: Sendable, Hashable {
        public var responseID: String
        public var interviewer: String?
        public var progress: InterviewProgress
        /// `.partial` or `.breakOff`.
        public var disposition: DispositionCode
    }

    public var rule: AbandonmentRule
    /// The abandoned interviews, by response id.
    public var cases: [Case]

    /// Abandoned interviews classified as partial interviews.
    public var partial: Int { cases.filter { $0.disposition == .partial }.count }
    /// Abandoned interviews classified as break-offs.
    public var breakOff: Int { cases.filter { $0.disposition == .breakOff }.count }

    /// Finds and classifies the abandoned interviews of `surveyID` at `now`; `definitions` are the survey's
    /// stored definitions (every version).
    /// - Throws: the store's errors.
    public static func find(
        in store: any ResponseStore, surveyID: String, definitions: [SurveyDefinitionRecord], rule: AbandonmentRule,
        now: Date
    ) async throws -> AbandonedInterviews {
        var surveys: [SemanticVersion: Survey?] = [:]
        var cases: [Case] = []
        for pending in try await store.pendingResponses(surveyID: surveyID)
        where rule.isAbandoned(updatedAt: pending.updatedAt, now: now) {
            guard let stored = try await store.response(id: pending.responseID) else { continue }
            let response = stored.response
            if surveys[response.surveyVersion] == nil {
                let record = definitions.first { $0.surveyID == surveyID && $0.version == response.surveyVersion }
                surveys[response.surveyVersion] = record.flatMap {
                    SurveyLoader.load(text: $0.json, path: "<store>", format: .json).survey
                }
            }
            guard let survey = surveys[response.surveyVersion] ?? nil else { continue }
            let respondent =
                try await store.respondent(id: response.respondentID) ?? Respondent(id: response.respondentID)
            let engine = InterviewEngine(
                survey: survey, respondent: respondent, seed: response.seed, answers: response.answers,
                otherTexts: response.otherTexts, ladder: response.ladder)
            let progress = engine.routeProgress
            cases.append(
                Case(
                    responseID: pending.responseID, interviewer: pending.interviewer, progress: progress,
                    disposition: rule.disposition(answeredShare: progress.share)))
        }
        return AbandonedInterviews(rule: rule, cases: cases)
    }

    /// `counts` with each abandoned interview's case moved from pending (0.0) to its disposition, under the same
    /// interviewer; ordered as `ResponseStore.dispositionCounts` orders them, zero counts left out.
    public func applied(to counts: [DispositionCount]) -> [DispositionCount] {
        var totals: [DispositionCount] = counts
        func add(_ code: DispositionCode, _ interviewer: String?, _ delta: Int) {
            if let index = totals.firstIndex(where: { $0.disposition == code && $0.interviewer == interviewer }) {
                totals[index].count += delta
            } else {
                totals.append(DispositionCount(disposition: code, interviewer: interviewer, count: delta))
            }
        }
        for abandoned in cases {
            add(.inProgress, abandoned.interviewer, -1)
            add(abandoned.disposition, abandoned.interviewer, 1)
        }
        return totals.filter { $0.count > 0 }.sorted {
            ($0.disposition.rawValue, $0.interviewer ?? "") < ($1.disposition.rawValue, $1.interviewer ?? "")
        }
    }
}
