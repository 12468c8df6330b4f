import Foundation
import Testing

@testable import SurveyModel

@Suite struct DiagnosticJSONReportTests {
    @Test func rendersOneObjectPerDiagnosticInFieldOrder() {
        let located = Diagnostic(
            .error, code: "unknown-reference", "unknown reference {npss} in \"when\"",
            at: SourceLocation(file: "调查.xml", line: 6, column: 39))
        let unlocated = Diagnostic(.error, code: "unreadable-file", "cannot read\tthe file", at: nil)
        let text = DiagnosticJSONReport.render([
            .init(file: "调查.xml", diagnostic: located), .init(file: "gone.json", diagnostic: unlocated),
        ])
        #expect(
            text == """
                [
                  {"file": "调查.xml", "line": 6, "column": 39, "severity": "error", "code": "unknown-reference", \
                "message": "unknown reference {npss} in \\"when\\""},
                  {"file": "gone.json", "line": null, "column": null, "severity": "error", "code": "unreadable-file", \
                "message": "cannot read\\tthe file"}
                ]

                """)
        let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 2)
    }

    @Test func emptyListIsAnEmptyArray() {
        #expect(DiagnosticJSONReport.render([]) == "[]\n")
    }

    @Test func escapesControlCharacters() {
        #expect(DiagnosticJSONReport.quoted("a\u{1}b\\") == "\"a\\u0001b\\\\\"")
    }
}
