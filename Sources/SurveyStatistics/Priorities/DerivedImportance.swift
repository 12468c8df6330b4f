/// Derived importance (key-driver analysis) of need ratings against an overall outcome (docs/methods.md §2.5).
///
/// All three measures work on the (optionally weighted) correlation matrix of the drivers and the outcome,
/// using complete cases:
/// - `correlations`: Pearson r(x_j, y).
/// - `relativeWeights`: Johnson (2000), Multivariate Behavioral Research 35(1): with R_xx = VΛVᵀ and
///   Λ* = VΛ^{½}Vᵀ, solve Λ*β = r_xy and take ε_j = Σ_k (Λ*_jk)²β_k²; the weights sum to R².
/// - `shapley`: Lipovetsky & Conklin (2001), Applied Stochastic Models in Business and Industry 17:
///   φ_j = Σ_{S ⊆ P∖{j}} |S|!(p − |S| − 1)!/p! · [R²(S ∪ {j}) − R²(S)], with R²(S) = r_Sᵀ R_SS⁻¹ r_S; the
///   values sum to the full-model R². Cost is 2^p subset regressions, so p ≤ 15 is enforced.
public struct DerivedImportance: Sendable, Equatable {
    /// r(x_j, y) per driver.
    public var correlations: [Double]
    /// Johnson's relative weights (sum = R²).
    public var relativeWeights: [Double]
    /// Shapley R² shares (sum = R²); nil when p > 15.
    public var shapley: [Double]?
    /// R² of the full linear model.
    public var rSquared: Double

    /// Relative weights rescaled to percentages of R².
    public var relativeWeightPercentages: [Double] { relativeWeights.map { 100 * $0 / rSquared } }

    /// Maximum number of drivers for the Shapley decomposition.
    public static let maximumShapleyDrivers = 15

    /// Computes all measures.
    /// - Parameters:
    ///   - drivers: respondent × driver matrix (rows with NaN in any driver or the outcome are dropped).
    ///   - outcome: the overall outcome per respondent (satisfaction, NPS score, intent to stay).
    ///   - weights: optional respondent weights.
    /// - Throws: `StatisticsError` for mismatched lengths, fewer than 3 complete rows, or singular drivers.
    public init(drivers: [[Double]], outcome: [Double], weights: [Double]? = nil) throws {
        try StatisticsError.checkLength(outcome, argument: "outcome", expected: drivers.count)
        let rows = zip(drivers, outcome).map { $0 + [$1] }
        let complete = rows.filter { !$0.contains(where: \.isNaN) }.count
        guard complete >= 3 else {
            throw StatisticsError.insufficientData(argument: "complete rows", needed: 3, actual: complete)
        }
        let full = try Correlation.matrix(rows, weights: weights)
        let p = full.count - 1
        let rxx = (0..<p).map { i in Array(full[i][0..<p]) }
        let rxy = (0..<p).map { full[$0][p] }
        correlations = rxy
        guard let betaFull = LinearSolve.solve(rxx, rxy) else {
            throw StatisticsError.invalidArgument("drivers are perfectly collinear")
        }
        rSquared = zip(betaFull, rxy).reduce(0) { $0 + $1.0 * $1.1 }
        relativeWeights = try Self.johnson(rxx: rxx, rxy: rxy)
        shapley = p <= Self.maximumShapleyDrivers ? Self.shapley(rxx: rxx, rxy: rxy) : nil
    }

    static func johnson(rxx: [[Double]], rxy: [Double]) throws -> [Double] {
        let p = rxy.count
        let eigen = try SymmetricEigen(rxx)
        guard eigen.values.allSatisfy({ $0 > 1e-12 }) else {
            throw StatisticsError.invalidArgument("drivers are perfectly collinear")
        }
        var lambda = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        for i in 0..<p {
            for j in 0..<p {
                var sum = 0.0
                for k in 0..<p { sum += eigen.vectors[i][k] * eigen.values[k].squareRoot() * eigen.vectors[j][k] }
                lambda[i][j] = sum
            }
        }
        guard let beta = LinearSolve.solve(lambda, rxy) else {
            throw StatisticsError.invalidArgument("drivers are perfectly collinear")
        }
        var weights = [Double](repeating: 0, count: p)
        for j in 0..<p {
            for k in 0..<p {
                let loading = lambda[j][k] * beta[k]
                weights[j] += loading * loading
            }
        }
        return weights
    }

    static func shapley(rxx: [[Double]], rxy: [Double]) -> [Double] {
        let p = rxy.count
        let subsets = 1 << p
        var r2 = [Double](repeating: 0, count: subsets)
        for mask in 1..<subsets {
            let members = (0..<p).filter { mask & (1 << $0) != 0 }
            let a = members.map { i in members.map { rxx[i][$0] } }
            let b = members.map { rxy[$0] }
            if let beta = LinearSolve.solve(a, b) {
                r2[mask] = zip(beta, b).reduce(0) { $0 + $1.0 * $1.1 }
            } else {
                r2[mask] = .nan
            }
        }
        var factorial = [Double](repeating: 1, count: p + 1)
        for i in stride(from: 1, through: p, by: 1) { factorial[i] = factorial[i - 1] * Double(i) }
        return (0..<p).map { j in
            var value = 0.0
            for mask in 0..<subsets where mask & (1 << j) == 0 {
                let size = mask.nonzeroBitCount
                let weight = factorial[size] * factorial[p - size - 1] / factorial[p]
                value += weight * (r2[mask | (1 << j)] - r2[mask])
            }
            return value
        }
    }
}
