import Foundation
import SurveyExport
import SurveyTestSupport
import Testing

/// The HTML report is one self-contained file that headless Chromium renders into a non-blank page with the key
/// figures in it. Chromium is required (`apt-get install chromium`): the test fails, never skips, without it.
@Suite struct HTMLReportTests {
    static func html() throws -> (String, FindingsReport) {
        let report = try ReportBuilder.build(ExampleStudy.reportInput())
        return (try ReportRenderer().html(report), report)
    }

    @Test func isSelfContained() throws {
        let (html, _) = try Self.html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>") && html.contains("@media print"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("<img"))
        // The only URL is the SVG namespace, which is an identifier, not a resource.
        let urls = html.components(separatedBy: "http").dropFirst().map { String($0.prefix(30)) }
        #expect(urls.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg") }, "\(urls)")
        #expect(html.components(separatedBy: "<svg").count - 1 == 5, "NPS, needs, Kano and weight charts, value map")
        #expect(html.contains("<title>Value map: why_nps</title>"))
        #expect(html.contains("small base (n="))
        #expect(html.contains("Need classes: not-important: 50% of needs; segment-specific: 50% of needs.</p>"))
    }

    @Test func chromiumRendersKeyFigures() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (html, report) = try Self.html()
        let page = folder.file("report.html")
        try Data(html.utf8).write(to: page)
        let blank = folder.file("blank.html")
        try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: blank)

        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,2000"]
        let dom = try ExternalTool.chromium.run(flags + ["--dump-dom", page.absoluteString])
        #expect(dom.status == 0)
        let nps = try #require(report.headlines.first { $0.id == "nps" }?.overall)
        let npsText = ReportFormat.estimate(nps, kind: .nps)
        for text in [
            report.title, npsText, "Headline findings", "Need priorities by segment", "Kano map",
            "The why", "Banner tables", "small base (n=", "Fast delivery", "Weight distribution",
        ] {
            #expect(dom.stdout.contains(text), "rendered DOM lacks “\(text)”")
        }

        let shot = folder.file("report.png")
        let blankShot = folder.file("blank.png")
        _ = try ExternalTool.chromium.run(flags + ["--screenshot=\(shot.path)", page.absoluteString])
        _ = try ExternalTool.chromium.run(flags + ["--screenshot=\(blankShot.path)", blank.absoluteString])
        if let keep = ProcessInfo.processInfo.environment["KEEP_REPORT_PNG"] {
            try? FileManager.default.copyItem(at: shot, to: URL(fileURLWithPath: keep))
        }
        let png = try Data(contentsOf: shot)
        let empty = try Data(contentsOf: blankShot)
        let header = PNGHeader(png)
        #expect(header?.width == 1280 && header?.height == 2000)
        // A page of text, tables and charts compresses far worse than an empty page of the same size.
        #expect(png.count > 4 * empty.count, "screenshot \(png.count) bytes vs blank \(empty.count) bytes")
    }
}
