import Foundation
import SurveyTestSupport
import Testing

/// The respondent's view, in a real browser: the scripts in `Browser/` drive headless Chromium through WebDriver
/// (Python's selenium) against a real `voc serve`, check every page with axe-core, and compare `voc export` with
/// the answers given. Missing tools fail the test with an install hint (never a skip).
@Suite(.serialized) struct BrowserTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let root = folder.deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `Browser/SCRIPT VOC SURVEY WORK` in a fresh work directory; returns its exit code, standard output
    /// and both outputs without Chromium's `#` noise (for messages).
    static func run(_ script: String, survey: String) throws -> (exitCode: Int32, stdout: String, output: String) {
        let work = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try VocRunner.run(
            executable: "/usr/bin/env",
            [
                "python3", folder.appendingPathComponent("Browser/" + script).path, try VocRunner.binaryPath(),
                root.appendingPathComponent(survey).path, work.path,
            ])
        let output =
            result.stdout
            + result.stderr.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .joined(separator: "\n")
        return (result.exitCode, result.stdout, output)
    }

    @Test func aRespondentCompletesEveryQuestionTypeInChromium() throws {
        let result = try Self.run("browser_test.py", survey: "Surveys/web-feedback.xml")
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(result.stdout.contains("pages checked with axe-core, 0 problems"), "\(result.output)")
    }

    /// `Surveys/web-sections.xml`, a section per page: problems next to each question, back, resume, export.
    @Test func aRespondentCompletesSectionPagesInChromium() throws {
        let result = try Self.run("section_pages_test.py", survey: "Surveys/web-sections.xml")
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(result.stdout.contains("section pages: 13 pages checked with axe-core, 0 problems"), "\(result.output)")
    }
}
