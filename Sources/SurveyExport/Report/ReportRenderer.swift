import Foundation

/// Renders a `FindingsReport` as Markdown or a self-contained HTML page (through the Mustache templates in
/// `ReportTemplates`), or as JSON (the model itself, keys sorted, so it is stable for diffs and golden files).
///
/// The HTML page has inline CSS (readable from 1280 px wide screens down to print, with `@media print` rules) and
/// inline SVG charts; it loads nothing from the network.
public struct ReportRenderer: Sendable {
    public var templates: ReportTemplates

    public init(templates: ReportTemplates) {
        self.templates = templates
    }

    /// A renderer with the built-in templates.
    public init() throws(ExportError) {
        templates = try ReportTemplates()
    }

    /// The report as Markdown (GitHub-flavoured tables).
    public func markdown(_ report: FindingsReport) throws(ExportError) -> String {
        let view = ReportView(report, cellEscape: Self.markdownCell)
        return try templates.render(view, template: "report.md")
    }

    /// The report as one self-contained HTML file with inline CSS and SVG charts.
    public func html(_ report: FindingsReport) throws(ExportError) -> String {
        let view = ReportView(report, cellEscape: { $0 }, charts: ReportCharts.all(report))
        return try templates.render(view, template: "report.html")
    }

    /// The report model as pretty-printed JSON with sorted keys.
    public func json(_ report: FindingsReport) throws(ExportError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
        } catch {
            throw ExportError(code: "json", "cannot encode the report as JSON: \(error)")
        }
    }

    /// Text safe inside a Markdown table cell: pipes escaped, line breaks as spaces.
    static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ")
    }
}
