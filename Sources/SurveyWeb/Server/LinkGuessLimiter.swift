import Foundation

/// A per-client limit on unknown links: a client that opens more than `limit` unknown links within `window`
/// seconds is answered 429 until the window has passed, so tokens cannot be guessed at speed (they have 192
/// random bits; this keeps logs and the store quiet too). The counts live in this process only.
actor LinkGuessLimiter {
    private let limit: Int
    private let window: TimeInterval
    private var failures: [String: (start: Date, count: Int)] = [:]

    init(limit: Int = 20, window: TimeInterval = 60) {
        self.limit = limit
        self.window = window
    }

    /// Whether `client` has used up its unknown links for now.
    func isBlocked(_ client: String, now: Date = Date()) -> Bool {
        guard let entry = failures[client], now.timeIntervalSince(entry.start) < window else { return false }
        return entry.count >= limit
    }

    /// Counts an unknown link opened by `client`.
    func recordFailure(_ client: String, now: Date = Date()) {
        if failures.count > 10_000 { failures = failures.filter { now.timeIntervalSince($0.value.start) < window } }
        if let entry = failures[client], now.timeIntervalSince(entry.start) < window {
            failures[client] = (entry.start, entry.count + 1)
        } else {
            failures[client] = (now, 1)
        }
    }
}
