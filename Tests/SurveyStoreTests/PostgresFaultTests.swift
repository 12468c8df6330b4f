import Foundation
import SurveyModel
import SurveyStore
import SurveyTestSupport
import Testing

/// The server is stopped and restarted while interviews run: interviewers see a clear "unavailable" error, carry
/// on when the server is back, and no acknowledged answer is lost.
@Suite(.serialized) struct PostgresFaultTests {
    /// A server of its own (stopping the shared one would disturb other tests).
    @Test func serverRestartInTheMiddleOfInterviews() async throws {
        let server = try PostgresTestServer()
        let store = try await PostgresStore(url: server.url, timeout: 2, maximumConnections: 4)
        try await StoreLoadScript.prepare(store, perRegion: 150)
        let messages = MessageLog()
        let interviews = Task {
            try await withThrowingTaskGroup(of: StoreLoadScript.Tally.self) { group in
                for index in 1...4 {
                    group.addTask {
                        try await StoreLoadScript.interview(
                            store, interviewer: "fault\(index)", target: 1_000, retryOutages: true,
                            report: { messages.append($0) })
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }
        // Stop the server once interviews are under way, keep it down past the store timeout, then restart it.
        while try await Self.completeCount(server) < 40 { try await Task.sleep(for: .milliseconds(50)) }
        try server.stop()
        try await Task.sleep(for: .seconds(3))
        try server.start()
        let tallies = try await interviews.value
        #expect(tallies.reduce(0) { $0 + $1.outages } > 0, "the outage was noticed")
        #expect(messages.all.contains { $0.contains("the database server is unavailable") })
        #expect(!messages.all.contains { $0.contains(server.password) })
        #expect(tallies.reduce(0) { $0 + $1.completed } == 300)
        // Every response is complete with all three answers: nothing acknowledged was lost, nobody twice. The
        // reads retry outages as an interviewer does: on a loaded machine the pool's reconnect backoff after the
        // restart can outlast the store's 2 s timeout, and "unavailable, try again" is the documented answer then.
        let responses = try await Self.retryingOutages {
            try await store.responses(ResponseQuery(surveyID: StoreLoadScript.surveyID, limit: 1_000))
        }
        #expect(responses.count == 300)
        #expect(responses.allSatisfy { $0.response.status == .complete && $0.response.answers.count == 3 })
        let quotas = try await Self.retryingOutages { try await store.quotaCounts(surveyID: StoreLoadScript.surveyID) }
        #expect(quotas == ["region-north": 150, "region-south": 150])
    }

    /// Runs `body`, retrying `StoreError.unavailable` every half second for at most 60 seconds.
    static func retryingOutages<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        let deadline = ContinuousClock.now + .seconds(60)
        while true {
            do {
                return try await body()
            } catch StoreError.unavailable where ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(500))
            }
        }
    }

    /// Complete responses counted with psql (independent of the store under test).
    static func completeCount(_ server: PostgresTestServer) async throws -> Int {
        Int(
            try server.psql("SELECT count(*) FROM responses WHERE status = 'complete'")
                .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }
}

/// Messages reported by concurrent interviewers.
final class MessageLog: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func append(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}
