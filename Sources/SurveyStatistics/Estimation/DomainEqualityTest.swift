/// A design-based Wald test that a statistic takes the same value in every segment (domain).
///
/// With θ the S domain estimates and V their design covariance (one linearisation over the full design, so
/// segments sharing PSUs are handled), the contrasts C (rows e_s − e_S, s < S) give
///
///     W = (Cθ)ᵀ (C V Cᵀ)⁻¹ (Cθ),   F = W/(S − 1)
///
/// F is referred to F(S − 1, ν) with ν the design degrees of freedom (as R's `regTermTest(method = "Wald")`
/// with `df = degf(design)`); W to χ²(S − 1). For a binary share the Wald test on the domain proportions is the
/// design-based analogue of the two-proportion z test (for S = 2, F = t²). Reference: Lumley (2010), Complex
/// Surveys, §5.2; Korn & Graubard (1990), American Statistician 44(4).
public struct DomainEqualityTest: Sendable, Equatable {
    /// The test used: `wald` (this type) or `rao-scott` (from `RaoScottTest`).
    public var method: String
    /// W (Wald χ²) or the first-order Rao–Scott χ².
    public var chiSquare: Double
    public var f: Double
    public var numeratorDF: Double
    public var denominatorDF: Double
    /// p-value from the F reference distribution (χ² when the design df is not positive).
    public var pValue: Double
    /// Number of segments compared.
    public var segments: Int

    public init(
        method: String, chiSquare: Double, f: Double, numeratorDF: Double, denominatorDF: Double,
        pValue: Double, segments: Int
    ) {
        self.method = method
        self.chiSquare = chiSquare
        self.f = f
        self.numeratorDF = numeratorDF
        self.denominatorDF = denominatorDF
        self.pValue = pValue
        self.segments = segments
    }

    /// The Wald test over the segments with `include[s]` true and a finite estimate.
    ///
    /// - Parameters:
    ///   - estimates: S domain estimates.
    ///   - covariance: their S×S design covariance, row-major.
    ///   - include: which segments take part (for example those with an adequate effective base).
    ///   - designDF: the design degrees of freedom ν.
    /// - Returns: nil when fewer than two segments take part or C V Cᵀ is singular (for example all SEs 0).
    public static func wald(
        estimates: [Double], covariance: [Double], include: [Bool], designDF: Int
    )
        -> DomainEqualityTest?
    {
        let p = estimates.count
        let used = (0..<p).filter { include[$0] && estimates[$0].isFinite && covariance[$0 * p + $0].isFinite }
        guard used.count >= 2, let last = used.last else { return nil }
        let m = used.count - 1
        var contrast = [Double](repeating: 0, count: m)
        var matrix = DenseMatrix(rows: m, columns: m)
        for a in 0..<m {
            let i = used[a]
            contrast[a] = estimates[i] - estimates[last]
            for b in 0..<m {
                let j = used[b]
                matrix[a, b] =
                    covariance[i * p + j] - covariance[i * p + last] - covariance[last * p + j]
                    + covariance[last * p + last]
            }
        }
        guard let solved = matrix.solve(DenseMatrix(rows: m, columns: 1, values: contrast)) else { return nil }
        let w = zip(contrast, solved.values).reduce(0) { $0 + $1.0 * $1.1 }
        guard w.isFinite, w >= 0 else { return nil }
        let f = w / Double(m)
        let pValue =
            designDF > 0
            ? 1 - FDistribution.cdf(f, d1: Double(m), d2: Double(designDF))
            : ChiSquared.survival(w, df: Double(m))
        return DomainEqualityTest(
            method: "wald", chiSquare: w, f: f, numeratorDF: Double(m),
            denominatorDF: Double(designDF), pValue: max(0, min(1, pValue)),
            segments: used.count)
    }

    /// The second-order Rao–Scott test of a segment × answer table, as a domain equality test of the answer
    /// shares.
    public init(_ test: RaoScottTest) {
        self.init(
            method: "rao-scott", chiSquare: test.firstOrderChiSquare, f: test.f, numeratorDF: test.numeratorDF,
            denominatorDF: test.denominatorDF, pValue: test.pValue, segments: test.rowLevels.count)
    }
}

extension SurveyEstimator {
    /// Weighted means of `values` (NaN = missing) in each level of `segment`, with their design covariance.
    ///
    /// `values` is a derived per-respondent variable (an indicator for a share, a rescaled rank, a respondent's
    /// MaxDiff score); estimates, SEs and covariance come from the same Taylor linearisation as `mean`.
    /// `multiplier` rescales estimates, SEs and covariance (e.g. 100 for percentages).
    /// - Throws: `FrameError.unknownColumn` for an unknown segment, design errors (lonely PSU).
    public func domainMeans(
        _ values: [Double], variable: String, statistic: String, level: String? = nil,
        by segment: String, multiplier: Double = 1
    ) throws -> DomainMeans {
        let (estimates, covariance) = try meanEstimates(
            variable: variable, statistic: statistic, level: level,
            y: values, multiplier: multiplier, by: segment)
        return DomainMeans(estimates: estimates, covariance: covariance.map { $0 * multiplier * multiplier })
    }

    /// The Rao–Scott test of `segment` × the categorical `variable` as a domain equality test.
    public func domainShareTest(_ variable: String, by segment: String) throws -> DomainEqualityTest {
        DomainEqualityTest(try raoScott(variable, by: segment))
    }
}
