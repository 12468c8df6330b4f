/// Touchpoint experience shares, experience balance and drivers of the overall outcome (issue 5; docs/methods.md
/// §6.5).
///
/// Per touchpoint, with (weighted) shares P of positive and N of negative experiences among respondents who had
/// the touchpoint: balance = P − k·N, where one negative experience counts as k positive ones. k = 5 by default:
/// a rule of thumb ("one bad moment outweighs about five good ones"), not an established standard — set it from
/// your own data (for example from the ratio of the outcome effects of negative and positive experiences).
/// The per-respondent balance Σpositive − k·Σnegative over touchpoints is also reported.
/// Drivers: the (weighted) Pearson correlation of the touchpoint code (+1/0/−1) with the outcome, and the
/// difference in mean outcome between respondents with a negative and with a positive experience.
public struct TouchpointAnalysis: Sendable, Equatable {
    /// The rule-of-thumb default for k.
    public static let defaultNegativeWeight = 5.0

    public struct Touchpoint: Sendable, Equatable {
        public var positiveShare: Double
        public var neutralShare: Double
        public var negativeShare: Double
        /// P − k·N.
        public var balance: Double
        /// Respondents who rated this touchpoint (unweighted).
        public var respondents: Int
        /// Kish effective base.
        public var effectiveBase: Double
        /// r(code, outcome); nil without an outcome.
        public var outcomeCorrelation: Double?
        /// Mean outcome after a negative minus after a positive experience; nil without an outcome or either group.
        public var outcomeGapNegativeMinusPositive: Double?
    }

    public var touchpoints: [Touchpoint]
    /// The k used.
    public var negativeWeight: Double
    /// Weighted mean over respondents of Σpositive − k·Σnegative.
    public var meanRespondentBalance: Double

    /// Analyzes a respondent × touchpoint matrix of experiences (nil = touchpoint not experienced).
    /// - Throws: `StatisticsError` for ragged rows or outcome/weights of the wrong length.
    public init(
        experiences: [[TouchpointExperience?]], outcome: [Double]? = nil, weights: [Double]? = nil,
        negativeWeight: Double = TouchpointAnalysis.defaultNegativeWeight
    ) throws {
        let count = experiences.first?.count ?? 0
        try StatisticsError.checkLength(outcome, argument: "outcome", expected: experiences.count)
        try StatisticsError.checkLength(weights, argument: "weights", expected: experiences.count)
        var respondentBalances: [Double] = []
        for (r, row) in experiences.enumerated() {
            guard row.count == count else {
                throw StatisticsError.lengthMismatch(
                    argument: "respondent \(r + 1)", expected: count,
                    actual: row.count)
            }
            let positives = Double(row.filter { $0 == .positive }.count)
            let negatives = Double(row.filter { $0 == .negative }.count)
            respondentBalances.append(positives - negativeWeight * negatives)
        }
        var touchpoints: [Touchpoint] = []
        for t in 0..<count {
            let codes = experiences.map { $0[t].map { Double($0.rawValue) } ?? .nan }
            let positive = try WeightedMoments(codes.map { $0.isNaN ? .nan : ($0 == 1 ? 1 : 0) }, weights: weights)
            let negative = try WeightedMoments(codes.map { $0.isNaN ? .nan : ($0 == -1 ? 1 : 0) }, weights: weights)
            var correlation: Double?
            var gap: Double?
            if let outcome {
                correlation = try Correlation.pearson(codes, outcome, weights: weights)
                let afterNegative = try WeightedMoments(
                    zip(codes, outcome).map { $0 == -1 ? $1 : .nan },
                    weights: weights)
                let afterPositive = try WeightedMoments(
                    zip(codes, outcome).map { $0 == 1 ? $1 : .nan },
                    weights: weights)
                if afterNegative.count > 0 && afterPositive.count > 0 { gap = afterNegative.mean - afterPositive.mean }
            }
            touchpoints.append(
                Touchpoint(
                    positiveShare: positive.mean, neutralShare: 1 - positive.mean - negative.mean,
                    negativeShare: negative.mean, balance: positive.mean - negativeWeight * negative.mean,
                    respondents: positive.count,
                    effectiveBase: positive.count > 0 ? positive.effectiveSampleSize : 0,
                    outcomeCorrelation: correlation, outcomeGapNegativeMinusPositive: gap))
        }
        self.touchpoints = touchpoints
        self.negativeWeight = negativeWeight
        meanRespondentBalance = try WeightedMoments(respondentBalances, weights: weights).mean
    }
}
