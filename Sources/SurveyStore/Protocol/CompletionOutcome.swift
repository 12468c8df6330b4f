/// The result of completing a response against its quotas.
public enum CompletionOutcome: Sendable, Hashable {
    /// The response is complete and counted in every claimed quota.
    case completed
    /// The named quota was full: the response ended with the quota-full disposition and nothing was counted.
    case quotaFull(quotaID: String)
}
