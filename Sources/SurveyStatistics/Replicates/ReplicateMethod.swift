/// How a set of replicate weights was made, which fixes its variance constants (R's `svrepdesign(type =)` and
/// `as.svrepdesign(type =)`; docs/methods.md §7.10).
public enum ReplicateMethod: String, Sendable, CaseIterable {
    /// Delete-one-PSU jackknife of an unstratified design: scale (R − 1)/R (times the fpc factor).
    case jk1
    /// Stratified delete-one-PSU jackknife: scale 1, rscale (n_h − 1)/n_h per replicate (times the fpc factor).
    case jkn
    /// Rao–Wu bootstrap: scale n̄/((n̄ − 1)(R − 1)) from created replicates, 1/(R − 1) for supplied columns.
    case bootstrap
    /// Balanced repeated replication (half-samples): scale 1/R.
    case brr
    /// Fay's modified BRR with factor ρ: scale 1/(R(1 − ρ)²).
    case fay
    /// Any other replicates: scale and rscales as given (default 1).
    case other

    /// The names accepted on the command line.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
