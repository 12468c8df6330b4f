import Foundation
import SurveyModel
import SurveyStatistics
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import SurveyExport

/// The value map chart: labels from codebooks are escaped (a label can hold markup or control characters), the
/// drawing is deterministic, and every link gets one arrow.
@Suite struct ValueMapChartTests {
    static func map(labels: [String: String]) -> ValueMapSummary {
        let respondents = [
            LadderRespondent(id: "r1", ladders: [["a", "c", "v"]]), LadderRespondent(id: "r2", ladders: [["a", "c"]]),
        ]
        let levels: [String: LadderLevel] = ["a": .attribute, "c": .consequence, "v": .value]
        let matrix = ImplicationMatrix(respondents)
        return ValueMapSummary(HierarchicalValueMap(matrix: matrix, cutoff: 1, levels: levels), labels: labels)
    }

    @Test func labelsAreEscapedAndTheSVGIsWellFormed() throws {
        let svg = ValueMapChart.svg(
            Self.map(labels: ["a": "Low <b>prices</b> & \"cheap\"", "c": "Bell\u{7}", "v": "安心"]))
        #expect(svg.contains("Low &lt;b&gt;prices&lt;/b&gt; &amp; &quot;cheap&quot;"))
        #expect(!svg.contains("\u{7}") && svg.contains("Bell\u{FFFD}") && svg.contains("安心"))
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(svg.components(separatedBy: "<polygon").count - 1 == 2, "one arrowhead per link")
    }

    @Test func drawingIsDeterministic() {
        let labels = ["a": "Attribute", "c": "Consequence", "v": "Value"]
        #expect(ValueMapChart.svg(Self.map(labels: labels)) == ValueMapChart.svg(Self.map(labels: labels)))
        let empty = ValueMapSummary(
            HierarchicalValueMap(matrix: ImplicationMatrix([]), cutoff: 1), labels: [:])
        #expect(ValueMapChart.svg(empty).contains("No link reaches the cutoff of 1."))
    }
}
