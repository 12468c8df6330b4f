public import Foundation
public import SurveyModel

/// An in-memory `InterviewRecorder`: keeps responses, set-aside answers and paradata in an actor. Used by tests
/// and by `voc simulate` when writing files. Nothing survives the process.
public actor MemoryInterviewRecorder: InterviewRecorder {
    public private(set) var responses: [String: Response] = [:]
    public private(set) var respondents: [String: Respondent] = [:]
    public private(set) var cursors: [String: InterviewPosition] = [:]
    /// The interview language of each response (nil: the survey default).
    private var languages: [String: String] = [:]
    /// Answers set aside (unreachable or invalid) per response, with the reason: kept, never deleted.
    public private(set) var setAside: [String: [(questionID: String, value: AnswerValue, reason: SetAsideReason)]] = [:]
    /// Every event recorded per response, in order (paradata: back steps and jumps).
    public private(set) var events: [String: [InterviewEvent]] = [:]
    private var completedByQuota: [String: Int] = [:]
    private var order: [String] = []
    private var quotaTargets: [String: Int] = [:]

    public init() {}

    /// The responses in creation order.
    public var orderedResponses: [Response] { order.compactMap { responses[$0] } }

    public func register(_ survey: Survey) async throws {
        for quota in survey.quotas { quotaTargets[quota.id] = quota.target }
    }

    public func startResponse(
        responseID: String?, for respondent: Respondent, survey: Survey, seed: UInt64, language: String?,
        interviewer: String?, at: Date
    ) async throws -> String {
        respondents[respondent.id] = respondents[respondent.id] ?? respondent
        let id = responseID ?? "r\(order.count + 1)"
        responses[id] = Response(
            id: id, respondentID: respondent.id, surveyID: survey.id, surveyVersion: survey.version, startedAt: at,
            updatedAt: at, seed: seed)
        order.append(id)
        languages[id] = language
        return id
    }

    public func loadInterview(responseID: String) async throws -> StoredInterview {
        guard let response = responses[responseID] else { throw InterviewRecorderError.unknownResponse(responseID) }
        let respondent = respondents[response.respondentID] ?? Respondent(id: response.respondentID)
        return StoredInterview(
            response: response, respondent: respondent, cursor: cursors[responseID], language: languages[responseID])
    }

    public func fullQuotas(of survey: Survey) async throws -> Set<String> {
        Set(survey.quotas.filter { (completedByQuota[$0.id] ?? 0) >= $0.target }.map(\.id))
    }

    public func record(_ events: [InterviewEvent], responseID: String, at: Date) async throws {
        guard var response = responses[responseID] else { throw InterviewRecorderError.unknownResponse(responseID) }
        for event in events {
            switch event {
            case .answered(let id, let value, let others):
                response.answers[id] = value
                response.otherTexts = response.otherTexts.filter { !$0.key.hasPrefix(id + ".") }
                response.otherTexts.merge(others) { $1 }
            case .ladderStep(let step):
                response.ladder.removeAll {
                    $0.probeID == step.probeID && $0.optionCode == step.optionCode && $0.depth == step.depth
                }
                response.ladder.append(step)
            case .answerSetAside(let id, let reason):
                if let value = response.answers.removeValue(forKey: id) {
                    setAside[responseID, default: []].append((id, value, reason))
                }
            case .ladderStepSetAside(let probe, let option, let depth):
                response.ladder.removeAll { $0.probeID == probe && $0.optionCode == option && $0.depth == depth }
            case .cursor(let position, _): cursors[responseID] = position
            case .finished(let outcome):
                response.status = outcome.status
                response.disposition = outcome.disposition
            case .wentBack, .jumped: break
            }
        }
        response.updatedAt = at
        responses[responseID] = response
        self.events[responseID, default: []] += events
    }

    public func complete(responseID: String, quotas: [Quota], at: Date) async throws -> String? {
        guard var response = responses[responseID] else { throw InterviewRecorderError.unknownResponse(responseID) }
        if let full = quotas.first(where: { (completedByQuota[$0.id] ?? 0) >= $0.target }) {
            let outcome = InterviewOutcome.quotaFull(full.id)
            response.status = outcome.status
            response.disposition = outcome.disposition
            response.updatedAt = at
            responses[responseID] = response
            cursors[responseID] = nil
            return full.id
        }
        for quota in quotas { completedByQuota[quota.id, default: 0] += 1 }
        response.status = .complete
        response.disposition = .complete
        response.updatedAt = at
        responses[responseID] = response
        cursors[responseID] = nil
        return nil
    }
}
