public import Foundation
public import SurveyModel
import SurveyParser
public import SurveyStore

/// An `InterviewRecorder` over a `ResponseStore` (SQLite by default): every event is written through the store's
/// committed operations before `record` returns.
///
/// Write order per input: an explicit cursor (one the engine would not resume at by itself, e.g. after going
/// back) is written before the answer, a return to the default cursor after it; in the forward flow the cursor
/// is not written at all (stored empty, meaning "the first step still waiting for an answer"). So a crash
/// between two writes always resumes at the first unacknowledged step, and the forward flow costs one
/// transaction per answer.
///
/// Paradata: an answer's time is the time since the previous event of the same interview (the prompt was shown
/// then); back steps count the times the interviewer went back to the question. Ladder steps that left the path
/// stay stored (the store has no flag for them); the engine sets them aside again on resume.
public actor StoreInterviewRecorder: InterviewRecorder {
    public nonisolated let store: any ResponseStore
    /// The collection mode stored with new responses (`cati`, `script`, `simulate`, ...).
    public nonisolated let mode: String
    /// A resumed interview's first answer is timed from the response's last stored change when that change is at
    /// most this many seconds old (0: never; the answer's time is then unknown). The web server resumes the
    /// interview at every page, so it times pages this way; a terminal interview resumed after a break does not.
    public nonisolated let continuousWithin: TimeInterval
    /// How store outages are ridden out (default: none, the first `unavailable` is thrown).
    public nonisolated let retry: StoreOutageRetry
    private var registered: Set<String> = []
    private var writtenCursor: [String: String] = [:]
    private var lastEvent: [String: Date] = [:]
    private var backSteps: [String: [String: Int]] = [:]

    public init(
        store: any ResponseStore, mode: String = "cati", continuousWithin: TimeInterval = 0,
        retry: StoreOutageRetry = .none
    ) {
        self.store = store
        self.mode = mode
        self.continuousWithin = continuousWithin
        self.retry = retry
    }

    /// The definition record of `survey`: its content hash and canonical JSON.
    public static func definition(of survey: Survey) -> SurveyDefinitionRecord {
        SurveyDefinitionRecord(
            surveyID: survey.id, version: survey.version, hash: SurveyHash.sha256(survey),
            json: SurveyWriter.json(survey))
    }

    public func register(_ survey: Survey) async throws {
        let key = survey.id + "@" + survey.version.description
        guard !registered.contains(key) else { return }
        try await retry.run { try await store.registerSurvey(Self.definition(of: survey)) }
        registered.insert(key)
    }

    public func startResponse(
        responseID: String?, for respondent: Respondent, survey: Survey, seed: UInt64, language: String?,
        interviewer: String?, at: Date
    ) async throws -> String {
        if !respondent.attributes.isEmpty || respondent.designWeight != 1,
            try await retry.run({ try await store.respondent(id: respondent.id) }) == nil
        {
            try await retry.run { try await store.upsertRespondents([respondent]) }
        }
        let id = responseID ?? UUID().uuidString.lowercased()
        let start = ResponseStart(
            id: id, respondentID: respondent.id, surveyID: survey.id, surveyVersion: survey.version, seed: seed,
            interviewer: interviewer, mode: mode, language: language, startedAt: at)
        var attempts = 0
        do {
            try await retry.run {
                attempts += 1
                try await store.createResponse(start)
            }
        } catch StoreError.duplicateResponse(let duplicate) where attempts > 1 && duplicate == id {
            // The creation committed before the connection dropped; the retry found it.
        }
        writtenCursor[id] = ""
        lastEvent[id] = at
        return id
    }

    public func loadInterview(responseID: String) async throws -> StoredInterview {
        guard let stored = try await retry.run({ try await store.response(id: responseID) }) else {
            throw InterviewRecorderError.unknownResponse(responseID)
        }
        let respondent = try await retry.run { try await store.respondent(id: stored.response.respondentID) }
        return loadInterview(stored, respondent: respondent)
    }

    /// `loadInterview(responseID:)` for a response and its respondent already read from the store (the web
    /// server reads both with its link, `ResponseStore.invitationState`, to decide what to show, and resumes from
    /// the same read). A respondent not in the sample (nil) is one with the response's respondent id only.
    public func loadInterview(_ stored: StoredResponse, respondent: Respondent?) -> StoredInterview {
        let responseID = stored.response.id
        let respondent = respondent ?? Respondent(id: stored.response.respondentID)
        writtenCursor[responseID] = stored.cursor ?? ""
        let sinceLastChange = Date().timeIntervalSince(stored.response.updatedAt)
        if lastEvent[responseID] == nil, sinceLastChange >= 0, sinceLastChange <= continuousWithin {
            lastEvent[responseID] = stored.response.updatedAt
        }
        var steps: [String: Int] = [:]
        for answer in stored.answerRecords { steps[answer.record.questionID] = answer.record.paradata.backSteps }
        backSteps[responseID] = (backSteps[responseID] ?? [:]).merging(steps) { Swift.max($0, $1) }
        return StoredInterview(
            response: stored.response, respondent: respondent,
            cursor: stored.cursor.flatMap(InterviewPosition.init(parsing:)), language: stored.language)
    }

    public func fullQuotas(of survey: Survey) async throws -> Set<String> {
        let counts = try await retry.run { try await store.quotaCounts(surveyID: survey.id) }
        return Set(survey.quotas.filter { (counts[$0.id] ?? 0) >= $0.target }.map(\.id))
    }

    public func record(_ events: [InterviewEvent], responseID: String, at: Date) async throws {
        var desired: String?
        var ending: InterviewOutcome?
        for event in events {
            switch event {
            case .cursor(let position, let isDefault):
                desired = position.map { isDefault ? "" : $0.description } ?? ""
            case .finished(let outcome): ending = outcome
            case .wentBack(_, let to): backSteps[responseID, default: [:]][to.itemID, default: 0] += 1
            default: break
            }
        }
        let explicitFirst = desired.map { !$0.isEmpty } ?? false
        if explicitFirst, let desired { try await writeCursor(desired, responseID: responseID, at: at) }
        var unreachable: [String] = []
        let started = lastEvent[responseID]
        for event in events {
            switch event {
            case .answered(let id, let value, let others):
                let milliseconds = started.map { Int((at.timeIntervalSince($0) * 1000).rounded()) }
                let paradata = AnswerParadata(
                    milliseconds: milliseconds, backSteps: backSteps[responseID]?[id] ?? 0)
                let record = AnswerRecord(
                    questionID: id, value: value, otherTexts: others, answeredAt: at, paradata: paradata)
                try await retry.run { try await store.saveAnswer(record, responseID: responseID) }
            case .ladderStep(let step):
                try await retry.run { try await store.saveLadderStep(step, responseID: responseID, truncate: false) }
            case .answerSetAside(let id, _): unreachable.append(id)
            case .ladderStepSetAside(let probeID, let optionCode, let depth):
                // In event order: a step set aside and then answered again in the same batch ends up reachable.
                let key = LadderStepKey(probeID: probeID, optionCode: optionCode, depth: depth)
                try await retry.run { try await store.markLadderStepsUnreachable([key], responseID: responseID) }
            default: break
            }
        }
        if !unreachable.isEmpty {
            try await retry.run {
                try await store.markAnswersUnreachable(questionIDs: unreachable, responseID: responseID)
            }
        }
        if let ending, ending.status != .complete {
            let cursor = InterviewCursor(
                position: "", status: ending.status, disposition: ending.disposition, updatedAt: at)
            try await retry.run { try await store.updateCursor(cursor, responseID: responseID) }
            writtenCursor[responseID] = nil
        } else if !explicitFirst, let desired {
            try await writeCursor(desired, responseID: responseID, at: at)
        }
        lastEvent[responseID] = at
    }

    private func writeCursor(_ position: String, responseID: String, at: Date) async throws {
        guard writtenCursor[responseID] != position else { return }
        let cursor = InterviewCursor(position: position, status: .inProgress, disposition: .inProgress, updatedAt: at)
        try await retry.run { try await store.updateCursor(cursor, responseID: responseID) }
        writtenCursor[responseID] = position
    }

    public func complete(responseID: String, quotas: [Quota], at: Date) async throws -> String? {
        let claims = quotas.map { QuotaClaim(quotaID: $0.id, target: $0.target) }
        writtenCursor[responseID] = nil
        lastEvent[responseID] = nil
        backSteps[responseID] = nil
        var attempts = 0
        do {
            let outcome = try await retry.run {
                attempts += 1
                return try await store.completeResponse(responseID: responseID, quotas: claims, at: at)
            }
            switch outcome {
            case .completed: return nil
            case .quotaFull(let quotaID): return quotaID
            }
        } catch StoreError.responseClosed(let id, .complete) where attempts > 1 && id == responseID {
            // The completion committed before the connection dropped; the retry found the response complete.
            return nil
        }
    }
}
