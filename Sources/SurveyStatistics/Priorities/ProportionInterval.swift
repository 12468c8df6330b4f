/// Confidence intervals for a proportion p on a (possibly effective) base n, z = Φ⁻¹((1 + confidence)/2).
public enum ProportionInterval {
    /// p ± z√(p(1 − p)/n).
    public static func wald(_ p: Double, n: Double, confidence: Double = 0.95) -> Interval {
        let z = Normal.quantile((1 + confidence) / 2)
        let half = z * (p * (1 - p) / n).squareRoot()
        return Interval(lower: p - half, upper: p + half)
    }

    /// Wilson score interval (Wilson 1927), well behaved near 0 and 1.
    public static func wilson(_ p: Double, n: Double, confidence: Double = 0.95) -> Interval {
        let z = Normal.quantile((1 + confidence) / 2)
        let z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
        return Interval(lower: centre - half, upper: centre + half)
    }
}
