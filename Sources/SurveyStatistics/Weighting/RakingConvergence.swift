/// How raking decides it has converged.
public enum RakingConvergence: Sendable, Equatable {
    /// Largest |achieved − target| / total over all margins and levels, after a sweep, at most `tolerance`.
    case maxShareError(tolerance: Double)
    /// R `rake()`: the largest absolute change of the joint cell table between sweeps is below `epsilon`
    /// (weight units; an epsilon below 1 is a fraction of the sum of the start weights).
    case rJointTableChange(epsilon: Double)
}
