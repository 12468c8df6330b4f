import Foundation
@testable import SurveyExport
import SurveyModel
import SurveyTestSupport
import Testing
import SurveyAnalysis

/// Golden-file tests of the Markdown and JSON reports of the example study (weights, region segments with a
/// small-base segment, coded and uncoded why answers), and checks of the figures behind them.
@Suite struct ReportSnapshotTests {
    static func report() throws -> FindingsReport { try ReportBuilder.build(ExampleStudy.reportInput()) }

    @Test func markdownMatchesSnapshot() throws {
        try Snapshot.assert(try ReportRenderer().markdown(try Self.report()), named: "example-report.md")
    }

    /// The JSON text with every number rounded to 9 significant digits, so the golden file does not depend on
    /// the last bits of floating-point results (the report itself keeps full precision).
    static func rounded(_ json: String) throws -> String {
        let pattern = try NSRegularExpression(pattern: #"-?\d+\.\d+(e[-+]?\d+)?"#)
        var result = ""
        var last = json.startIndex
        for match in pattern.matches(in: json, range: NSRange(json.startIndex..., in: json)) {
            guard let range = Range(match.range, in: json), let value = Double(json[range]) else { continue }
            result += json[last..<range.lowerBound]
            result += String(format: "%.9g", value)
            last = range.upperBound
        }
        return result + json[last...]
    }

    @Test func jsonMatchesSnapshot() throws {
        let json = try ReportRenderer().json(try Self.report())
        #expect(try JSONDecoder().decode(FindingsReport.self, from: Data(json.utf8)) == (try Self.report()))
        try Snapshot.assert(try Self.rounded(json), named: "example-report.json")
    }

    @Test func csvMatchesSnapshot() throws {
        try Snapshot.assert(ReportTables.csv(try Self.report()), named: "example-report.csv")
    }

    @Test func smallBaseSegmentIsNeverANumber() throws {
        let report = try Self.report()
        let nps = try #require(report.headlines.first { $0.id == "nps" })
        let west = try #require(nps.segments.first { $0.segment == "west" })
        #expect(west.estimate.base.unweighted < 30)
        #expect(west.estimate.suppressed && west.estimate.value == nil && west.estimate.lower == nil)
        #expect(west.higherThan.isEmpty)
        let markdown = try ReportRenderer().markdown(report)
        #expect(markdown.contains("small base (n=\(west.estimate.base.unweighted))"))
        let csv = ReportTables.csv(report)
        #expect(csv.contains("headline,nps,west,nps,,,,,\(west.estimate.base.unweighted),"))
    }

    @Test func figuresFollowTheData() throws {
        let input = ExampleStudy.reportInput()
        let report = try ReportBuilder.build(input)
        // Weighted NPS recomputed by hand: 100 × (Σw promoters − Σw detractors) / Σw answerers.
        var promoters = 0.0
        var detractors = 0.0
        var total = 0.0
        for response in input.responses where response.disposition == .complete {
            guard case .number(let score) = response.answers["nps"] else { continue }
            let w = input.weight?.values[response.id] ?? 1
            total += w
            if score >= 9 { promoters += w } else if score <= 6 { detractors += w }
        }
        let nps = try #require(report.headlines.first { $0.id == "nps" }?.overall.value)
        #expect(abs(nps - 100 * (promoters - detractors) / total) < 1e-9)
        #expect(report.sample.completes == 120 && report.sample.cases == 134)
        let rr1 = try #require(report.sample.rates.first { $0.name == "RR1" }?.value)
        #expect(abs(rr1 - 120.0 / 132.0) < 1e-12)  // not eligible (4.10) and quota full (4.80) are left out
        #expect(report.weighting?.margins.count == 4)
        let why = try #require(report.why.first { $0.probeID == "why_nps" })
        #expect(why.segments.allSatisfy { !$0.themes.isEmpty })
        #expect(why.ladders.first?.steps.last == "Saves time")
        let features = try #require(report.why.first { $0.probeID == "why_feat" })
        #expect(features.segments.contains { !$0.rawAnswers.isEmpty })
        #expect(report.banners.contains { $0.title == "Which plan do you use?" })
    }

    @Test func unknownSegmentListsTheKnownOnes() throws {
        #expect {
            try ReportBuilder.build(ExampleStudy.reportInput(segmentBy: "planet"))
        } throws: { error in
            let message = (error as? ExportError)?.message ?? ""
            return message.contains("unknown segment 'planet'") && message.contains("young")
                && message.contains("region") && message.contains("plan")
        }
    }

    @Test func embeddedTemplatesEqualTheFiles() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates/report")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".mustache")
        }
        #expect(Set(names) == Set(ReportTemplates.embedded.keys))
        for name in names {
            let file = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(
                Data((ReportTemplates.embedded[name] ?? "").utf8) == file,
                "\(name): run Scripts/embed-files.sh")
        }
    }

    @Test func customTemplateFolderIsUsed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data("{{% CONTENT_TYPE: TEXT}}\nCUSTOM {{title}}\n".utf8).write(to: folder.file("report.md.mustache"))
        let renderer = ReportRenderer(templates: try ReportTemplates(directory: folder.url))
        #expect(try renderer.markdown(try Self.report()) == "CUSTOM Checkout feedback — Q4\n")
        #expect(try renderer.html(try Self.report()).contains("<svg"))  // other templates fall back to the defaults
        try Data("{{#title}}unclosed\n".utf8).write(to: folder.file("report.md.mustache"))
        #expect(throws: ExportError.self) { try ReportTemplates(directory: folder.url) }
    }
}

/// Piping placeholders in report labels.
@Suite struct PipedTextTests {
    @Test func placeholdersAreShownInBrackets() {
        #expect(PipedText.readable("Rate {main_bank}'s app") == "Rate [main_bank]'s app")
        #expect(PipedText.readable("Why \"{ answer }\"? {a}{b}") == "Why \"[answer]\"? [a][b]")
        #expect(PipedText.readable("Literal {{braces}} and {} and {open") == "Literal {braces} and {} and {open")
        #expect(PipedText.readable("No placeholders") == "No placeholders")
    }
}

/// Chart labels that would run off the left margin are cut with "…" and keep the full text as a tooltip.
@Suite struct ChartLabelTests {
    @Test func longLabelsAreCutToFitAndShortOnesKept() throws {
        #expect(SVGCanvas.fitted("Low or no fees", width: 240, size: 12) == nil)
        let cut = try #require(SVGCanvas.fitted("Responsible, ethical investment of my money", width: 240, size: 12))
        #expect(
            cut.hasSuffix("…") && cut.count < 43
                && "Responsible, ethical investment of my money".hasPrefix(
                    String(cut.dropLast()))
        )
        // Wide (CJK) characters take about twice the room of narrow ones.
        let chinese = try #require(SVGCanvas.fitted(String(repeating: "满", count: 30), width: 240, size: 12))
        #expect(chinese.count <= 20)
    }
}
