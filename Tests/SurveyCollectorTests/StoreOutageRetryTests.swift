import Foundation
import SurveyCollector
import SurveyModel
import SurveyStore
import SurveyTestSupport
import Testing

/// An interview whose PostgreSQL server restarts between two answers carries on: the recorder reconnects (and says
/// so) instead of ending the interview, and every answer is stored once.
@Suite(.serialized) struct StoreOutageRetryTests {
    final class Notes: @unchecked Sendable {
        private let lock = NSLock()
        private var texts: [String] = []
        func append(_ text: String) { lock.withLock { texts.append(text) } }
        var all: [String] { lock.withLock { texts } }
    }

    static let survey = Survey(
        id: "outage", title: "Outage",
        sections: [
            Section(
                id: "s",
                items: [
                    .what(WhatQuestion(id: "q1", text: "One", kind: .rating(scale: RatingScale(min: 1, max: 5)))),
                    .what(WhatQuestion(id: "q2", text: "Two", kind: .rating(scale: RatingScale(min: 1, max: 5)))),
                    .what(WhatQuestion(id: "q3", text: "Three", kind: .text(maxLength: nil, pattern: nil))),
                ])
        ])

    @Test func anInterviewRidesOutAServerRestart() async throws {
        let server = try PostgresTestServer()
        let store = try await PostgresStore(url: server.url, timeout: 1, maximumConnections: 2)
        let notes = Notes()
        let recorder = StoreInterviewRecorder(
            store: store, retry: StoreOutageRetry(limit: 60) { notes.append($0) })
        var session = try await InterviewSession.start(
            survey: Self.survey, respondent: Respondent(id: "r1"), seed: 1, recorder: recorder)
        _ = try await session.begin()
        _ = try await session.submit(.answer(.number(4)))
        try server.stop()
        let restart = Task {
            try await Task.sleep(for: .seconds(2))
            try server.start()
        }
        let second = try await session.submit(.answer(.number(2)))
        try await restart.value
        var accepted = false
        if case .accepted = second { accepted = true }
        try #require(accepted, "the answer after the restart was not taken: \(second)")
        _ = try await session.submit(.answer(.text("after the restart")))
        #expect(notes.all.contains { $0.contains("reconnecting") }, "\(notes.all)")
        let stored = try #require(try await store.response(id: session.responseID))
        #expect(stored.response.status == .complete)
        #expect(stored.response.answers == ["q1": .number(4), "q2": .number(2), "q3": .text("after the restart")])
    }
}
