import Foundation
import SurveyStore

/// How an interview rides out a store that is briefly unreachable (a PostgreSQL server restarting): each store
/// operation of `StoreInterviewRecorder` that fails with `StoreError.unavailable` is tried again after 0.25 s,
/// 0.5 s, 1 s, then every 2 s, until `limit` seconds have passed since the first failure; only then the error is
/// thrown (and nothing acknowledged is lost: every earlier answer was committed). `report` is told about each
/// retry (the terminal shows "reconnecting...").
///
/// Retrying is safe because the recorder's writes are idempotent (an answer, a ladder step or a cursor replaces
/// the stored one); a response whose creation or completion committed just before the connection dropped is
/// recognised on the retry (`duplicateResponse`, or a response already complete).
public struct StoreOutageRetry: Sendable {
    /// Seconds to keep retrying after the first failure (0: never retry).
    public var limit: TimeInterval
    public var report: (@Sendable (String) -> Void)?

    public init(limit: TimeInterval = 60, report: (@Sendable (String) -> Void)? = nil) {
        self.limit = limit
        self.report = report
    }

    /// No retries: the first `unavailable` is thrown.
    public static let none = StoreOutageRetry(limit: 0)

    /// Runs `operation`, retrying outages as described above.
    @discardableResult
    func run<T: Sendable>(
        isolation: isolated (any Actor)? = #isolation, _ operation: () async throws -> T
    ) async throws -> T {
        let start = ContinuousClock.now
        var attempt = 0
        while true {
            do {
                return try await operation()
            } catch let error as StoreError {
                guard case .unavailable = error, ContinuousClock.now - start < .seconds(limit) else { throw error }
                attempt += 1
                let delay = [0.25, 0.5, 1][min(attempt - 1, 2)] + (attempt > 3 ? 1 : 0)
                report?("the store is unreachable; reconnecting (attempt \(attempt), answers so far are saved)...")
                try await Task.sleep(for: .milliseconds(Int(delay * 1000)))
            }
        }
    }
}
