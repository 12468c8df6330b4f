/// Significance letters for banner (crosstab) tables (docs/methods.md §3.1; crosstabs.com, "Crosstab significance
/// letters"; Crunch, "Pairwise tests with weighted data").
///
/// Every column has a letter. For each pair of columns whose effective bases are both ≥ `minimumEffectiveBase`
/// a two-sided test is run: a Wald z test z = (θ_a − θ_b)/√(SE_a² + SE_b²) when both columns carry a standard
/// error (design-based SEs from the survey estimators), otherwise a two-proportion z test on the effective bases
/// (pooled by default). The p-values of the row's family of pairs are adjusted (`correction`), and a cell shows
/// the letters of the columns it is significantly higher than: uppercase when adjusted p < 1 − `highConfidence`,
/// lowercase when only adjusted p < 1 − `lowConfidence`. Columns below the minimum base are flagged, not tested.
public enum BannerSignificance {
    /// One banner column in one row: its estimate and the information needed to test it.
    public struct Column: Sendable, Equatable {
        /// The column letter shown in other cells (for example "A").
        public var letter: Character
        /// A proportion in [0, 1] or a mean.
        public var estimate: Double
        /// Design-based standard error of `estimate`; nil to use the binomial SE of a proportion on
        /// `effectiveBase`.
        public var standardError: Double?
        /// Kish effective base (the unweighted base for unweighted data).
        public var effectiveBase: Double

        public init(letter: Character, estimate: Double, standardError: Double? = nil, effectiveBase: Double) {
            self.letter = letter
            self.estimate = estimate
            self.standardError = standardError
            self.effectiveBase = effectiveBase
        }
    }

    /// Settings; defaults follow common practice (95% uppercase, 90% lowercase, no correction, base 30).
    public struct Options: Sendable, Equatable {
        public var highConfidence: Double = 0.95
        /// nil disables lowercase letters.
        public var lowConfidence: Double? = 0.90
        public var correction: MultipleComparisonCorrection = .none
        public var minimumEffectiveBase: Double = 30
        public var proportionVariance: ProportionTests.Variance = .pooled

        public init(
            highConfidence: Double = 0.95, lowConfidence: Double? = 0.90,
            correction: MultipleComparisonCorrection = .none, minimumEffectiveBase: Double = 30,
            proportionVariance: ProportionTests.Variance = .pooled
        ) {
            self.highConfidence = highConfidence
            self.lowConfidence = lowConfidence
            self.correction = correction
            self.minimumEffectiveBase = minimumEffectiveBase
            self.proportionVariance = proportionVariance
        }
    }

    /// The significance annotation of one cell.
    public struct Cell: Sendable, Equatable {
        /// Letters of the columns this cell is significantly higher than, uppercase first, in column order.
        public var letters: String
        /// True when the column's effective base is below the minimum; it was not tested.
        public var smallBase: Bool
    }

    /// One tested pair, for reporting.
    public struct PairTest: Sendable, Equatable {
        public var first: Int
        public var second: Int
        public var result: TwoSampleTestResult
        public var adjustedPValue: Double
    }

    /// Letters for every column of one row, plus the pairwise tests behind them.
    public static func compare(
        _ columns: [Column], options: Options = Options()
    )
        -> (cells: [Cell], tests: [PairTest])
    {
        let testable = columns.map { $0.effectiveBase >= options.minimumEffectiveBase && !$0.estimate.isNaN }
        var tests: [PairTest] = []
        for a in columns.indices where testable[a] {
            for b in columns.indices where b > a && testable[b] {
                let x = columns[a]
                let y = columns[b]
                let result: TwoSampleTestResult
                if let seA = x.standardError, let seB = y.standardError {
                    result = ProportionTests.difference(
                        estimate1: x.estimate, standardError1: seA,
                        estimate2: y.estimate, standardError2: seB)
                } else {
                    result = ProportionTests.twoProportionZ(
                        p1: x.estimate, n1: x.effectiveBase, p2: y.estimate,
                        n2: y.effectiveBase,
                        variance: options.proportionVariance)
                }
                tests.append(PairTest(first: a, second: b, result: result, adjustedPValue: result.pValue))
            }
        }
        let adjusted = options.correction.adjust(tests.map(\.result.pValue))
        for i in tests.indices { tests[i].adjustedPValue = adjusted[i] }
        var upper = [[Character]](repeating: [], count: columns.count)
        var lower = [[Character]](repeating: [], count: columns.count)
        for test in tests where !test.adjustedPValue.isNaN {
            let (high, low) = test.result.difference > 0 ? (test.first, test.second) : (test.second, test.first)
            if test.result.difference == 0 { continue }
            let letter = columns[low].letter
            if test.adjustedPValue < 1 - options.highConfidence {
                upper[high].append(Character(letter.uppercased()))
            } else if let lowConfidence = options.lowConfidence, test.adjustedPValue < 1 - lowConfidence {
                lower[high].append(Character(letter.lowercased()))
            }
        }
        let cells = columns.indices.map { i in
            Cell(letters: String(upper[i].sorted()) + String(lower[i].sorted()), smallBase: !testable[i])
        }
        return (cells, tests)
    }
}
