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

/// A table: a title, a header row, body rows and an optional note under it.
struct TableView {
    var tableTitle: String?
    var header: [String]
    var rows: [RowView]
    var tableNote: String?
}

struct RowView {
    var cells: [CellView]
}

struct CellView {
    var text: String
    /// Whether the cell shows a withheld (small-base) figure: styled as muted in HTML.
    var small: Bool
}

struct SampleView {
    var completes: Int
    var cases: Int
    var fieldwork: String?
    var rates: TableView?
    var dispositions: TableView?
    var interviewers: TableView?
}

struct DataQualityView {
    var summary: String
    var table: TableView?
}

struct WeightingView {
    var weightSet: String
    var method: String?
    var summary: String
    var margins: TableView?
}

struct WhyView {
    var prompt: String
    var about: String
    var segments: [WhySegmentView]
    var ladders: [String]
    /// The value map as inline SVG (HTML), its links as lines (Markdown) and what it represents.
    var valueMap: String?
    var valueMapLinks: [String]
    var valueMapCaption: String?
    var ladderNote: String?
}

struct WhySegmentView {
    var segment: String
    var base: String
    var smallBase: Bool
    var themes: TableView?
    var rawAnswers: [String]
    var ladders: [String]
}

/// Inline SVG charts for the HTML report (each nil when there is nothing to draw).
struct ChartsView {
    var nps: String?
    var needs: String?
    var kano: String?
    var weights: String?
}
