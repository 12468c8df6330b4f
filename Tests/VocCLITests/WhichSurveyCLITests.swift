import Foundation
import SurveyModel
import SurveyParser
import SurveyStore
import SurveyTestSupport
import Testing

/// One rule for every command that reads a study from a store: a store holding several surveys is refused with
/// the list (never the "newest" guessed), and `--survey ID` chooses one.
@Suite struct WhichSurveyCLITests {
    @Test func aStoreWithTwoSurveysNeedsSurvey() async throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("two.sqlite").path
        let imported = try PackagePaths.voc(
            ["import", "Surveys/bank-needs.xml", "Surveys/bank-needs-responses.csv", "--store", store])
        #expect(imported.exitCode == 0, "\(imported.transcript)")
        let other = try #require(
            SurveyLoader.load(
                contentsOf: PackagePaths.root.appendingPathComponent("Surveys/post-purchase-nps.xml").path
            )
            .survey)
        let sqlite = try SQLiteStore(path: store)
        _ = try await sqlite.registerSurvey(
            SurveyDefinitionRecord(
                surveyID: other.id, version: other.version, hash: SurveyHash.sha256(other),
                json: SurveyWriter.json(other)))

        let refusal =
            "\(store): error: the store holds several surveys (bank-needs, post-purchase-nps); name one with --survey\n"
        for command in [
            ["estimate", store, "--var", "nps", "--stat", "nps"], ["needs", store, "--by", "age_band"],
            ["banner", store, "--rows", "main_bank", "--cols", "region"], ["status", store],
            ["weight", store, "--margins", "Surveys/bank-needs-margins.csv", "--name", "w"],
        ] {
            let result = try PackagePaths.voc(command)
            #expect(result.exitCode == 1, "\(command): \(result.transcript)")
            #expect(result.stderr == refusal, "\(command): \(result.transcript)")
        }
        for command in [
            ["estimate", store, "--var", "nps", "--stat", "nps", "--survey", "bank-needs"],
            ["needs", store, "--by", "age_band", "--survey", "bank-needs"],
            ["status", store, "--survey", "bank-needs"],
        ] {
            let result = try PackagePaths.voc(command)
            #expect(result.exitCode == 0, "\(command): \(result.transcript)")
        }
        let unknown = try PackagePaths.voc(["estimate", store, "--var", "nps", "--survey", "nope"])
        #expect(
            unknown.stderr
                == "\(store): error: the store holds no survey 'nope'; surveys in the store: bank-needs, post-purchase-nps\n",
            "\(unknown.transcript)")
    }
}
