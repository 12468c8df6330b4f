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
