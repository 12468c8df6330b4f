/// Need priorities by segment with design-based standard errors (issue 5; docs/methods.md §2–§3).
///
/// Every estimate is a domain estimate over the full design (`SurveyEstimator.domainMeans`): Taylor-linearised
/// SEs with the design's weights, strata, clusters, fpc and calibration; t intervals on the design degrees of
/// freedom, except for the share measures (top2, share_*, positive, negative, better), whose intervals are
/// `Options.shareInterval`'s (R `svyciprop`, `SurveyEstimator.withShareIntervals`). Per battery (`NeedBattery`):
/// - importance: mean and top-2-box share (T2B) per need, and with performance the performance mean, the gap
///   (mean of performance − importance) and the importance–performance quadrant; priority statistic: T2B.
/// - ranking: mean rank (over respondents who ranked the item), share ranked first, and the rank score
///   (K − rank)/(K − 1) with unranked items scored 0 (priority statistic).
/// - MaxDiff: respondent-level stdBW = (best − worst)/times shown (`MaxDiffRespondentScores`), whose design-based
///   mean and SE respect that best and worst are exclusive in a set; aggregate counts per segment
///   (`MaxDiffCounts`); priority statistic: mean stdBW.
/// - Kano: category per respondent by the standard evaluation table, category shares, Better and Worse (as
///   domain means of indicators), the Fong test and the Rao–Scott test of segment × category.
/// - touchpoints: share positive / negative and the experience balance P − k·N (k = 5 by default, a rule of
///   thumb) with design SEs; drivers of the outcome (`TouchpointAnalysis`).
/// Differences across segments: the design-based Wald test (`DomainEqualityTest`) per need and statistic,
/// p-values adjusted over the battery's needs (Benjamini–Hochberg by default). Priority orders: Spearman and
/// Kendall between every pair of segments, with a seeded permutation test (`PriorityOrderPermutationTest`), and
/// Kendall's W within each segment (`FriedmanTest`). Needs are classified (`NeedClassification`) on the priority
/// statistic over the segments with an adequate effective base.
public enum NeedsAnalysis {
    /// Settings; every threshold is documented and settable from the command line.
    public struct Options: Sendable {
        /// Segments with a smaller Kish effective base are reported but neither tested nor classified.
        public var minimumEffectiveBase: Double = 30
        public var correction: MultipleComparisonCorrection = .benjaminiHochberg
        /// Significance level of the classification's difference test (after correction).
        public var alpha: Double = 0.05
        public var confidenceLevel: Double = 0.95
        /// Permutations of the whole-order test (0 = no permutation test).
        public var permutations: Int = 1000
        public var seed: UInt64 = 1
        /// k: one negative touchpoint experience counts as k positive ones (rule of thumb).
        public var negativeWeight: Double = TouchpointAnalysis.defaultNegativeWeight
        /// Outcome variable for derived importance and touchpoint drivers.
        public var outcome: String?
        /// Important when T2B ≥ this share.
        public var importanceShareThreshold: Double = 0.5
        /// Important when the rank score (K − rank)/(K − 1) ≥ this.
        public var rankScoreThreshold: Double = 0.5
        /// Important when the MaxDiff mean stdBW ≥ this (0 = above the average item).
        public var maxDiffThreshold: Double = 0
        public var importanceRule: NeedClassification.ImportanceRule = .estimate
        /// Smallest range of segment scores that counts as a difference (0 = significance alone).
        public var minimumDifference: Double = 0
        public var crosshairs: ImportancePerformance.Crosshairs = .means
        /// How the intervals of share measures (top2, share_*, positive, negative, better) are made.
        public var shareInterval: ShareIntervalMethod = .logit

        public init() {}
    }

    /// Runs the analysis.
    /// - Parameters:
    ///   - estimator: the frame (battery columns, segment, outcome) and design.
    ///   - segment: the segment column.
    ///   - batteries: what to analyse (usually `NeedBattery.batteries(in: survey)`).
    /// - Throws: `FrameError.unknownColumn` for a missing segment, battery or outcome column; design errors.
    public static func run(
        estimator: SurveyEstimator, segment: String, batteries: [NeedBattery],
        options: Options = Options()
    ) throws -> NeedsReport {
        var context = try Context(estimator: estimator, segment: segment, options: options)
        var results: [NeedsReport.Battery] = []
        for battery in batteries {
            switch battery.kind {
            case .importance: results.append(try context.importance(battery))
            case .ranking: results.append(try context.ranking(battery))
            case .maxDiff: results.append(try context.maxDiff(battery))
            case .kano: results.append(try context.kano(battery))
            case .touchpoints: results.append(try context.touchpoints(battery))
            }
        }
        var report = NeedsReport(
            segmentVariable: segment, segments: context.segments, batteries: results,
            options: options, warnings: context.warnings, designDF: estimator.design.degreesOfFreedom)
        report.replicates = estimator.design.replicates.map { ($0.method, $0.count) }
        return report
    }
}

