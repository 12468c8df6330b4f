/// A quota a completing response falls in, with its target (see `ResponseStore.completeResponse`).
public struct QuotaClaim: Sendable, Hashable {
    public var quotaID: String
    /// The number of completes wanted; the store never counts beyond it.
    public var target: Int

    public init(quotaID: String, target: Int) {
        self.quotaID = quotaID
        self.target = target
    }
}

/// The result of completing a response against its quotas.
public enum CompletionOutcome: Sendable, Hashable {
    /// The response is complete and counted in every claimed quota.
    case completed
    /// The named quota was full: the response ended with the quota-full disposition and nothing was counted.
    case quotaFull(quotaID: String)
}
