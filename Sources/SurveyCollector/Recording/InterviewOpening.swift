public import Foundation
public import SurveyModel
import SurveyParser
public import SurveyStore

/// How an interviewer's request to interview begins: a new respondent, a named respondent, the next respondent
/// of the sample's work queue, or a stopped interview resumed; or, with a non-interview outcome, a contact attempt
/// recorded instead (`voc interview`'s `--respondent`, `--next`, `--resume`, `--outcome`).
public struct InterviewRequest: Sendable {
    /// Resume this stored response (with the survey version it was collected with).
    public var resume: String?
    /// Interview this respondent (from the sample when known there), else a new one.
    public var respondentID: String?
    /// Take the next respondent of the queue (claimed atomically; a claimed, unfinished interview resumes).
    public var next: Bool
    /// The interviewer stored with the interview (nil: none). Claims from the queue need a name: this one, else
    /// the login name (`USER`), else "interviewer".
    public var interviewer: String?
    /// With `next`: record this non-interview outcome (no answer, refusal, callback...) instead of interviewing.
    public var outcome: DispositionCode?
    public var callback: Date?
    public var note: String?
    public var language: String?
    public var seed: UInt64

    public init(
        resume: String? = nil, respondentID: String? = nil, next: Bool = false, interviewer: String? = nil,
        outcome: DispositionCode? = nil, callback: Date? = nil, note: String? = nil, language: String? = nil,
        seed: UInt64
    ) {
        self.resume = resume
        self.respondentID = respondentID
        self.next = next
        self.interviewer = interviewer
        self.outcome = outcome
        self.callback = callback
        self.note = note
        self.language = language
        self.seed = seed
    }
}

/// What `InterviewSession.open` did.
public enum InterviewOpening: Sendable {
    /// An interview to run; `note` says when a resumed response uses another survey version than the file's.
    case session(InterviewSession, note: String?)
    /// The queue has no pending respondent.
    case nothingPending
    /// The outcome was recorded for the claimed respondent.
    case recorded(DispositionCode, respondentID: String)
}

/// A stored survey definition that no longer loads; the description is its rendered diagnostics.
public struct StoredDefinitionError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

extension InterviewSession {
    /// Opens the interview `request` asks for, with `survey` (the survey file's definition) in `store`.
    /// - Throws: `StoreError` for an unknown response or survey version; `StoredDefinitionError` when the version a
    ///   response was collected with no longer loads; the recorder's errors.
    public static func open(
        _ request: InterviewRequest, survey: Survey, store: any ResponseStore, recorder: any InterviewRecorder
    ) async throws -> InterviewOpening {
        if let resume = request.resume {
            let (definition, note) = try await Self.definition(for: resume, store: store, file: survey)
            let session = try await InterviewSession.resume(
                survey: definition, responseID: resume, language: request.language, recorder: recorder)
            return .session(session, note: note)
        }
        var person = Respondent(id: request.respondentID ?? "r-" + UUID().uuidString.lowercased().prefix(12))
        if let id = request.respondentID, let known = try await store.respondent(id: id) { person = known }
        if request.next {
            try await recorder.register(survey)
            let name = request.interviewer ?? ProcessInfo.processInfo.environment["USER"] ?? "interviewer"
            guard
                let claim = try await store.claimNextRespondent(ClaimRequest(surveyID: survey.id, interviewer: name))
            else { return .nothingPending }
            if let code = request.outcome {
                try await store.recordContactAttempt(
                    ContactAttempt(
                        respondentID: claim.respondent.id, surveyID: survey.id, interviewer: name,
                        disposition: code, callbackAt: request.callback, note: request.note))
                return .recorded(code, respondentID: claim.respondent.id)
            }
            if let resumable = claim.resumableResponseID {
                let session = try await InterviewSession.resume(
                    survey: survey, responseID: resumable, language: request.language, recorder: recorder)
                return .session(session, note: nil)
            }
            person = claim.respondent
        }
        let session = try await InterviewSession.start(
            survey: survey, respondent: person, seed: request.seed, language: request.language,
            interviewer: request.interviewer, recorder: recorder)
        return .session(session, note: nil)
    }

    /// The survey definition a stored response was collected with: the file's survey when the versions match,
    /// otherwise the definition registered in the store for the response's version (with a note saying so).
    /// - Throws: `StoreError.unknownResponse` or `.unknownSurveyVersion`; `StoredDefinitionError`.
    public static func definition(
        for responseID: String, store: any ResponseStore, file survey: Survey
    ) async throws
        -> (survey: Survey, note: String?)
    {
        guard let stored = try await store.response(id: responseID) else {
            throw StoreError.unknownResponse(id: responseID)
        }
        let response = stored.response
        if response.surveyID == survey.id && response.surveyVersion == survey.version { return (survey, nil) }
        guard
            let record = try await store.surveyDefinition(surveyID: response.surveyID, version: response.surveyVersion)
        else { throw StoreError.unknownSurveyVersion(surveyID: response.surveyID, version: response.surveyVersion) }
        let document = SurveyLoader.load(
            text: record.json, path: "store#\(response.surveyID)@\(response.surveyVersion)", format: .json)
        guard let definition = document.survey, !document.hasErrors else {
            throw StoredDefinitionError(description: document.rendered())
        }
        return (
            definition,
            "note: resuming with survey '\(response.surveyID)' version \(response.surveyVersion) as stored "
                + "(the file has version \(survey.version))"
        )
    }
}

/// Named non-interview outcomes for `voc interview --outcome`, mapped to AAPOR dispositions.
public enum ContactOutcomes {
    public static let table: [(String, DispositionCode)] = [
        ("no-answer", DispositionCode("3.13")), ("busy", DispositionCode("3.12")), ("refusal", .refusal),
        ("callback", .callback), ("not-eligible", .notEligible),
    ]

    /// The names, comma-separated, for messages.
    public static var names: String { table.map(\.0).joined(separator: ", ") }

    /// The disposition of a name, or of an AAPOR code written out (`3.13`); nil otherwise. Codes 0.x and 1.x
    /// (pending, interview) are not outcomes of a contact attempt.
    public static func disposition(_ text: String) -> DispositionCode? {
        if let named = table.first(where: { $0.0 == text }) { return named.1 }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }), text.first != "0",
            text.first != "1"
        else { return nil }
        return DispositionCode(text)
    }
}
