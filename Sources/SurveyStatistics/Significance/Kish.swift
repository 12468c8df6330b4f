/// Kish's effective sample size and design effect due to unequal weighting (Kish 1965, *Survey Sampling*;
/// docs/methods.md §3.1).
///
/// n_eff = (Σw)²/Σw²; deff = n/n_eff = 1 + CV²(w) with CV computed with the population (1/n) variance.
/// Note `surveysd::kishFactor` returns √deff; this type names each quantity explicitly.
public enum Kish {
    /// (Σw)²/Σw² over the positive weights; 0 for no positive weight.
    public static func effectiveSampleSize(_ weights: [Double]) -> Double {
        var sum = 0.0
        var sumSquares = 0.0
        for w in weights where w > 0 {
            sum += w
            sumSquares += w * w
        }
        return sumSquares > 0 ? sum * sum / sumSquares : 0
    }

    /// n/n_eff = 1 + CV², where n counts positive weights. NaN without positive weights.
    public static func designEffect(_ weights: [Double]) -> Double {
        let n = Double(weights.filter { $0 > 0 }.count)
        let effective = effectiveSampleSize(weights)
        return effective > 0 ? n / effective : .nan
    }

    /// √deff, the factor by which unequal weights inflate standard errors (what `surveysd::kishFactor` returns).
    public static func standardErrorInflation(_ weights: [Double]) -> Double {
        designEffect(weights).squareRoot()
    }

    /// Weighted proportion of `indicators` (1 = yes, 0 = no; NaN = missing, skipped) with the effective-n
    /// standard error √(p(1 − p)/n_eff), n_eff over the non-missing cases. NaN when no case has positive weight.
    public static func weightedProportion(
        _ indicators: [Double], weights: [Double]
    ) throws
        -> (proportion: Double, standardError: Double)
    {
        try StatisticsError.checkLength(weights, argument: "weights", expected: indicators.count)
        var sw = 0.0
        var sww = 0.0
        var swy = 0.0
        for (y, w) in zip(indicators, weights) where w > 0 && !y.isNaN {
            sw += w
            sww += w * w
            swy += w * y
        }
        let p = swy / sw
        let effective = sw * sw / sww
        return (p, (p * (1 - p) / effective).squareRoot())
    }
}
