import Foundation
import SurveyStore

/// Reads and checks the next batches on a background thread while the store writes the current one, so that
/// parsing and storing use two cores. Holds at most `depth` batches ahead (default 2), so memory stays bounded.
///
/// The wrapped source's `nextBatch()` runs on the background thread only; an error it throws is handed to the
/// consumer at the point where the batch would have come, and reading stops. Call `cancel()` when done.
final class PrefetchingBatchSource: ResponseBatchSource, @unchecked Sendable {
    // State guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [Result<[ImportedResponse], any Error>] = []
    private var finished = false
    private var cancelled = false
    private let depth: Int
    let inner: any ResponseBatchSource

    init(_ inner: any ResponseBatchSource, depth: Int = 2) {
        self.inner = inner
        self.depth = max(1, depth)
        let thread = Thread { [self] in produce() }
        thread.stackSize = 1 << 22
        thread.start()
    }

    /// Stops the background reader (after the consumer is done or has failed); batches not yet taken are dropped.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func produce() {
        while true {
            condition.lock()
            while queue.count >= depth && !cancelled { condition.wait() }
            let stop = cancelled
            condition.unlock()
            if stop { return }
            let next: Result<[ImportedResponse], any Error>?
            do {
                // Encoding the answers for storage here keeps that work off the store's writing thread.
                next = try inner.nextBatch().map { batch in
                    .success(
                        batch.map {
                            var imported = $0; imported.prepareForStorage(); return imported
                        })
                }
            } catch {
                next = .failure(error)
            }
            condition.lock()
            if let next { queue.append(next) }
            let done: Bool
            if case .failure = next { done = true } else { done = next == nil }
            if done { finished = true }
            condition.broadcast()
            condition.unlock()
            if done { return }
        }
    }

    func nextBatch() throws -> [ImportedResponse]? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !finished { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let next = queue.removeFirst()
        condition.broadcast()
        return try next.get()
    }

    /// Waits until the producer has stopped (end of input or error), so that the inner source's report is final.
    func waitUntilFinished() {
        condition.lock()
        while !finished && !cancelled { condition.wait() }
        condition.unlock()
    }
}