extension NeedsAnalysis {
    /// Shared state of one run: segment codes, bases, and helpers to estimate and test derived variables.
    struct Context {
        var estimator: SurveyEstimator
        let segment: String
        let options: Options
        let codes: [Int32]
        let segments: [NeedsReport.Segment]
        var warnings: [String] = []

        init(estimator: SurveyEstimator, segment: String, options: Options) throws {
            var estimator = estimator
            estimator.confidenceLevel = options.confidenceLevel
            estimator.shareInterval = options.shareInterval
            self.estimator = estimator
            self.segment = segment
            self.options = options
            let column = try estimator.frame.categorical(segment)
            codes = column.codes
            var n = [Int](repeating: 0, count: column.levels.count)
            var sw = [Double](repeating: 0, count: column.levels.count)
            var sww = [Double](repeating: 0, count: column.levels.count)
            let weights = estimator.design.weights
            for row in codes.indices where codes[row] >= 0 {
                let s = Int(codes[row])
                n[s] += 1
                sw[s] += weights[row]
                sww[s] += weights[row] * weights[row]
            }
            segments = column.levels.indices.map { s in
                let effective = sww[s] > 0 ? sw[s] * sw[s] / sww[s] : 0
                return NeedsReport.Segment(
                    label: column.levels[s], n: n[s], effectiveBase: effective,
                    smallBase: effective < options.minimumEffectiveBase)
            }
            for s in segments where s.smallBase {
                warnings.append(
                    "segment '\(s.label)' of \(segment) has a small base (effective n "
                        + "\(Int(s.effectiveBase.rounded())) < \(Int(options.minimumEffectiveBase))): "
                        + "reported, not tested or classified")
            }
        }

        var adequate: [Bool] { segments.map { !$0.smallBase } }
        var weights: [Double] { estimator.design.weights }

        /// Design-based domain means of `values` with the Wald equality test over adequate segments.
        func measure(
            _ values: [Double], need: Int, variable: String, statistic: String, multiplier: Double = 1
        )
            throws -> NeedsReport.Measure
        {
            var means = try estimator.domainMeans(
                values, variable: variable, statistic: statistic, by: segment,
                multiplier: multiplier)
            if multiplier == 1, Self.isShare(statistic) {
                means.estimates = estimator.withShareIntervals(
                    means.estimates, indicator: values, domains: try estimator.domains(segment))
            }
            let test = DomainEqualityTest.wald(
                estimates: means.estimates.map(\.estimate),
                covariance: means.covariance, include: adequate,
                designDF: estimator.design.degreesOfFreedom)
            return NeedsReport.Measure(
                need: need, statistic: statistic, estimates: means.estimates, test: test,
                adjustedPValue: test?.pValue ?? .nan)
        }

        /// Measures that are shares of a 0/1 indicator, whose intervals are `Options.shareInterval`'s.
        static func isShare(_ statistic: String) -> Bool {
            ["top2", "positive", "negative", "better"].contains(statistic) || statistic.hasPrefix("share_")
        }

        /// Adjusts the p-values of each statistic over the battery's needs.
        func adjusted(_ measures: [NeedsReport.Measure]) -> [NeedsReport.Measure] {
            var result = measures
            for statistic in Set(measures.map(\.statistic)) {
                let indices = measures.indices.filter { measures[$0].statistic == statistic }
                let adjusted = options.correction.adjust(indices.map { measures[$0].test?.pValue ?? .nan })
                for (position, index) in indices.enumerated() { result[index].adjustedPValue = adjusted[position] }
            }
            return result
        }

        /// Need indices by descending score in each segment (NaN last, ties by need order).
        func orders(_ measures: [NeedsReport.Measure], statistic: String, ascending: Bool = false) -> [[Int]] {
            let chosen = measures.filter { $0.statistic == statistic }
            return segments.indices.map { s in
                chosen.sorted { a, b in
                    let x = a.estimates[s].estimate
                    let y = b.estimates[s].estimate
                    if x.isNaN != y.isNaN { return !x.isNaN }
                    if x == y || x.isNaN { return a.need < b.need }
                    return ascending ? x < y : x > y
                }.map(\.need)
            }
        }

        /// The numeric column `name` with values outside `range` (special codes, typos) set to missing.
        func values(_ name: String, in range: ClosedRange<Int>?) throws -> [Double] {
            var values = try estimator.frame.numeric(name)
            guard let range else { return values }
            let low = Double(range.lowerBound)
            let high = Double(range.upperBound)
            for i in values.indices where !(values[i] >= low && values[i] <= high) { values[i] = .nan }
            return values
        }
    }
}
