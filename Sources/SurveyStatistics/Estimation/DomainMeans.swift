/// Domain estimates of one derived variable with the design covariance between domains.
public struct DomainMeans: Sendable {
    /// One estimate per segment level, in level order.
    public var estimates: [Estimate]
    /// S×S design covariance of the estimates (row-major), on the scale of `estimates`.
    public var covariance: [Double]
}
