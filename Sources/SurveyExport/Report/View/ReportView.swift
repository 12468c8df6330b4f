/// The report as the Mustache templates see it: pre-formatted strings and generic tables, so templates hold no
/// logic beyond sections and loops.
///
/// Text that goes into Markdown table cells is escaped by `cellEscape` (pipes and line breaks); the HTML
/// template relies on Mustache's HTML escaping instead. Chart SVGs are filled in for HTML only.
struct ReportView {
    var title: String
    var surveyID: String
    var surveyVersion: String
    var generatedAt: String
    var weightingLine: String
    var segmentation: String?
    var minimumBase: Int
    var confidence: String
    /// What the survey was designed to find (`ReportStory`), ahead of the other estimates.
    var storyBullets: [String]
    var headlineBullets: [String]
    var headlineTable: TableView?
    var sample: SampleView
    var weighting: WeightingView?
    var needs: TableView?
    var needClassShares: [String]
    var kano: TableView?
    var quadrants: TableView?
    var why: [WhyView]
    var hasWhy: Bool
    var banners: [TableView]
    var dataQuality: DataQualityView?
    var notes: [String]
    var charts: ChartsView?
}
