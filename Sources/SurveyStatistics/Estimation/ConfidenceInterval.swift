/// Two-sided confidence intervals est ± q·SE.
///
/// `normal` uses q = Φ⁻¹(1 − α/2) (R `confint(stat)`); `studentT` uses q = t⁻¹(1 − α/2; df) with the design
/// degrees of freedom (R `confint(stat, df = degf(design))`). With df ≤ 0 the t interval is infinite.
public enum ConfidenceInterval {
    /// The normal critical value for a two-sided interval at `level` (e.g. 0.95 → 1.959963984540054).
    public static func normalCritical(level: Double) -> Double {
        Normal.quantile(1 - (1 - level) / 2)
    }

    /// Student's t critical value with `df` degrees of freedom (infinite when df ≤ 0).
    public static func tCritical(level: Double, df: Int) -> Double {
        df > 0 ? StudentT.quantile(1 - (1 - level) / 2, df: Double(df)) : .infinity
    }
}
