/// Rank correlations between two priority orders (or any paired values).
///
/// - Spearman's ρ: the Pearson correlation of average ranks; without ties it equals 1 − 6Σd²/(k(k² − 1))
///   (Spearman 1904).
/// - Kendall's τ_b = (n_c − n_d)/√((n₀ − n₁)(n₀ − n₂)) with n₀ = k(k − 1)/2 and n₁, n₂ the tied pairs in x and
///   y (Kendall 1945; as scipy's `kendalltau` and R's `cor(method = "kendall")`).
/// Pairs where either value is NaN are skipped. Both return NaN when a variable is constant or fewer than 2
/// complete pairs remain.
public enum RankCorrelation {
    /// Spearman's rank correlation.
    /// - Throws: `StatisticsError.lengthMismatch` when x and y differ in length.
    public static func spearman(_ x: [Double], _ y: [Double]) throws -> Double {
        try StatisticsError.checkLength(y, argument: "y", expected: x.count)
        let (a, b) = completePairs(x, y)
        return Correlation.pearsonUnchecked(Ranks.average(a), Ranks.average(b))
    }

    /// Kendall's τ_b (O(k²), intended for priority orders of up to a few thousand items).
    /// - Throws: `StatisticsError.lengthMismatch` when x and y differ in length.
    public static func kendallTauB(_ x: [Double], _ y: [Double]) throws -> Double {
        try StatisticsError.checkLength(y, argument: "y", expected: x.count)
        let (x, y) = completePairs(x, y)
        var concordantMinusDiscordant = 0.0
        var tiedX = 0.0
        var tiedY = 0.0
        var pairs = 0.0
        for i in x.indices {
            for j in (i + 1)..<x.count {
                pairs += 1
                let dx = x[i] - x[j]
                let dy = y[i] - y[j]
                if dx == 0 { tiedX += 1 }
                if dy == 0 { tiedY += 1 }
                if dx != 0 && dy != 0 { concordantMinusDiscordant += (dx > 0) == (dy > 0) ? 1 : -1 }
            }
        }
        let denominator = ((pairs - tiedX) * (pairs - tiedY)).squareRoot()
        return denominator > 0 ? concordantMinusDiscordant / denominator : .nan
    }

    private static func completePairs(_ x: [Double], _ y: [Double]) -> ([Double], [Double]) {
        let keep = x.indices.filter { !x[$0].isNaN && !y[$0].isNaN }
        return (keep.map { x[$0] }, keep.map { y[$0] })
    }
}
