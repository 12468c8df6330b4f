import Foundation
import SurveyModel
import SurveyStore
import Testing

/// Focus-group sessions, transcripts, polls and codings behave the same on SQLite and PostgreSQL, and a store copy
/// carries them.
@Suite struct FocusGroupStoreTests {
    static let session = FocusSession(
        id: "fg1", guideID: "guide", guideVersion: SemanticVersion(1, 0, 0), title: "Savers, 55+",
        createdAt: Date(timeIntervalSince1970: 1_790_000_000))
    static let roster = [
        Participant(id: "p2", displayName: "Ben", attributes: ["age_band": "55+"], consent: true, weight: 1.5),
        Participant(id: "p1", displayName: "Ana \"A\"", attributes: ["age_band": "35-54"], consent: false),
    ]

    /// Fills a store with one session: two transcript sources, progress, polls and two coders' codes.
    static func fill(_ store: any FocusGroupStore) async throws {
        try await store.createSession(session, participants: roster)
        try await store.appendTurns(
            [
                TranscriptTurn(
                    speaker: "moderator", text: "Why does safety matter?", start: 1, end: 4.5,
                    sectionID: "s1", line: 3),
                TranscriptTurn(
                    speaker: "p1", text: "Peace of mind, 安心", sectionID: "s1", isQuote: true,
                    codes: ["safety"], line: 4),
            ], sessionID: "fg1", source: "notes.txt")
        let last = try await store.appendTurn(
            TranscriptTurn(speaker: "p2", text: "Fees."), sessionID: "fg1", source: "live")
        #expect(last == 3)
        try await store.updateSessionProgress(
            sessionID: "fg1", sectionID: "s2", at: Date(timeIntervalSince1970: 1_790_000_600))
        try await store.recordPoll(sessionID: "fg1", questionID: "q1", participantID: "p1", answer: .code("2"))
        try await store.recordPoll(sessionID: "fg1", questionID: "q1", participantID: "p1", answer: .code("3"))
        try await store.recordPoll(sessionID: "fg1", questionID: "q2", participantID: "p2", answer: .number(7.5))
        try await store.setCodes(
            ["safety", "trust"], unit: .turn(sessionID: "fg1", sequence: 2), coder: "ana",
            at: Date(timeIntervalSince1970: 1_790_001_000))
        try await store.setCodes(
            [
                .turn(sessionID: "fg1", sequence: 3): ["fees"],
                .why(responseID: "r1", probeID: "w1", optionCode: nil, depth: 1): ["trust"],
            ],
            coder: "ben", at: Date(timeIntervalSince1970: 1_790_001_000))
    }

    /// Everything a store says about the session, as text.
    static func snapshot(_ store: any FocusGroupStore) async throws -> String {
        let sessions = try await store.sessions()
        let participants = try await store.participants(sessionID: "fg1")
        let turns = try await store.turns(sessionID: "fg1")
        let polls = try await store.polls(sessionID: "fg1").sorted { $0.key < $1.key }
            .map { "\($0.key): \($0.value.sorted { $0.key < $1.key })" }
        let codings = try await store.codings(coder: nil)
        let coders = try await store.coders()
        return "\(sessions)\n\(participants)\n\(turns)\n\(polls)\n\(codings)\n\(coders)"
    }

    @Test func bothBackendsStoreAndReadTheSame() async throws {
        var snapshots: [String] = []
        for backend in StoreBackend.allCases {
            let store = try #require(try await backend.makeStore() as? any FocusGroupStore)
            try await Self.fill(store)
            let stored = try #require(try await store.session(id: "fg1"))
            #expect(stored.currentSectionID == "s2")
            #expect(stored.sectionStartedAt == Date(timeIntervalSince1970: 1_790_000_600))
            #expect(try await store.participants(sessionID: "fg1").map(\.id) == ["p1", "p2"])
            let turns = try await store.turns(sessionID: "fg1")
            #expect(turns.map(\.sequence) == [1, 2, 3])
            #expect(turns.map(\.source) == ["notes.txt", "notes.txt", "live"])
            #expect(turns[1].turn.codes == ["safety"] && turns[1].turn.isQuote)
            #expect(try await store.polls(sessionID: "fg1")["q1"]?["p1"] == .code("3"))
            #expect(try await store.codings(coder: "ana").map(\.codes) == [["safety", "trust"]])
            #expect(try await store.coders() == ["ana", "ben"])
            // Errors: a second session with the same id, turns for an unknown session.
            await #expect(throws: StoreError.self) { try await store.createSession(Self.session, participants: []) }
            await #expect(throws: StoreError.self) {
                try await store.appendTurn(TranscriptTurn(speaker: "x", text: "y"), sessionID: "nope", source: "s")
            }
            await #expect(throws: StoreError.self) {
                try await store.updateSessionProgress(sessionID: "nope", sectionID: nil, at: Date())
            }
            try await store.updateSessionProgress(sessionID: "fg1", sectionID: nil, at: Date())
            #expect(try await store.session(id: "fg1")?.ended == true)
            snapshots.append(try await Self.snapshot(store))
        }
        #expect(snapshots.count == 2)
        #expect(snapshots[0] == snapshots[1])
    }

    @Test func aStoreCopyCarriesSessionsAndCodings() async throws {
        for (from, to) in [(StoreBackend.sqlite, StoreBackend.postgres), (.postgres, .sqlite)] {
            let source = try await from.makeStore()
            let destination = try await to.makeStore()
            try await Self.fill(try #require(source as? any FocusGroupStore))
            let summary = try await StoreCopier.copy(
                from: try #require(source as? any StoreTransferring),
                to: try #require(destination as? any StoreTransferring))
            #expect(summary.focusSessions == 1)
            #expect(summary.codings == 3)
            #expect(
                try await Self.snapshot(try #require(destination as? any FocusGroupStore))
                    == Self.snapshot(try #require(source as? any FocusGroupStore)))
        }
    }
}
