/// The SQL condition selecting the rows of a batch of responses by `response_key`: a range when the keys are dense
/// (at most twice as many keys in the range as in the batch), so SQLite scans the index in order; otherwise the
/// list of keys. A range may select rows of other responses; readers skip those (`StoredResponseBatch`).
struct ResponseKeySelection {
    /// The condition on `response_key`, keys inlined (they are integers read from the store, never user text).
    let condition: String

    init(_ keys: [Int64]) {
        guard let low = keys.min(), let high = keys.max() else {
            condition = "0"
            return
        }
        let span = high.subtractingReportingOverflow(low)
        if !span.overflow, span.partialValue < Int64(2 * keys.count) {
            condition = "response_key BETWEEN \(low) AND \(high)"
        } else {
            condition = "response_key IN (" + keys.map(String.init).joined(separator: ",") + ")"
        }
    }
}
