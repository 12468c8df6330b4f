/// Options of `Raking.rake`.
public struct RakingOptions: Sendable, Equatable {
    /// Maximum number of sweeps over all margins (default 50).
    public var maxSweeps: Int
    public var convergence: RakingConvergence
    /// Bounds on the adjustment factor g = w/w_start applied after every margin step (bounded raking);
    /// nil for none.
    public var bounds: ClosedRange<Double>?

    public init(
        maxSweeps: Int = 50, convergence: RakingConvergence = .maxShareError(tolerance: 1e-6),
        bounds: ClosedRange<Double>? = nil
    ) {
        self.maxSweeps = maxSweeps
        self.convergence = convergence
        self.bounds = bounds
    }

    /// R's `rake()` default control: maxit 10, epsilon 1.
    public static let rDefault = RakingOptions(maxSweeps: 10, convergence: .rJointTableChange(epsilon: 1))
}
