import Foundation
import SurveyModel

/// Copies everything from one store to another (SQLite ↔ PostgreSQL, or between two of a kind): survey
/// definitions, respondents, contact attempts (replayed, which rebuilds the work-queue state), responses exactly as
/// stored, quota counts, weight sets, and (when both stores hold them) focus-group sessions with their rosters,
/// transcripts and polls, and every coder's codings.
///
/// The destination must hold no respondents (a fresh store, or one that was only migrated): otherwise
/// `StoreCopier.Failure.destinationNotEmpty` is thrown before anything is written. Claims in progress, definition
/// registration times and the times codes were given are not copied (claims are transient; registration and
/// coding are now). Throws the stores'
/// `StoreError`s; a failure leaves what was copied before it.
public enum StoreCopier {
    /// Why a copy was refused.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        case destinationNotEmpty(respondents: Int)
        case destinationHasFocusGroups(sessions: Int)

        public var description: String {
            switch self {
            case .destinationNotEmpty(let count):
                "error: the destination store is not empty (\(count) respondents); copy into a new store"
            case .destinationHasFocusGroups(let count):
                "error: the destination store is not empty (\(count) focus-group sessions); copy into a new store"
            }
        }
    }

    /// What was copied.
    public struct Summary: Sendable, Hashable {
        public var definitions = 0
        public var respondents = 0
        public var contactAttempts = 0
        public var responses = 0
        public var weightSets = 0
        public var qualityRuns = 0
        public var focusSessions = 0
        /// Coded units, counted once per coder.
        public var codings = 0
    }

    /// Copies `source` into `destination`, `pageSize` respondents or responses at a time (default 2,000).
    public static func copy(
        from source: any StoreTransferring, to destination: any StoreTransferring,
        pageSize: Int = 2_000
    ) async throws -> Summary {
        let existing = try await destination.respondentCount()
        guard existing == 0 else { throw Failure.destinationNotEmpty(respondents: existing) }
        if source is any FocusGroupStore, let focus = destination as? any FocusGroupStore {
            let sessions = try await focus.sessions().count
            guard sessions == 0 else { throw Failure.destinationHasFocusGroups(sessions: sessions) }
        }
        var summary = Summary()
        let definitions = try await source.surveyDefinitions(surveyID: nil)
        for definition in definitions {
            try await destination.registerSurvey(definition)
            summary.definitions += 1
        }
        var after: String?
        while true {
            let page = try await source.respondentPage(after: after, limit: pageSize)
            guard let last = page.last else { break }
            summary.respondents += try await destination.upsertRespondents(page)
            after = last.id
        }
        for surveyID in Set(definitions.map(\.surveyID)).sorted() {
            for attempt in try await source.allContactAttempts(surveyID: surveyID) {
                try await destination.recordContactAttempt(attempt)
                summary.contactAttempts += 1
            }
            try await source.forEachResponsePage(ResponseQuery(surveyID: surveyID, limit: pageSize)) { page in
                summary.responses += try await destination.restoreResponses(page)
            }
            let quotas = try await source.quotaCounts(surveyID: surveyID)
            try await destination.restoreQuotaCounts(quotas, surveyID: surveyID)
            for set in try await source.weightSets(surveyID: surveyID) {
                if let weightSet = try await source.weightSet(name: set.name, surveyID: surveyID) {
                    try await destination.saveWeightSet(weightSet)
                    summary.weightSets += 1
                }
            }
            for run in try await source.qualityRuns(surveyID: surveyID) {
                if let qualityRun = try await source.qualityRun(name: run.name, surveyID: surveyID) {
                    try await destination.saveQualityRun(qualityRun)
                    summary.qualityRuns += 1
                }
            }
        }
        if let from = source as? any FocusGroupStore, let to = destination as? any FocusGroupStore {
            try await copyFocusGroups(from: from, to: to, summary: &summary)
        }
        return summary
    }

    /// Sessions (roster, progress, transcript turns in sequence with their sources, polls) and codings.
    static func copyFocusGroups(
        from source: any FocusGroupStore, to destination: any FocusGroupStore,
        summary: inout Summary
    ) async throws {
        for session in try await source.sessions() {
            try await destination.createSession(
                session, participants: try await source.participants(sessionID: session.id))
            var run: [TranscriptTurn] = []
            var runSource = ""
            for stored in try await source.turns(sessionID: session.id) {
                if stored.source != runSource && !run.isEmpty {
                    try await destination.appendTurns(run, sessionID: session.id, source: runSource)
                    run = []
                }
                runSource = stored.source
                run.append(stored.turn)
            }
            if !run.isEmpty { try await destination.appendTurns(run, sessionID: session.id, source: runSource) }
            for (questionID, answers) in try await source.polls(sessionID: session.id) {
                for (participantID, answer) in answers {
                    try await destination.recordPoll(
                        sessionID: session.id, questionID: questionID, participantID: participantID, answer: answer)
                }
            }
            summary.focusSessions += 1
        }
        for coder in try await source.coders() {
            let codings = try await source.codings(coder: coder)
            try await destination.setCodes(
                Dictionary(codings.map { ($0.unit, $0.codes) }, uniquingKeysWith: { _, last in last }), coder: coder,
                at: Date())
            summary.codings += codings.count
        }
    }
}
