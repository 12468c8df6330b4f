/// The result of `NeedsAnalysis`: per battery and segment, design-based estimates of every need, tests of
/// differences between segments, comparisons of the segments' priority orders, and the class of each need.
public struct NeedsReport: Sendable {
    /// One segment (level of the segment variable) with its bases.
    public struct Segment: Sendable, Equatable {
        public var label: String
        /// Unweighted respondents in the segment.
        public var n: Int
        /// Kish effective base (Σw)²/Σw² of the segment's weights.
        public var effectiveBase: Double
        /// True when the effective base is below the minimum: the segment is reported but not tested or
        /// classified.
        public var smallBase: Bool
    }

    /// One statistic of one need in every segment, with the test of equality across (adequate) segments.
    public struct Measure: Sendable {
        /// Index of the need in the battery.
        public var need: Int
        /// `mean`, `top2`, `performance`, `gap`, `mean_rank`, `share_first`, `rank_score`, `maxdiff_score`,
        /// `better`, `worse`, `share_A` …, `positive`, `negative`, `balance`.
        public var statistic: String
        /// One estimate per segment, in segment order.
        public var estimates: [Estimate]
        public var test: DomainEqualityTest?
        /// The test's p-value adjusted over the needs of the battery (same statistic).
        public var adjustedPValue: Double
    }

    /// Aggregate MaxDiff counts of one segment (`MaxDiffCounts`).
    public struct MaxDiffSegment: Sendable {
        public var segment: Int
        public var counts: MaxDiffCounts
    }

    /// Kano summary of one feature in one segment.
    public struct KanoSegment: Sendable {
        public var need: Int
        public var segment: Int
        public var summary: KanoSummary
        public var category: KanoCategory
        /// Fong test: the top category is significantly ahead of the second.
        public var significant: Bool
    }

    /// Importance–performance placement of one need in one segment.
    public struct Placement: Sendable {
        public var need: Int
        public var segment: Int
        public var placement: ImportancePerformance.Placement
    }

    /// Derived importance of a battery's needs against the outcome in one segment.
    public struct Derived: Sendable {
        public var segment: Int
        public var result: DerivedImportance
    }

    /// Touchpoint experience analysis (drivers, respondent balance) in one segment.
    public struct TouchpointSegment: Sendable {
        public var segment: Int
        public var analysis: TouchpointAnalysis
    }

    /// Comparison of two segments' priority orders.
    public struct OrderComparison: Sendable {
        public var first: Int
        public var second: Int
        public var spearman: Double
        public var kendall: Double
        /// Seeded permutation p-value (nil when no permutations were asked for).
        public var permutationPValue: Double?
        public var permutations: Int
    }

    /// Kendall's W (Friedman) for agreement on the priority order among a segment's respondents.
    public struct Concordance: Sendable {
        public var segment: Int
        public var result: FriedmanTest.Result
        public var respondents: Int
    }

    /// Results of one battery.
    public struct Battery: Sendable {
        public var battery: NeedBattery
        public var measures: [Measure]
        /// The statistic that orders and classifies the needs (`top2`, `rank_score`, `maxdiff_score`), nil for
        /// Kano and touchpoints.
        public var priorityStatistic: String?
        /// Need indices from highest to lowest priority statistic per segment (Kano: Better; touchpoints:
        /// balance).
        public var priorityOrders: [[Int]]
        public var orderComparisons: [OrderComparison] = []
        public var concordance: [Concordance] = []
        public var maxDiffCounts: [MaxDiffSegment] = []
        public var kano: [KanoSegment] = []
        public var placements: [Placement] = []
        public var derived: [Derived] = []
        public var touchpoints: [TouchpointSegment] = []
        /// Classification of the battery's needs (nil when not classified).
        public var classification: NeedClassification?
        /// The importance threshold used for the classification, on the priority statistic's scale.
        public var importanceThreshold: Double?
        /// Indices of the segments that entered the classification (adequate bases).
        public var classifiedSegments: [Int] = []
    }

    public var segmentVariable: String
    public var segments: [Segment]
    public var batteries: [Battery]
    public var options: NeedsAnalysis.Options
    public var warnings: [String]
    /// Design degrees of freedom.
    public var designDF: Int
    /// The replicate weights the SEs come from (method and count), nil for linearisation.
    public var replicates: (method: ReplicateMethod, count: Int)? = nil

    /// Share of each class over all classified needs of all batteries.
    public var classShares: [(needClass: NeedClass, count: Int, share: Double)] {
        let all = batteries.flatMap { $0.classification?.results ?? [] }
        return NeedClass.allCases.map { needClass in
            let count = all.filter { $0.needClass == needClass }.count
            return (needClass, count, all.isEmpty ? 0 : Double(count) / Double(all.count))
        }
    }
}
