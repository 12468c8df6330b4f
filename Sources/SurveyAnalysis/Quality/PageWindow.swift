/// At most `limit` pages read ahead of the consumer: the reader `acquire`s a slot before handing a page on and the
/// consumer `release`s it when done, so reading and judging overlap on two cores while memory stays bounded.
actor PageWindow {
    private let limit: Int
    private var inFlight = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var closed = false

    init(limit: Int) { self.limit = max(1, limit) }

    /// Waits until fewer than `limit` pages are in flight, then takes a slot; returns at once after `close`.
    func acquire() async {
        if closed { return }
        if inFlight >= limit {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            inFlight += 1
        }
    }

    /// Gives a slot back (handing it straight to a waiting reader, if any).
    func release() {
        if waiting.isEmpty {
            inFlight -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }

    /// Lets every waiting and later `acquire` return at once (the consumer has stopped).
    func close() {
        closed = true
        for continuation in waiting { continuation.resume() }
        waiting = []
    }
}
