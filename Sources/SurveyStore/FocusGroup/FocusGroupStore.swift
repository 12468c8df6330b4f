import Foundation
public import SurveyModel

/// Durable storage of focus-group sessions (roster, turns, polls, progress) and of the codes that coders give to
/// open texts (transcript turns and survey why answers).
///
/// Same guarantees as `ResponseStore`: each mutating call commits before it returns (a note-taker's line survives a
/// crash the moment `appendTurn` returns) and a call that throws changed nothing. Errors are `StoreError`s.
public protocol FocusGroupStore: Sendable {
    /// Creates a session with its participants. Throws `.backend` when the id exists. Participants without consent
    /// are refused by the caller, never stored as speakers.
    func createSession(_ session: FocusSession, participants: [Participant]) async throws

    /// The session with `id`, or nil.
    func session(id: String) async throws -> FocusSession?

    /// Every session, oldest first.
    func sessions() async throws -> [FocusSession]

    func participants(sessionID: String) async throws -> [Participant]

    /// Appends a turn and returns its 1-based sequence number in the session.
    @discardableResult
    func appendTurn(_ turn: TranscriptTurn, sessionID: String, source: String) async throws -> Int

    /// Appends many turns in one transaction (an imported transcript): all or nothing.
    func appendTurns(_ turns: [TranscriptTurn], sessionID: String, source: String) async throws

    /// The session's turns in order, each with its sequence number.
    func turns(sessionID: String) async throws -> [StoredTurn]

    /// Moves the session to `sectionID` at `at` (or ends it when `sectionID` is nil); `run` resumes from here.
    func updateSessionProgress(sessionID: String, sectionID: String?, at: Date) async throws

    /// Records (or replaces) a participant's answer to an in-session poll.
    func recordPoll(sessionID: String, questionID: String, participantID: String, answer: AnswerValue) async throws

    /// Poll answers by question id, then participant id.
    func polls(sessionID: String) async throws -> [String: [String: AnswerValue]]

    /// Replaces the codes `coder` gave to `unit`; an empty list records that the coder found that no code applies
    /// (the unit counts as coded, e.g. for agreement).
    func setCodes(_ codes: [String], unit: CodingUnit, coder: String, at: Date) async throws

    /// Replaces many units' codes by one coder in one transaction (automatic coding).
    func setCodes(_ assignments: [CodingUnit: [String]], coder: String, at: Date) async throws

    /// Every coding, optionally only by `coder`.
    func codings(coder: String?) async throws -> [Coding]

    /// The names of the coders who coded anything.
    func coders() async throws -> [String]
}
