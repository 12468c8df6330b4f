import Foundation
import SurveyModel
import Synchronization

/// A finished (or partial) response read from a file, ready to store (see `ResponseStore.importResponses`).
public struct ImportedResponse: Sendable, Hashable {
    /// The response; its survey version must be registered in the store. Changing it drops a prepared answer
    /// block.
    public var response: Response {
        didSet { preparedAnswerBlock = nil }
    }
    /// Respondent attributes read with the response; merged into the respondent's stored attributes (values read
    /// here win). A respondent that does not exist yet is created.
    public var attributes: [String: String]
    public var interviewer: String?
    public var mode: String?
    public var completedAt: Date?
    /// The quotas a complete response counts towards. Imports record facts: counts go up even past a target
    /// (status reports the overshoot); nothing is counted for a response that is skipped as already stored.
    public var quotaIDs: [String]

    public init(
        response: Response, attributes: [String: String] = [:], interviewer: String? = nil, mode: String? = nil,
        completedAt: Date? = nil, quotaIDs: [String] = []
    ) {
        self.response = response
        self.attributes = attributes
        self.interviewer = interviewer
        self.mode = mode
        self.completedAt = completedAt
        self.quotaIDs = quotaIDs
    }

    /// The answers encoded as a SQLite store's answer block (`prepareForStorage()`); nil until prepared.
    private(set) var preparedAnswerBlock: [UInt8]?

    /// Encodes the answers in the form a SQLite store writes them (one block per response), so that the thread
    /// reading a file does this work rather than the store's single writing thread. Optional: a store encodes
    /// unprepared responses itself; PostgreSQL ignores it. Changing `response` afterwards drops the preparation.
    public mutating func prepareForStorage() {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(response.answers.count * 24 + 2)
        AnswerBlockCoding.encode(answers: response.answers, otherTexts: response.otherTexts, into: &buffer)
        preparedAnswerBlock = buffer
    }

    /// Equal when the stored content is equal (a prepared answer block is a cache of `response`).
    public static func == (a: ImportedResponse, b: ImportedResponse) -> Bool {
        a.response == b.response && a.attributes == b.attributes && a.interviewer == b.interviewer
            && a.mode == b.mode && a.completedAt == b.completedAt && a.quotaIDs == b.quotaIDs
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(response)
        hasher.combine(attributes)
        hasher.combine(interviewer)
        hasher.combine(mode)
        hasher.combine(completedAt)
        hasher.combine(quotaIDs)
    }
}

/// A producer of response batches, drained by `ResponseStore.importResponses(from:atomic:)`.
///
/// `nextBatch()` is called repeatedly, possibly from inside a database transaction, until it returns nil. It may
/// throw to abort the import (with `atomic`, nothing is stored then). Calls never overlap.
public protocol ResponseBatchSource: Sendable {
    func nextBatch() throws -> [ImportedResponse]?
}

/// A batch source over an in-memory array, handed out in batches of `batchSize` (default 10,000).
public final class ArrayBatchSource: ResponseBatchSource {
    private let state: Mutex<ArraySlice<ImportedResponse>>
    private let batchSize: Int

    public init(_ responses: [ImportedResponse], batchSize: Int = 10_000) {
        state = Mutex(responses[...])
        self.batchSize = max(1, batchSize)
    }

    public func nextBatch() throws -> [ImportedResponse]? {
        state.withLock { remaining in
            guard !remaining.isEmpty else { return nil }
            let batch = Array(remaining.prefix(batchSize))
            remaining = remaining.dropFirst(batch.count)
            return batch
        }
    }
}

/// What an import stored.
public struct ImportSummary: Sendable, Hashable {
    /// Responses handed to the store.
    public var received: Int
    /// Responses newly stored.
    public var stored: Int
    /// Responses skipped because their id was already stored.
    public var skipped: Int

    public init(received: Int = 0, stored: Int = 0, skipped: Int = 0) {
        self.received = received
        self.stored = stored
        self.skipped = skipped
    }
}
