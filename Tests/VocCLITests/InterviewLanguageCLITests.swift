import Foundation
import SurveyTestSupport
import Testing

/// The interview language is stored with the response: `--resume` continues in the language the interview was
/// started in, without `--lang` again.
@Suite struct InterviewLanguageCLITests {
    @Test func resumedInterviewContinuesInItsLanguage() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("nps.voc.sqlite").path
        let survey = "Surveys/post-purchase-nps.xml"  // Chinese, with English translations
        let first = try VocRunner.run(
            ["interview", survey, "--store", store, "--lang", "en", "--respondent", "p1"], stdin: "1\n",
            directory: PackagePaths.root.path)
        #expect(first.exitCode == 0, "\(first.transcript)")
        #expect(first.stdout.contains("What kind of product did you buy most recently?"))
        let id = try #require(
            first.stdout.split(separator: "\n").first { $0.hasPrefix("# response ") }?.split(separator: " ")[2])
        let resumed = try VocRunner.run(
            ["interview", survey, "--store", store, "--resume", String(id)], stdin: "",
            directory: PackagePaths.root.path)
        #expect(resumed.stdout.contains("Where did you buy it?"), "\(resumed.transcript)")
        #expect(!resumed.stdout.contains("您是通过哪个渠道购买的"))
        // --lang on resume still wins.
        let chinese = try VocRunner.run(
            ["interview", survey, "--store", store, "--resume", String(id), "--lang", "zh"], stdin: "",
            directory: PackagePaths.root.path)
        #expect(chinese.stdout.contains("您是通过哪个渠道购买的"), "\(chinese.transcript)")
    }
}
