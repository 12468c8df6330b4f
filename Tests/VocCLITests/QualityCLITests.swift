import Foundation
import SurveyTestSupport
import Testing

/// `voc quality` on the shipped bank example, and the places a quality run shows up: `voc status`, `voc export`
/// (columns that an import skips, paradata), `--exclude-flagged` and the report's data-quality section.
@Suite(.serialized) struct QualityCLITests {
    /// The bank example imported into a store in `directory`, with a quality run saved.
    static func bankStore(in directory: URL) throws -> String {
        let store = directory.appendingPathComponent("bank.voc.sqlite").path
        let imported = try PackagePaths.voc([
            "import", "Surveys/bank-needs.xml", "Surveys/bank-needs-responses.csv", "--store", store,
        ])
        #expect(imported.exitCode == 0, "\(imported.transcript)")
        return store
    }

    @Test func aRunIsSavedShownByStatusAndExportedAsColumnsThatImportSkips() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try Self.bankStore(in: directory)
        let quality = try PackagePaths.voc(["quality", store, "--json"])
        #expect(quality.exitCode == 0, "\(quality.transcript)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(quality.stdout.utf8)) as? [String: Any])
        #expect(document["judged"] as? Int == 700)
        #expect(document["run"] as? String == "quality")
        let flags = try #require(document["flags"] as? [String: Int])
        #expect((flags["attention"] ?? 0) > 0 && (flags["consistency"] ?? 0) > 0, "\(flags)")
        let responses = try #require(document["responses"] as? [[String: Any]])
        let flagged = responses.filter { ($0["score"] as? Double ?? 0) >= 1 }.count
        #expect(flagged == document["flagged"] as? Int)

        let status = try PackagePaths.voc(["status", store])
        #expect(status.stdout.contains("quality run"), "\(status.transcript)")
        #expect(status.stdout.contains("\nquality "), "\(status.transcript)")

        let exported = directory.appendingPathComponent("with-quality.csv").path
        let export = try PackagePaths.voc(["export", store, "--quality-run", "quality", "--out", exported])
        #expect(export.exitCode == 0, "\(export.transcript)")
        let text = try String(contentsOfFile: exported, encoding: .utf8)
        let header = try #require(text.split(separator: "\n").first)
        #expect(header.hasSuffix(",quality_score,quality_flags"))
        #expect(text.contains(",1,attention") || text.contains(";attention") || text.contains(",attention"))
        // The derived columns never come back as respondent attributes.
        let again = directory.appendingPathComponent("again.voc.sqlite").path
        let reimport = try PackagePaths.voc(["import", "Surveys/bank-needs.xml", exported, "--store", again])
        #expect(reimport.exitCode == 0, "\(reimport.transcript)")
        let reexport = try PackagePaths.voc(["export", again])
        #expect(!(reexport.stdout.split(separator: "\n").first ?? "").contains("quality_"))

        let paradata = try PackagePaths.voc(["export", store, "--paradata"])
        #expect(paradata.exitCode == 0, "\(paradata.transcript)")
        #expect(
            paradata.stdout.hasPrefix(
                "response_id,respondent_id,question_id,answered_at,milliseconds,back_steps,reachable,mode,interviewer,"
                    + "language,started_at,completed_at\n"))
    }

    @Test func excludingFlaggedResponsesSaysHowManyAndWhyAndTheReportShowsTheSection() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try Self.bankStore(in: directory)
        let noRun = try PackagePaths.voc(["needs", store, "--by", "age_band", "--exclude-flagged", "any"])
        #expect(noRun.exitCode != 0)
        #expect(
            noRun.stderr.contains(
                "error: no quality run 'quality' for survey 'bank-needs' (run `voc quality` first); runs in the store: "
                    + "none"), "\(noRun.transcript)")
        #expect(try PackagePaths.voc(["quality", store]).exitCode == 0)
        let summary = try #require(
            try JSONSerialization.jsonObject(
                with: Data(try PackagePaths.voc(["quality", store, "--json", "--no-save"]).stdout.utf8))
                as? [String: Any])
        let flagged = try #require(summary["flagged"] as? Int)
        let needs = try PackagePaths.voc(["needs", store, "--by", "age_band", "--exclude-flagged", "any"])
        #expect(needs.exitCode == 0, "\(needs.transcript)")
        #expect(
            needs.stderr.contains(
                "note: left out \(flagged) of 700 complete responses flagged in quality run 'quality'"),
            "\(needs.transcript)")
        let bad = try PackagePaths.voc(["estimate", store, "--var", "nps", "--exclude-flagged", "speedy"])
        #expect(bad.exitCode != 0)
        #expect(
            bad.stderr.hasPrefix("Error: --exclude-flagged: unknown flag 'speedy'; use any, score>=X or flags among "),
            "\(bad.transcript)")

        let report = directory.appendingPathComponent("report.md").path
        let written = try PackagePaths.voc([
            "report", store, "--by", "age_band", "--exclude-flagged", "any", "--format", "md", "--out", report,
        ])
        #expect(written.exitCode == 0, "\(written.transcript)")
        let markdown = try String(contentsOfFile: report, encoding: .utf8)
        #expect(markdown.contains("## Data quality"))
        #expect(markdown.contains("Left out of the estimates (--exclude-flagged any): \(flagged) completes."))
    }

    @Test func aWeightSetMadeWithoutTheFlaggedLeavesThemOutWhereverItIsUsed() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try Self.bankStore(in: directory)
        #expect(try PackagePaths.voc(["quality", store]).exitCode == 0)
        let weight = try PackagePaths.voc([
            "weight", store, "--margins", "Surveys/bank-needs-margins.csv", "--name", "clean", "--exclude-flagged",
            "any",
        ])
        #expect(weight.exitCode == 0, "\(weight.transcript)")
        let note = try #require(weight.stderr.split(separator: "\n").first { $0.hasPrefix("note: left out") })
        let estimate = try PackagePaths.voc([
            "estimate", store, "--weight-set", "clean", "--var", "nps", "--stat", "nps",
        ])
        #expect(estimate.exitCode == 0, "\(estimate.transcript)")
        #expect(estimate.stderr.contains(note), "\(estimate.transcript)")
        let out = directory.appendingPathComponent("clean.md").path
        let report = try PackagePaths.voc(["report", store, "--weight-set", "clean", "--format", "md", "--out", out])
        #expect(report.exitCode == 0, "\(report.transcript)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("Left out of the estimates"))
    }

    @Test func badThresholdsAndAMissingStoreAreRefused() throws {
        let speeding = try PackagePaths.voc(["quality", "Surveys/bank-needs.xml", "--speeding", "2"])
        #expect(speeding.exitCode != 0)
        #expect(speeding.stderr.contains("--speeding must be between 0 and 1"), "\(speeding.transcript)")
        let missing = try PackagePaths.voc(["quality", "/nonexistent/x.voc.sqlite"])
        #expect(missing.exitCode != 0)
        #expect(
            missing.stderr.contains("/nonexistent/x.voc.sqlite: error: no store at this path"), "\(missing.transcript)")
    }
}
