/// DuMouchel's continuous Kano scores (Berger et al. 1993, after DuMouchel; `stp4/stp25stat R/kano.R`).
///
/// Functional answers Like … Dislike score (1, 0.5, 0, −0.25, −0.5); dysfunctional answers score
/// (−0.5, −0.25, 0, 0.5, 1) — asymmetric because positive answers are stronger responses. A feature is
/// summarised by the (weighted) mean functional score (y axis) and mean dysfunctional score (x axis), with
/// linearization standard errors; per-respondent scores can feed Welch tests between segments.
public enum KanoContinuousScores {
    public static func functionalScore(_ answer: KanoAnswer) -> Double {
        [1, 0.5, 0, -0.25, -0.5][answer.rawValue - 1]
    }

    public static func dysfunctionalScore(_ answer: KanoAnswer) -> Double {
        [-0.5, -0.25, 0, 0.5, 1][answer.rawValue - 1]
    }

    /// Mean functional and dysfunctional scores with their standard errors (nil answers skipped).
    /// - Throws: `StatisticsError` for mismatched or negative weights.
    public static func summarize(
        functional: [KanoAnswer?], dysfunctional: [KanoAnswer?],
        weights: [Double]? = nil
    ) throws
        -> (functional: WeightedMoments, dysfunctional: WeightedMoments)
    {
        let f = functional.map { $0.map(functionalScore) ?? .nan }
        let d = dysfunctional.map { $0.map(dysfunctionalScore) ?? .nan }
        return (try WeightedMoments(f, weights: weights), try WeightedMoments(d, weights: weights))
    }
}
