/// Replicate weights that cannot be made or used; each message names the option or column at fault.
public enum ReplicateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The replicate method does not fit the design (JK1 on strata, JKn or BRR without strata, BRR with a
    /// stratum that does not have exactly two PSUs, too few PSUs).
    case designMismatch(String)
    /// A replicate-weight column is not numeric, or has a missing, negative or infinite value.
    case badColumn(column: String, row: Int, problem: String)
    /// The supplied columns do not fit the replicate type (count, rscales length, a missing scale).
    case invalidSpecification(String)

    public var description: String {
        switch self {
        case .designMismatch(let text): text
        case .badColumn(let column, let row, let problem): "replicate weight column '\(column)', row \(row): \(problem)"
        case .invalidSpecification(let text): text
        }
    }
}
