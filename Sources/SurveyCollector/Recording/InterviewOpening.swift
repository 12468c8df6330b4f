import Foundation
public import SurveyModel
import SurveyParser
public import SurveyStore

/// What `InterviewSession.open` did.
public enum InterviewOpening: Sendable {
    /// An interview to run; `note` says when a resumed response uses another survey version than the file's.
    case session(InterviewSession, note: String?)
    /// The queue has no pending respondent.
    case nothingPending
    /// The outcome was recorded for the claimed respondent.
    case recorded(DispositionCode, respondentID: String)
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
                let claim = try await store.claimNextRespondent(
                    ClaimRequest(surveyID: survey.id, interviewer: name, claimTimeout: request.lease))
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
