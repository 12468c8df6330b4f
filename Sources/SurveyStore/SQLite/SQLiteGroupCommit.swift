import Foundation
import GRDB

/// Group commit for `SQLiteStore.write`: writes requested at the same time by different tasks share one
/// transaction, and so one sync of the WAL (`synchronous=FULL`), instead of one each.
///
/// Every write is queued here, then a job is put on the pool's serial writer. The first such job to run takes every
/// write queued so far and runs them in one `BEGIN IMMEDIATE` transaction, each inside its own savepoint (a write
/// alone in its batch needs none: a big single write, such as saving a quality run, keeps no sub-journal), then
/// commits; the later jobs find their write already done and return. A write whose body throws is rolled back to
/// its savepoint and its caller gets the error; the others still commit. When the commit itself fails, every
/// write of the batch gets that error and none of them is stored. So each caller sees exactly what a transaction of
/// its own would give: its write is durable when `write` returns, and all or nothing of it is stored. A write once
/// queued is carried through even if its caller's task is cancelled (it may already share a batch).
///
/// Why: a web server or several interviewers write small transactions at the same time, and the sync at each
/// commit, not the SQL, limits how many the single SQLite writer commits per second; sharing the sync turns
/// waiting in line into one commit for everyone waiting.
final class SQLiteGroupCommit: @unchecked Sendable {
    /// One queued write: its body, and what came of it (set on the writer queue before its job returns).
    private final class Entry: @unchecked Sendable {
        let body: (Database) throws -> Void
        var failure: (any Error)?
        var done = false
        init(_ body: @escaping (Database) throws -> Void) { self.body = body }
    }

    /// A write's result, carried out of the writer queue.
    private final class Output<T>: @unchecked Sendable {
        var value: T?
    }

    private let lock = NSLock()
    private var queued: [Entry] = []

    /// Runs `body` in a write transaction shared with the writes queued at the same time; returns when the
    /// transaction holding it has committed (or throws the body's or the commit's error).
    func write<T: Sendable>(
        _ pool: DatabasePool, _ body: @escaping @Sendable (Database) throws -> T
    ) async throws -> T {
        let output = Output<T>()
        let entry = Entry { db in output.value = try body(db) }
        lock.withLock { queued.append(entry) }
        // An unstructured task: cancelling the caller must neither abandon a write already queued (another job may
        // be committing it) nor interrupt a batch that holds other callers' writes.
        try await Task {
            try await pool.writeWithoutTransaction { db in
                let batch = self.lock.withLock { () -> [Entry] in
                    defer { self.queued.removeAll(keepingCapacity: true) }
                    return self.queued
                }
                try Self.commit(batch, db)
            }
        }.value
        // The writer is serial: a job that took this entry finished before this job started.
        precondition(entry.done, "a queued write was not run")
        if let failure = entry.failure { throw failure }
        guard let value = output.value else { preconditionFailure("a write succeeded without a value") }
        return value
    }

    /// Runs `batch` in one transaction, each entry in a savepoint (a lone entry needs none: its transaction is
    /// its own); marks every entry done with its outcome.
    private static func commit(_ batch: [Entry], _ db: Database) throws {
        guard !batch.isEmpty else { return }
        defer { for entry in batch { entry.done = true } }
        if batch.count == 1 {
            do {
                try db.inTransaction(.immediate) {
                    try batch[0].body(db)
                    return .commit
                }
            } catch {
                batch[0].failure = error
            }
            return
        }
        do {
            try db.inTransaction(.immediate) {
                for entry in batch {
                    do {
                        try db.inSavepoint {
                            try entry.body(db)
                            return .commit
                        }
                    } catch {
                        entry.failure = error
                    }
                }
                return .commit
            }
        } catch {
            // BEGIN or COMMIT failed: nothing of the batch is stored.
            for entry in batch { entry.failure = error }
        }
    }
}
