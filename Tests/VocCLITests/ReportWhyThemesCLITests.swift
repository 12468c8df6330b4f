import Foundation
import SurveyTestSupport
import Testing

/// The why themes in `voc report` come from the codings `voc code` stored: each probe coded with its own codebook
/// (`codebook="..."` in the survey), themes named by the codebooks' labels, piping placeholders shown as `[name]`.
@Suite struct ReportWhyThemesCLITests {
    @Test func reportShowsTheThemesCodedInTheStoreWithCodebookLabels() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("bank.voc.sqlite").path
        let ladder = "Surveys/codebooks/bank-needs-ladder.json"
        let nps = "Surveys/codebooks/bank-nps-themes.json"
        let imported = try PackagePaths.voc(
            ["import", "Surveys/bank-needs.xml", "Surveys/bank-needs-responses.csv", "--store", store])
        #expect(imported.exitCode == 0, "\(imported.transcript)")

        // Each codebook codes only the probe that names it: 3,828 ladder steps of why_top, 208 why_detractor answers.
        let first = try PackagePaths.voc(["code", store, "--codebook", ladder, "--auto"])
        #expect(first.stdout.contains("of 3828 text(s) matched a rule"), "\(first.transcript)")
        let second = try PackagePaths.voc(["code", store, "--codebook", nps, "--auto"])
        #expect(second.stdout.contains("of 208 text(s) matched a rule"), "\(second.transcript)")

        let out = directory.appendingPathComponent("report.md").path
        let report = try PackagePaths.voc([
            "report", store, "--by", "age_band", "--format", "md", "--out", out, "--codebook", ladder, "--codebook",
            nps,
        ])
        #expect(report.exitCode == 0, "\(report.transcript)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        let why = try #require(
            text.components(separatedBy: "\n## The why").last?.components(separatedBy: "\n## ").first)
        let top = try #require(why.components(separatedBy: "### ").first { $0.hasPrefix("Why is \"[answer]\"") })
        let detractor = try #require(why.components(separatedBy: "### ").first { $0.hasPrefix("You gave a score") })
        // Ladder codebook labels on why_top (the attribute "Low fees", the consequence "Saves time"); the NPS
        // codebook's on why_detractor ("Fees and charges"), never the other way round.
        #expect(top.contains("| Saves time |") && top.contains("| Low fees |"))
        #expect(!top.contains("Fees and charges"))
        #expect(detractor.contains("| Fees and charges |") && !detractor.contains("| Low fees |"))
        #expect(!text.contains("{main_bank}") && text.contains("[main_bank]"))

        // The ladders of why_top follow the method: every step of every chain is a coded step named by its
        // codebook label (no raw answer text), no code leads to itself, and each chain climbs A → C → V.
        let codebook = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: PackagePaths.root.appendingPathComponent(ladder)))
                as? [String: Any])
        var levels: [String: Int] = [:]
        for code in try #require(codebook["codes"] as? [[String: Any]]) {
            levels[code["label"] as! String] = ["attribute": 0, "consequence": 1, "value": 2][code["level"] as! String]
        }
        let chainPart = try #require(top.components(separatedBy: "Value map links").first)
        let chains = chainPart.components(separatedBy: "\n").filter { $0.hasPrefix("- ") && $0.contains(" → ") }
        #expect(chains.count == 5 * 4, "top 5 chains for each of the 3 age bands and for everyone: \(chains)")
        for line in chains {
            let steps = line.dropFirst(2).components(separatedBy: " (").dropLast().joined(separator: " (")
                .components(separatedBy: " → ")
            #expect(steps.allSatisfy { levels[$0] != nil }, "uncoded step in \(line)")
            #expect(zip(steps, steps.dropFirst()).allSatisfy { $0 != $1 }, "self-link in \(line)")
            #expect(zip(steps, steps.dropFirst()).allSatisfy { levels[$0]! < levels[$1]! }, "not climbing: \(line)")
        }
        #expect(top.contains("Value map links (from → to, respondents). Links of "))
        #expect(!detractor.contains("Top ladder chains"), "the NPS themes have no levels: no ladders")

        // Without --codebook the themes are named by code id.
        let plain = try PackagePaths.voc(["report", store, "--format", "md", "--out", out])
        #expect(plain.exitCode == 0, "\(plain.transcript)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("| saves_time |"))
        let missing = try PackagePaths.voc(["report", store, "--format", "md", "--out", out, "--codebook", "nope.json"])
        #expect(missing.exitCode == 2 && missing.stderr.contains("no codebook at nope.json"), "\(missing.transcript)")
    }
}
