public import SurveyStatistics

/// The findings of a study in one model, rendered as Markdown, HTML and JSON (see `ReportRenderer`) and
/// flattened into CSV (see `ReportTables`).
///
/// Every figure carries its base: the unweighted count of respondents and the effective sample size under the
/// weights (Kish). Estimates on an unweighted base below `minimumBase` (default 30) are suppressed: their value
/// is nil and `suppressed` is true, so no renderer can show a number for them.
public struct FindingsReport: Sendable, Hashable, Codable {
    public var title: String
    public var surveyID: String
    public var surveyVersion: String
    /// When the report was built (ISO 8601); fixed in tests so output is reproducible.
    public var generatedAt: String
    /// The weight set the estimates use; nil when unweighted.
    public var weightSet: String?
    /// What the segments are (e.g. "Life stage"); nil when the report has no segment breakdown.
    public var segmentation: String?
    /// Estimates on fewer unweighted respondents than this are hidden (default 30).
    public var minimumBase: Int = 30
    /// The confidence level of every interval (default 0.95).
    public var confidenceLevel: Double = 0.95
    /// How the intervals of shares are made (R `svyciprop`'s method); means and NPS use t intervals.
    public var shareInterval: ShareIntervalMethod?
    public var sample: SampleSummary
    public var weighting: WeightingSummary?
    public var headlines: [HeadlineMetric] = []
    public var needPriorities: NeedPriorities?
    public var kano: [KanoResult] = []
    public var importancePerformance: [QuadrantNeed] = []
    public var why: [WhyFinding] = []
    public var banners: [BannerFinding] = []
    /// The data-quality section, when the store has a quality run (`voc quality`).
    public var dataQuality: DataQualityFinding?
    /// Plain-language remarks (methods, caveats) shown at the end.
    public var notes: [String] = []
}
