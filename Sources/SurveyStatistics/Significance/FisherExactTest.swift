import Foundation

/// Fisher's exact test of independence in a 2 × 2 table (Fisher 1935; Agresti 2013, *Categorical Data Analysis*,
/// §3.5; docs/methods.md §3.4).
///
/// With the margins fixed, the count `a` of the table [[a, b], [c, d]] is hypergeometric:
/// P(a) = C(a+b, a)·C(c+d, c) / C(n, a+c). The two-sided p-value sums P over every table with the same margins
/// whose probability is at most that of the observed table (with a relative tolerance of 1e-7, as R's
/// `fisher.test`). A table with an empty row or column has p = 1.
public enum FisherExactTest {
    /// The two-sided p-value of [[a, b], [c, d]] (non-negative counts).
    public static func twoSided(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Double {
        precondition(a >= 0 && b >= 0 && c >= 0 && d >= 0, "counts must be non-negative")
        let (row1, column1, n) = (a + b, a + c, a + b + c + d)
        guard row1 > 0, row1 < n, column1 > 0, column1 < n else { return 1 }
        func logProbability(_ x: Int) -> Double {
            logChoose(row1, x) + logChoose(n - row1, column1 - x) - logChoose(n, column1)
        }
        let observed = logProbability(a)
        var p = 0.0
        for x in max(0, column1 - (n - row1))...min(row1, column1) {
            let lp = logProbability(x)
            if lp <= observed + log1p(1e-7) { p += exp(lp) }
        }
        return min(1, p)
    }

    private static func logChoose(_ n: Int, _ k: Int) -> Double {
        lgamma(Double(n + 1)) - lgamma(Double(k + 1)) - lgamma(Double(n - k + 1))
    }
}
