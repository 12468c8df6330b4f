import Foundation
import NIOCore
import PostgresNIO

/// Runs work on a pooled connection and gives up on it as soon as that connection closes.
///
/// postgres-nio (1.33.2 here) can leave a statement waiting forever when the server closes the connection under it
/// (a fast shutdown sends `57P01 terminating connection due to administrator command`, then closes): the statement's
/// continuation is never resumed, so an interviewer's save would hang instead of reporting an outage. The guard
/// races `body` against the connection's `closeFuture`: whichever ends first decides. When the connection closes
/// first, the caller gets `ClosedConnectionGuard.Closed` (mapped to `StoreError.unavailable`) and `body`'s task is
/// cancelled and left to finish on its own. The server has then rolled the transaction back unless it had already
/// committed; the store methods that may be retried after an outage are idempotent (see `ResponseStore`).
enum ClosedConnectionGuard {
    /// The connection closed before the statement finished.
    struct Closed: Error, Sendable {}

    static func run<T: Sendable>(
        on connection: PostgresConnection, _ body: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let outcome = Outcome<T>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
                outcome.install(continuation)
                let work = Task {
                    do { outcome.finish(.success(try await body())) } catch { outcome.finish(.failure(error)) }
                }
                outcome.onCancel { work.cancel() }
                connection.closeFuture.whenComplete { _ in
                    outcome.finish(.failure(Closed()))
                    work.cancel()
                }
            }
        } onCancel: {
            outcome.cancel()
        }
    }

    /// The one result that reaches the caller; later ones are dropped.
    private final class Outcome<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<T, any Error>?
        private var pending: Result<T, any Error>?
        private var finished = false
        private var cancelled = false
        private var cancelWork: (@Sendable () -> Void)?

        func install(_ continuation: CheckedContinuation<T, any Error>) {
            let ready: Result<T, any Error>? = lock.withLock {
                if let pending { return pending }
                self.continuation = continuation
                return nil
            }
            if let ready { continuation.resume(with: ready) }
        }

        func finish(_ result: Result<T, any Error>) {
            let waiting: CheckedContinuation<T, any Error>? = lock.withLock {
                guard !finished else { return nil }
                finished = true
                guard let continuation else {
                    pending = result
                    return nil
                }
                self.continuation = nil
                return continuation
            }
            waiting?.resume(with: result)
        }

        func onCancel(_ action: @escaping @Sendable () -> Void) {
            let now = lock.withLock {
                cancelWork = action
                return cancelled
            }
            if now { action() }
        }

        func cancel() {
            let action = lock.withLock {
                cancelled = true
                return cancelWork
            }
            action?()
        }
    }
}
