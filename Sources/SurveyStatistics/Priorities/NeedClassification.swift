/// Classifies needs as common, segment-priority or segment-specific (issue 5; docs/methods.md §3.3, a documented
/// proposal rather than an established standard).
///
/// Procedure, with settable thresholds:
/// 1. A need is *important in segment s* when its score there is ≥ `importanceThreshold`
///    (`ImportanceRule.estimate`), or when the one-sided lower confidence bound estimate − z·SE is
///    (`ImportanceRule.lowerBound`).
/// 2. The across-segment p-values are adjusted over all needs (`correction`, Benjamini–Hochberg by default,
///    controlling the false discovery rate at `alpha`); a need *differs* when its adjusted p < `alpha` and the
///    range of its segment scores (max − min) is at least `minimumDifference` (0 by default, i.e. statistical
///    significance alone; set it to the smallest difference that matters, e.g. 0.2 scale points or 0.05 of a
///    share, so that trivially small but significant differences in very large samples do not count).
/// 3. Important everywhere and not differing → common; important everywhere and differing → segment-priority;
///    important in some segments and differing → segment-specific; important in some but not differing →
///    borderline; important nowhere → not-important.
/// 4. The shares of each class are reported over all needs and over the important ones, so the "about 70%
///    common / 30% specific" claim is checked on the data, not assumed.
public struct NeedClassification: Sendable, Equatable {
    public enum ImportanceRule: Sendable, Equatable {
        /// The point estimate is compared with the threshold.
        case estimate
        /// estimate − z·SE is compared with the threshold (z = Φ⁻¹(confidence)).
        case lowerBound(confidence: Double)
    }

    public struct Options: Sendable, Equatable {
        public var importanceThreshold: Double
        public var importanceRule: ImportanceRule = .estimate
        public var alpha: Double = 0.05
        public var correction: MultipleComparisonCorrection = .benjaminiHochberg
        public var minimumDifference: Double = 0

        public init(
            importanceThreshold: Double, importanceRule: ImportanceRule = .estimate, alpha: Double = 0.05,
            correction: MultipleComparisonCorrection = .benjaminiHochberg, minimumDifference: Double = 0
        ) {
            self.importanceThreshold = importanceThreshold
            self.importanceRule = importanceRule
            self.alpha = alpha
            self.correction = correction
            self.minimumDifference = minimumDifference
        }
    }

    public struct Result: Sendable, Equatable {
        public var name: String
        public var needClass: NeedClass
        /// Whether the need is important in each segment.
        public var importantIn: [Bool]
        public var adjustedPValue: Double
        /// Rank of the need within each segment (1 = highest score), average ranks for ties.
        public var rankInSegment: [Double]
    }

    public var results: [Result]
    public var options: Options

    /// Classifies the needs. All needs must have the same number of segments.
    /// - Throws: `StatisticsError.lengthMismatch` when segment counts differ.
    public init(_ needs: [NeedEvidence], options: Options) throws {
        let segments = needs.first?.estimates.count ?? 0
        for need in needs where need.estimates.count != segments || need.standardErrors.count != segments {
            throw StatisticsError.lengthMismatch(
                argument: "segments of need \(need.name)", expected: segments,
                actual: need.estimates.count)
        }
        let adjusted = options.correction.adjust(needs.map(\.pValue))
        var ranks = [[Double]](repeating: [], count: needs.count)
        for s in 0..<segments {
            let segmentRanks = Ranks.average(needs.map { -$0.estimates[s] })
            for i in needs.indices { ranks[i].append(segmentRanks[i]) }
        }
        results = needs.indices.map { i in
            let need = needs[i]
            let important = (0..<segments).map { s in
                Self.isImportant(need.estimates[s], need.standardErrors[s], options)
            }
            let finite = need.estimates.filter { !$0.isNaN }
            let range = (finite.max() ?? 0) - (finite.min() ?? 0)
            let differs = adjusted[i] < options.alpha && range >= options.minimumDifference
            let importantCount = important.filter { $0 }.count
            let needClass: NeedClass
            if importantCount == segments && segments > 0 {
                needClass = differs ? .segmentPriority : .common
            } else if importantCount == 0 {
                needClass = .notImportant
            } else {
                needClass = differs ? .segmentSpecific : .borderline
            }
            return Result(
                name: need.name, needClass: needClass, importantIn: important,
                adjustedPValue: adjusted[i], rankInSegment: ranks[i])
        }
        self.options = options
    }

    private static func isImportant(_ estimate: Double, _ standardError: Double, _ options: Options) -> Bool {
        switch options.importanceRule {
        case .estimate:
            return estimate >= options.importanceThreshold
        case let .lowerBound(confidence):
            return estimate - Normal.quantile(confidence) * standardError >= options.importanceThreshold
        }
    }

    /// Share of each class among all needs.
    public var shares: [NeedClass: Double] {
        var shares = Dictionary(uniqueKeysWithValues: NeedClass.allCases.map { ($0, 0.0) })
        guard !results.isEmpty else { return shares }
        for result in results { shares[result.needClass, default: 0] += 1 / Double(results.count) }
        return shares
    }

    /// Share of each class among needs important in at least one segment (not-important excluded).
    public var sharesAmongImportant: [NeedClass: Double] {
        let important = results.filter { $0.needClass != .notImportant }
        var shares = Dictionary(uniqueKeysWithValues: NeedClass.allCases.map { ($0, 0.0) })
        guard !important.isEmpty else { return shares }
        for result in important { shares[result.needClass, default: 0] += 1 / Double(important.count) }
        return shares
    }
}
