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

/// A focus-group session run with a discussion guide.
public struct FocusSession: Sendable, Hashable, Codable {
    public var id: String
    /// The guide (a survey of kind focus-group) and the version used.
    public var guideID: String
    public var guideVersion: SemanticVersion
    public var title: String
    public var createdAt: Date
    /// The section in progress (nil before the start and after the end).
    public var currentSectionID: String?
    /// When the current section started.
    public var sectionStartedAt: Date?
    public var ended: Bool

    public init(
        id: String, guideID: String, guideVersion: SemanticVersion, title: String, createdAt: Date,
        currentSectionID: String? = nil, sectionStartedAt: Date? = nil, ended: Bool = false
    ) {
        self.id = id
        self.guideID = guideID
        self.guideVersion = guideVersion
        self.title = title
        self.createdAt = createdAt
        self.currentSectionID = currentSectionID
        self.sectionStartedAt = sectionStartedAt
        self.ended = ended
    }
}

/// A stored transcript turn with its sequence number and where it came from (`run`, or an imported file name).
public struct StoredTurn: Sendable, Hashable {
    public var sequence: Int
    public var turn: TranscriptTurn
    public var source: String

    /// The coding unit of this turn.
    public func unit(sessionID: String) -> CodingUnit { .turn(sessionID: sessionID, sequence: sequence) }
}

/// Something that can be coded: a transcript turn or one step of a survey why ladder.
public enum CodingUnit: Sendable, Hashable, Codable, CustomStringConvertible {
    case turn(sessionID: String, sequence: Int)
    case why(responseID: String, probeID: String, optionCode: String?, depth: Int)

    /// The stored form: `turn:SESSION:SEQ` or `why:RESPONSE:PROBE:OPTION:DEPTH`.
    public var key: String {
        switch self {
        case .turn(let session, let sequence): "turn:\(session):\(sequence)"
        case .why(let response, let probe, let option, let depth): "why:\(response):\(probe):\(option ?? ""):\(depth)"
        }
    }

    /// Parses `key`; nil when malformed.
    public init?(key: String) {
        let parts = key.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch (parts.first, parts.count) {
        case ("turn", 3):
            guard let sequence = Int(parts[2]) else { return nil }
            self = .turn(sessionID: parts[1], sequence: sequence)
        case ("why", 5):
            guard let depth = Int(parts[4]) else { return nil }
            self = .why(
                responseID: parts[1], probeID: parts[2], optionCode: parts[3].isEmpty ? nil : parts[3], depth: depth)
        default: return nil
        }
    }

    public var description: String { key }
}

/// The codes one coder gave to one unit.
public struct Coding: Sendable, Hashable {
    public var unit: CodingUnit
    public var coder: String
    public var codes: [String]
}
