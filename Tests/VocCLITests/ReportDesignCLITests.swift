import Foundation
import SurveyTestSupport
import Testing

/// `voc report STORE --weight-set NAME` uses the same design as `voc estimate STORE --weight-set NAME`: the raking
/// recipe is redone, so the report's standard errors account for the calibration instead of treating the weights
/// as fixed.
@Suite struct ReportDesignCLITests {
    @Test func reportStandardErrorsMatchEstimateWithTheCalibratedWeightSet() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("bank.voc.sqlite").path
        for arguments in [
            ["import", "Surveys/bank-needs.xml", "Surveys/bank-needs-responses.csv", "--store", store],
            ["weight", store, "--margins", "Surveys/bank-needs-margins.csv", "--name", "raked"],
        ] {
            let result = try PackagePaths.voc(arguments)
            #expect(result.exitCode == 0, "\(result.transcript)")
        }
        let out = directory.appendingPathComponent("report.json").path
        let report = try PackagePaths.voc(["report", store, "--weight-set", "raked", "--format", "json", "--out", out])
        #expect(report.exitCode == 0, "\(report.transcript)")
        let estimate = try PackagePaths.voc([
            "estimate", store, "--weight-set", "raked", "--var", "nps", "--stat", "nps", "--json",
        ])
        #expect(estimate.exitCode == 0, "\(estimate.transcript)")

        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        let headlines = try #require(document["headlines"] as? [[String: Any]])
        let nps = try #require(headlines.first { $0["id"] as? String == "nps" }?["overall"] as? [String: Any])
        let expected = try #require(
            (try JSONSerialization.jsonObject(with: Data(estimate.stdout.utf8)) as? [String: Any])?["estimates"]
                as? [[String: Any]]
        ).first
        let reportValue = try #require(nps["value"] as? Double)
        let reportSE = try #require(nps["standardError"] as? Double)
        let estimateValue = try #require(expected?["estimate"] as? Double)
        let estimateSE = try #require(expected?["se"] as? Double)
        #expect(abs(reportValue - estimateValue) < 1e-9)
        #expect(abs(reportSE - estimateSE) < 1e-9, "report SE \(reportSE), voc estimate SE \(estimateSE)")
        // The calibration-aware SE of the shipped example, as voc estimate --weight-set printed it when written.
        #expect(abs(estimateSE - 3.178545599349357) < 1e-6)
    }
}
