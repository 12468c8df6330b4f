import Foundation
import SurveyStore

/// Hands batches from the thread reading an SPSS file to the importer: at most `depth` batches wait, the reader
/// blocks while they do, and stops when the consumer has gone (`cancel`).
final class SAVBatchPipe: @unchecked Sendable {
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [[ImportedResponse]] = []
    private var finished = false
    private var failed = false
    private var cancelled = false
    private var latest: ImportFileReport
    private let depth: Int

    init(file: String, depth: Int = 2) {
        latest = ImportFileReport(file: file)
        self.depth = max(1, depth)
    }

    /// The report as of the last batch handed over, or the final one.
    var report: ImportFileReport {
        condition.lock()
        defer { condition.unlock() }
        return latest
    }

    /// Queues `batch` (waiting while the queue is full); false when the consumer has gone.
    func put(_ batch: [ImportedResponse], report: ImportFileReport) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= depth && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        queue.append(batch)
        latest = report
        condition.broadcast()
        return true
    }

    /// Ends the stream with the final report; `failed` makes `take` throw after the queued batches.
    func finish(report: ImportFileReport, failed: Bool) {
        condition.lock()
        latest = report
        self.failed = failed
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the reader: waiting batches are dropped and `put` returns false from now on.
    func cancel() {
        condition.lock()
        cancelled = true
        queue = []
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch; nil at the end.
    /// - Throws: `SAVImportFailure` at the end of a stream that failed.
    func take() throws -> [ImportedResponse]? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !finished && !cancelled { condition.wait() }
        if !queue.isEmpty {
            condition.broadcast()
            return queue.removeFirst()
        }
        if failed { throw SAVImportFailure() }
        return nil
    }
}
