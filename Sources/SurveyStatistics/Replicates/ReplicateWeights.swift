/// The replicate weights of a replicate-weight design (R's `svyrep.design`) and the constants of its variance.
///
/// Replicate r's weight of row i is w_ir = b_i · a_{g(i), r}: a base weight b_i times the factor of the row's group
/// g(i) in replicate r. Replicates made from a design (`ReplicateWeights.jackknife`, `.bootstrap`, `.balanced`)
/// have the stage-1 PSUs as groups and the sampling weights as base, so their factors take PSUs × R numbers, as
/// R's compressed `repweights`; supplied columns (`ReplicateWeights.supplied`) and recalibrated replicates have one
/// group per row.
///
/// Variance of an estimate θ̂ with replicate estimates θ̂_r (R's `svrVar`; docs/methods.md §7.10):
/// v = scale · Σ_r rscale_r (θ̂_r − θ̄)², with θ̄ the mean of the θ̂_r over the replicates with rscale_r > 0
/// (R's default, `options(survey.replicates.mse = FALSE)`), or θ̄ = θ̂ when `mse` is true. Replicates whose
/// estimate is undefined (an empty domain in that replicate) are left out of the sum, as R's `na.omit`.
/// Degrees of freedom are R's `degf` of a replicate design: the rank of the replicate-weight matrix minus 1.
public struct ReplicateWeights: Sendable {
    /// How the replicates were made.
    public let method: ReplicateMethod
    /// Number of replicates R.
    public let count: Int
    /// The overall multiplier of the variance.
    public let scale: Double
    /// The multiplier of each replicate's squared deviation (length R).
    public let rscales: [Double]
    /// Fay's ρ (0 for the other methods).
    public let rho: Double
    /// Centre the squared deviations on the full-sample estimate instead of the replicates' mean.
    public var mse: Bool
    /// Whether every replicate was calibrated as the full sample was (so replicate SEs account for the
    /// calibration even where the design's own weights are then taken as fixed).
    public var calibrated = false
    /// R's `degf`: the rank of the replicate weights minus 1.
    public internal(set) var degreesOfFreedom: Int = 0
    /// Factors a_{g, r}, row-major by group (groups × R).
    let factors: [Double]
    /// The group of each row (nil: row i is group i).
    let groupOfRow: [Int32]?
    /// Base weights b_i.
    let base: [Double]

    init(
        method: ReplicateMethod, count: Int, factors: [Double], groupOfRow: [Int32]?, base: [Double],
        scale: Double, rscales: [Double], rho: Double = 0, mse: Bool = false, computeDegreesOfFreedom: Bool = true
    ) {
        self.method = method
        self.count = count
        self.factors = factors
        self.groupOfRow = groupOfRow
        self.base = base
        self.scale = scale
        self.rscales = rscales
        self.rho = rho
        self.mse = mse
        if computeDegreesOfFreedom { degreesOfFreedom = self.degreesOfFreedom { _ in true } }
    }

    /// Number of rows.
    public var rowCount: Int { base.count }

    /// The weight of `row` in replicate `replicate`.
    public func weight(row: Int, replicate: Int) -> Double {
        let group = groupOfRow.map { Int($0[row]) } ?? row
        return base[row] * factors[group * count + replicate]
    }

    /// Replicate `replicate`'s weights of every row.
    public func weights(replicate: Int) -> [Double] {
        (0..<rowCount).map { weight(row: $0, replicate: replicate) }
    }

    /// Replicates with one group per row from full replicate weights (`columns[r][i]` = w_ir), keeping this
    /// set's method and constants (the replicates of a recalibrated design).
    public func replacing(columns: [[Double]]) -> ReplicateWeights {
        let rows = rowCount
        var matrix = [Double](repeating: 0, count: rows * count)
        for (r, column) in columns.enumerated() { for row in 0..<rows { matrix[row * count + r] = column[row] } }
        var copy = ReplicateWeights(
            method: method, count: count, factors: matrix, groupOfRow: nil,
            base: [Double](repeating: 1, count: rows), scale: scale, rscales: rscales, rho: rho, mse: mse,
            computeDegreesOfFreedom: false)
        copy.degreesOfFreedom = degreesOfFreedom
        copy.calibrated = calibrated
        return copy
    }

