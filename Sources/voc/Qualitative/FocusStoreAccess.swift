import SurveyCollector
import SurveyModel
import SurveyParser
import SurveyStore

/// Loading a session with its guide and roster from a store.
enum FocusStoreAccess {
    /// Opens the `--store` of `options` (which must exist) and reads its session `sessionID`; a command failure when
    /// the store has no such session.
    static func open(
        _ options: StoreOptions, sessionID: String
    ) async throws -> (store: any ResponseStore & FocusGroupStore, session: FocusSession) {
        let store = try await options.openFocusStore(options.store!, mustExist: true)
        guard let session = try await store.session(id: sessionID) else {
            throw CommandFailure("error: no session '\(sessionID)' in the store")
        }
        return (store, session)
    }

    /// The runner of `session` from `store`, with the session's guide (the stored definition it names) and roster.
    static func runner(
        store: any ResponseStore & FocusGroupStore, session: FocusSession
    ) async throws
        -> FocusSessionRunner
    {
        guard let record = try await store.surveyDefinition(surveyID: session.guideID, version: session.guideVersion)
        else {
            throw CommandFailure("error: the store lacks guide \(session.guideID) \(session.guideVersion)")
        }
        let document = SurveyLoader.load(text: record.json, path: "\(session.guideID).json", format: .json)
        guard let guide = document.survey else { throw CommandFailure(document.rendered()) }
        let participants = try await store.participants(sessionID: session.id)
        return FocusSessionRunner(store: store, guide: guide, session: session, participants: participants)
    }
}
