public import Foundation
public import SurveyModel

/// An interview in progress: the engine plus the recorder it persists to. Each accepted input is recorded
/// (one transaction) before `submit` returns, so a driver that shows the next prompt only after `submit` has
/// returned never shows a question whose predecessor's answer could still be lost.
public struct InterviewSession: Sendable {
    public private(set) var engine: InterviewEngine
    public let responseID: String
    let recorder: any InterviewRecorder
    let clock: @Sendable () -> Date

    init(
        engine: InterviewEngine, responseID: String, recorder: any InterviewRecorder,
        clock: @escaping @Sendable () -> Date
    ) {
        self.engine = engine
        self.responseID = responseID
        self.recorder = recorder
        self.clock = clock
    }

    /// Starts a new interview with `respondent` and `seed` (registering the survey first).
    public static func start(
        survey: Survey, respondent: Respondent, seed: UInt64, responseID: String? = nil, language: String? = nil,
        interviewer: String? = nil, recorder: any InterviewRecorder, clock: @escaping @Sendable () -> Date = { Date() }
    ) async throws -> InterviewSession {
        try await recorder.register(survey)
        let id = try await recorder.startResponse(
            responseID: responseID, for: respondent, survey: survey, seed: seed, language: language,
            interviewer: interviewer, at: clock())
        let engine = InterviewEngine(survey: survey, respondent: respondent, seed: seed, language: language)
        return InterviewSession(engine: engine, responseID: id, recorder: recorder, clock: clock)
    }

    /// Resumes the stored interview `responseID` at the step where it stopped.
    /// - Throws: `InterviewRecorderError.finished` when the interview has already ended, `.otherSurvey` when it
    ///   was collected with another survey or version (resume it with the definition stored for that version).
    public static func resume(
        survey: Survey, responseID: String, language: String? = nil, recorder: any InterviewRecorder,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) async throws -> InterviewSession {
        try resume(
            survey: survey, stored: try await recorder.loadInterview(responseID: responseID), language: language,
            recorder: recorder, clock: clock)
    }

    /// Resumes an interview already loaded by the recorder (`StoreInterviewRecorder.loadInterview(_:respondent:)`).
    /// - Throws: as `resume(survey:responseID:language:recorder:clock:)`.
    public static func resume(
        survey: Survey, stored: StoredInterview, language: String? = nil, recorder: any InterviewRecorder,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> InterviewSession {
        let response = stored.response
        let responseID = response.id
        guard response.surveyID == survey.id, response.surveyVersion == survey.version else {
            throw InterviewRecorderError.otherSurvey(
                responseID: responseID, surveyID: response.surveyID, version: response.surveyVersion)
        }
        guard response.status == .inProgress else { throw InterviewRecorderError.finished(responseID) }
        let engine = InterviewEngine(
            survey: survey, respondent: stored.respondent, seed: response.seed, language: language ?? stored.language,
            answers: response.answers, otherTexts: response.otherTexts, ladder: response.ladder, cursor: stored.cursor)
        return InterviewSession(engine: engine, responseID: responseID, recorder: recorder, clock: clock)
    }

    /// Begins (or resumes): records the cursor, or the ending when there is nothing left to ask.
    public mutating func begin() async throws -> [InterviewEvent] {
        try await refreshQuotas()
        return try await persist(engine.begin())
    }

    /// Applies `input`; accepted events are durable when this returns. A completion the store refuses because a
    /// quota filled up meanwhile becomes a quota-full ending (the returned events say so).
    public mutating func submit(_ input: InterviewInput) async throws -> SubmitResult {
        try await refreshQuotas()
        let result = engine.submit(input)
        guard case .accepted(let events) = result else { return result }
        return .accepted(try await persist(events))
    }

    /// Applies one input per position of the engine's page (`InterviewEngine.submitPage`); accepted events are
    /// durable, in one transaction, when this returns. A completion refused by the store for a full quota ends
    /// the interview as quota-full, as `submit` does.
    public mutating func submitPage(
        _ inputs: [InterviewPosition: InterviewInput], confirmed: Set<InterviewPosition> = []
    ) async throws -> PageSubmitResult {
        try await refreshQuotas()
        let result = engine.submitPage(inputs, confirmed: confirmed)
        guard case .accepted(let events) = result else { return result }
        return .accepted(try await persist(events))
    }

    /// Goes back to the previous page (`InterviewEngine.goBackPage`), recorded before this returns.
    public mutating func goBackPage() async throws -> SubmitResult {
        let result = engine.goBackPage()
        guard case .accepted(let events) = result else { return result }
        return .accepted(try await persist(events))
    }

    /// Ends the interview early (break-off or another non-complete outcome) and records it.
    public mutating func end(with outcome: InterviewOutcome) async throws -> [InterviewEvent] {
        try await persist(engine.end(with: outcome))
    }

    private mutating func refreshQuotas() async throws {
        guard !engine.survey.quotas.isEmpty else { return }
        engine.fullQuotas = try await recorder.fullQuotas(of: engine.survey)
    }

    private mutating func persist(_ events: [InterviewEvent]) async throws -> [InterviewEvent] {
        guard let last = events.last, case .finished(let outcome) = last, outcome.status == .complete else {
            try await recorder.record(events, responseID: responseID, at: clock())
            return events
        }
        let body = Array(events.dropLast())
        try await recorder.record(body, responseID: responseID, at: clock())
        if let quota = try await recorder.complete(responseID: responseID, quotas: engine.quotaCells, at: clock()) {
            // The store has already ended the response as quota-full; only the engine needs to follow.
            return body + engine.end(with: .quotaFull(quota))
        }
        return events
    }
}