    /// The p×p covariance (row-major) of p estimates from their replicate estimates (`replicates`, R×p row-major):
    /// scale · Σ_r rscale_r (θ̂_r − θ̄)(θ̂_r − θ̄)ᵀ, as R's `svrVar`.
    ///
    /// A replicate whose estimate j is undefined (NaN: domain j has no weight in that replicate) is left out of
    /// the sums for estimate j, with its rscale, as R's `na.action = na.omit`: variance j uses the replicates
    /// where θ̂_rj is defined and θ̄_j is their mean (over those with rscale_r > 0), as R's `svyby`, which runs
    /// `svrVar` for each domain on its own; covariance (j, k) uses the replicates where both are defined. So an
    /// estimate undefined in every replicate (an empty domain) has NaN variance and covariances but leaves the
    /// others alone.
    public func covariance(replicates: [Double], estimates: [Double]) -> [Double] {
        let p = estimates.count
        var centre = estimates
        if !mse {
            for j in 0..<p {
                var sum = 0.0
                var used = 0
                for r in 0..<count where rscales[r] > 0 && !replicates[r * p + j].isNaN {
                    sum += replicates[r * p + j]
                    used += 1
                }
                centre[j] = used == 0 ? .nan : sum / Double(used)
            }
        }
        var result = [Double](repeating: 0, count: p * p)
        var pairs = [Int](repeating: 0, count: p * p)
        var deviation = [Double](repeating: 0, count: p)
        for r in 0..<count {
            for j in 0..<p { deviation[j] = replicates[r * p + j] - centre[j] }
            let factor = scale * rscales[r]
            for j in 0..<p where !deviation[j].isNaN {
                let scaled = factor * deviation[j]
                for k in 0..<p where !deviation[k].isNaN {
                    result[j * p + k] += scaled * deviation[k]
                    pairs[j * p + k] += 1
                }
            }
        }
        for index in result.indices where pairs[index] == 0 { result[index] = .nan }
        return result
    }

    /// R's `degf` of the design restricted to the selected rows (`design[rows, ]`): the rank of those rows'
    /// replicate weights minus 1. Rows with a zero base weight add nothing. The rank is found row by row
    /// (Gram–Schmidt, a row counting when its part orthogonal to the rows before it keeps more than 1e-5 of its
    /// norm, the tolerance of R's `qr`), over the distinct factor rows only (rows equal up to a factor, to 1e-9, count once).
    public func degreesOfFreedom(rows selected: (Int) -> Bool) -> Int {
        var basis: [[Double]] = []
        var seenGroups = Set<Int>()
        var seenRows = Set<[Int64]>()
        for row in 0..<rowCount where selected(row) && base[row] != 0 {
            if basis.count == count { break }
            let group = groupOfRow.map { Int($0[row]) } ?? row
            guard seenGroups.insert(group).inserted else { continue }
            var vector = Array(factors[(group * count)..<((group + 1) * count)])
            let norm = Self.norm(vector)
            guard norm > 0 else { continue }
            // Rows of one PSU differ only by a factor: keep one of them.
            if groupOfRow == nil, !seenRows.insert(vector.map { Int64(($0 / norm * 1e9).rounded()) }).inserted {
                continue
            }
            for _ in 0..<2 {
                for direction in basis {
                    var dot = 0.0
                    for k in 0..<count { dot += vector[k] * direction[k] }
                    for k in 0..<count { vector[k] -= dot * direction[k] }
                }
            }
            let remaining = Self.norm(vector)
            if remaining > 1e-5 * norm { basis.append(vector.map { $0 / remaining }) }
        }
        return basis.count - 1
    }

    private static func norm(_ vector: [Double]) -> Double {
        vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}
