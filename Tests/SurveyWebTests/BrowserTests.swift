import Foundation
import SurveyTestSupport
import Testing

/// The respondent's view, in a real browser: `Browser/browser_test.py` drives headless Chromium through WebDriver
/// (Python's selenium) against a real `voc serve`, checks every page with axe-core, and compares `voc export` with
/// the answers given. Missing tools fail the test with an install hint (never a skip).
@Suite(.serialized) struct BrowserTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let root = folder.deletingLastPathComponent().deletingLastPathComponent()

    @Test func aRespondentCompletesEveryQuestionTypeInChromium() throws {
        let work = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try VocRunner.run(
            executable: "/usr/bin/env",
            [
                "python3", Self.folder.appendingPathComponent("Browser/browser_test.py").path,
                try VocRunner.binaryPath(),
                Self.root.appendingPathComponent("Surveys/web-feedback.xml").path, work.path,
            ])
        let output =
            result.stdout
            + result.stderr.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .joined(separator: "\n")
        #expect(result.exitCode == 0, "\(output)")
        #expect(result.stdout.contains("pages checked with axe-core, 0 problems"), "\(output)")
    }
}
