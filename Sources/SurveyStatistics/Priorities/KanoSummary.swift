/// Kano analysis of one feature (docs/methods.md §2.3; `stp4/stp25stat R/kano.R`; Berger et al. 1993;
/// Fong 1996, "Using the self-stated importance questionnaire to interpret Kano questionnaire results",
/// Center for Quality Management Journal 5(3)).
///
/// - Counts and shares of A, O, M, I, R, Q (weighted when weights are given).
/// - Better (CS+) = (A + O)/(A + O + M + I); Worse (CS−) = −(O + M)/(A + O + M + I).
/// - Category strength = (top − second)/n over all six categories; total strength = (A + O + M)/n.
/// - Fong test: with a, b the two largest counts among M, O, A, I, R and n the total, the top category is
///   significantly ahead when |a − b| ≥ z·√((a + b)(2n − a − b)/(2n)), z = 1.65 by default (Fong's 90%).
///   The test assumes counts of respondents; with weights it is applied to weighted counts and is approximate
///   (rescale weights to sum to the sample size, or to the effective size for a conservative test).
/// - Classification: the modal category; when its lead over the runner-up is at most `strengthThreshold`
///   (0.06 in stp25stat) the hierarchy M > O > A > I decides between the tied leaders.
public struct KanoSummary: Sendable, Equatable {
    /// (Weighted) count per category.
    public var counts: [KanoCategory: Double]
    /// Unweighted number of respondent answers.
    public var respondents: Int

    public var total: Double { counts.values.reduce(0, +) }

    /// Builds the summary from answer pairs; pairs with a nil answer are skipped.
    /// - Throws: `StatisticsError` for weights of the wrong length or negative weights.
    public init(functional: [KanoAnswer?], dysfunctional: [KanoAnswer?], weights: [Double]? = nil) throws {
        try StatisticsError.checkLength(dysfunctional, argument: "dysfunctional", expected: functional.count)
        try StatisticsError.checkLength(weights, argument: "weights", expected: functional.count)
        var counts = Dictionary(uniqueKeysWithValues: KanoCategory.allCases.map { ($0, 0.0) })
        var respondents = 0
        for i in functional.indices {
            guard let f = functional[i], let d = dysfunctional[i] else { continue }
            let w = weights?[i] ?? 1
            guard w >= 0 else { throw StatisticsError.invalidArgument("weights: negative weight") }
            counts[KanoCategory.evaluate(functional: f, dysfunctional: d), default: 0] += w
            respondents += 1
        }
        self.counts = counts
        self.respondents = respondents
    }

    /// Count of one category.
    public func count(_ category: KanoCategory) -> Double { counts[category] ?? 0 }

    /// Share of one category in the total (all six categories).
    public func share(_ category: KanoCategory) -> Double { count(category) / total }

    private var aomi: Double {
        count(.attractive) + count(.oneDimensional) + count(.mustBe) + count(.indifferent)
    }

    /// Better = (A + O)/(A + O + M + I).
    public var better: Double { (count(.attractive) + count(.oneDimensional)) / aomi }
    /// Worse = −(O + M)/(A + O + M + I).
    public var worse: Double { -(count(.oneDimensional) + count(.mustBe)) / aomi }

    /// Categories ordered by count, ties broken by the M > O > A > I > R > Q hierarchy.
    public var ranked: [KanoCategory] {
        KanoCategory.allCases.sorted {
            count($0) != count($1) ? count($0) > count($1) : $0.hierarchyRank < $1.hierarchyRank
        }
    }

    /// (top − second)/n over all six categories.
    public var categoryStrength: Double {
        let r = ranked
        return (count(r[0]) - count(r[1])) / total
    }

    /// (A + O + M)/n.
    public var totalStrength: Double {
        (count(.attractive) + count(.oneDimensional) + count(.mustBe)) / total
    }

    /// The Fong test on the two largest counts among M, O, A, I, R (Q excluded).
    public func fongTest(z: Double = 1.65) -> (difference: Double, criticalValue: Double, significant: Bool) {
        let top = [KanoCategory.mustBe, .oneDimensional, .attractive, .indifferent, .reverse]
            .map(count).sorted(by: >)
        let a = top[0]
        let b = top[1]
        let n = total
        let critical = z * ((a + b) * (2 * n - a - b) / (2 * n)).squareRoot()
        return (abs(a - b), critical, abs(a - b) >= critical)
    }

    /// The feature's category: the mode, or by the M > O > A > I hierarchy among categories within
    /// `strengthThreshold` of the mode's share. `isSignificant` reports the Fong test ("weak" when false).
    public func classification(
        strengthThreshold: Double = 0.06, fongZ: Double = 1.65
    )
        -> (category: KanoCategory, isSignificant: Bool)
    {
        let leaderShare = share(ranked[0])
        let contenders = ranked.filter { leaderShare - share($0) <= strengthThreshold }
        let category = contenders.min { $0.hierarchyRank < $1.hierarchyRank } ?? ranked[0]
        return (category, fongTest(z: fongZ).significant)
    }
}
