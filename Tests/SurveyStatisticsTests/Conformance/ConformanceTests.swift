import Foundation
import SurveyStatistics
import Testing

/// The conformance suite against R's `survey` package (issue 15, point 4): 240 seeded random designs
/// (`ConformanceDesign`: SRS, stratified, one- and two-stage clusters, BRR pairs; fpc, unequal weights, lonely PSUs,
/// a domain level that may be empty, missing values) with random calibration problems (raking, post-stratification,
/// linear, raking and logit calibration with bounds, trimming once or strictly) and replicate weights (JK1, JKn,
/// BRR and Fay made by voc, bootstrap drawn by R; centred on the replicates' mean or, `mse`, on the estimate), each
/// computed by R (`conformance.R`, one `Rscript` process for all designs) and
/// by voc (`ConformanceVoc`), compared figure by figure (`ConformanceComparison`): estimates to 1e-9 relative, SEs,
/// interval ends and test statistics to 1e-7 relative (absolute floor 1e-11, for figures that are 0 in exact
/// arithmetic). It prints a summary table by category and the design mix, and fails on any mismatch, naming the
/// design's seed. Figures: means, totals, shares and their `svyciprop` intervals (all six methods), quantiles with
/// Woodruff intervals, ratios (`svyratio`), NPS (`svycontrast`), all of these by domain, domain differences of
/// means and NPS with the Wald test of equal domains (`regTermTest`), the Rao–Scott test (first and second
/// order), the calibrated weights' sum and `degf`.
///
/// Run alone: `swift test --filter SurveyStatisticsTests.ConformanceTests` (`--filter Conformance` also runs the
/// store conformance tests). `VOC_CONFORMANCE_R_RESULTS=FOLDER` keeps the generated designs, R's output and the
/// list of mismatches (`mismatches.txt`) in FOLDER and reuses R's output when FOLDER already has it (delete
/// `r-results.csv` after changing the generator or the R script). Without `Rscript` or the survey package the test
/// fails with the install hint; it never skips.
///
/// Where the suite asks R for something other than its plain call, so as to compute voc's documented definition
/// (every case here; `conformance.R` says why at each place):
/// - `svyciprop(method = "mean")`: R's interval is clipped to [0, 1], as voc clips it (`ShareIntervalMethod`).
/// - `svyciprop(method = "asin")`: the angle interval is clipped to [0, π/2] before sin², as voc (`ShareInterval`);
///   R folds an angle below 0 back above p̂.
/// - Rao–Scott: Pearson's X² is scaled to voc's N, the rows with both variables answered (R's N is `nrow`,
///   counting rows with a missing value); F, its degrees of freedom and both p-values are R's own.
/// - Domain differences: on calibrated designs from `svyglm(y ~ 0 + dom)` (R's `svyby(covmat = TRUE)` fails on
///   raked and post-stratified designs), on the rows with y answered, whose NA are set to 0 where R keeps them
///   with weight 0; on a replicate design where a domain is empty in some replicate, R's replicate estimates are
///   combined by voc's rule (`ReplicateWeights.covariance`: such a replicate is left out per estimate pair, where
///   `svrVar` drops it for every domain).
/// - Share intervals by the logit and likelihood methods on a calibrated or replicate design with missing values
///   (where `svyglm` fails): on the answered rows, NA set to 0 with weight 0; R's logit fits run to glm epsilon
///   1e-14 (R's default 1e-8 leaves errors of about 1e-8 in p̂), and the likelihood interval ends are compared at
///   5e-7 (R's profile takes its scale from glm's last iteration at the default tolerance).
/// - Lonely-PSU `average` is used on calibrated designs only (`ConformanceDesign.lonelyRules`: R's `average` on a
///   row-dropping subset counts only the strata left). `adjust` (a lonely PSU's total uncentred, as R's
///   `onestrat`) is compared everywhere, totals included.
/// - Bootstrap: R draws the replicates (`as.svrepdesign(type = "bootstrap")`); voc takes R's replicate weights,
///   scale and rscales as supplied columns (voc's own draws come from its seeded generator, so cannot match).
///
/// Not compared, and counted as `skipped` in the table (R has no definite figure): logit intervals where glm cannot
/// fit (negative calibrated weights; df = 1, where `confint.svyglm` rounds its t level to 1; a share of 0 or 1 in
/// the design, the domain or a replicate; a replicate fit that fails), Woodruff intervals where F(q̂) = 1 with zero
/// SE (R's upper end then depends on rounding noise), the likelihood interval on calibrated and replicate designs,
/// the Wald test where the contrasts' covariance is singular (fewer degrees of freedom than domains) or where a
/// domain is empty in some replicate (voc's replicate rule above).
@Suite("Conformance with R's survey package")
struct ConformanceTests {
    static let designCount = 240
    static let firstSeed: UInt64 = 15_000
    static let installHint =
        "the conformance suite needs R and its survey package: apt-get install r-base-core r-cran-survey"

    @Test func randomDesignsMatchR() throws {
        let started = Date()
        let designs = (0..<Self.designCount).map { ConformanceDesign(index: $0, seed: Self.firstSeed + UInt64($0)) }
        let folder: URL
        if let kept = ProcessInfo.processInfo.environment["VOC_CONFORMANCE_R_RESULTS"], !kept.isEmpty {
            folder = URL(fileURLWithPath: kept)
        } else {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("voc-conformance-\(UUID())")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let resultsFile = folder.appendingPathComponent("r-results.csv")
        var rSeconds = 0.0
        if !FileManager.default.fileExists(atPath: resultsFile.path) {
            for design in designs { try ConformanceFiles.writeData(design, to: folder) }
            try ConformanceFiles.writeJobs(designs, to: folder)
            let rStarted = Date()
            try Self.runR(folder: folder)
            rSeconds = Date().timeIntervalSince(rStarted)
        }
        let rFigures = try ConformanceFiles.readResults(folder)
        let vocStarted = Date()
        var comparison = ConformanceComparison()
        for design in designs {
            let bootstrap =
                design.replication == "bootstrap" ? try? ConformanceFiles.readBootstrap(folder, seed: design.seed) : nil
            let voc = ConformanceVoc(design).compute(bootstrap: bootstrap)
            comparison.compare(seed: design.seed, r: rFigures[design.seed] ?? [], voc: voc)
        }
        let vocSeconds = Date().timeIntervalSince(vocStarted)
        print(comparison.table())
        print(Self.mix(designs))
        let seconds = { (value: Double) in String(format: "%.1f s", value) }
        print(
            "conformance: \(designs.count) designs, R \(rSeconds == 0 ? "reused" : seconds(rSeconds)), voc "
                + "\(seconds(vocSeconds)), total \(seconds(Date().timeIntervalSince(started))); data in \(folder.path)")
        for mismatch in comparison.mismatches.prefix(60) { Issue.record("\(mismatch)") }
        try? (comparison.mismatches.joined(separator: "\n") + "\n").write(
            to: folder.appendingPathComponent("mismatches.txt"), atomically: true, encoding: .utf8)
        let mismatches = comparison.mismatches.count
        #expect(mismatches == 0, "mismatches with R (the first 60 are listed above)")
        if comparison.mismatches.isEmpty && ProcessInfo.processInfo.environment["VOC_CONFORMANCE_R_RESULTS"] == nil {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// What the designs cover, one line per aspect with the number of designs of each kind.
    static func mix(_ designs: [ConformanceDesign]) -> String {
        func line(_ title: String, _ key: (ConformanceDesign) -> String?) -> String {
            var counts: [String: Int] = [:]
            for design in designs { if let value = key(design) { counts[value, default: 0] += 1 } }
            return "\(title): "
                + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        return [
            line("structure") { "\($0.structure)" }, line("fpc") { $0.fpc ? "yes" : "no" },
            line("lonely stratum") { $0.hasLonelyStratum ? $0.lonely.rawValue : nil },
            line("calibration") { $0.calibration + ($0.bounds == nil ? "" : " bounded") },
            line("trimmed") { $0.trim == nil ? nil : $0.calibration + ($0.strictTrim ? " strict" : "") },
            line("replicates") { $0.replication + ($0.mse ? " mse" : "") },
            line("empty domain level") { Set($0.dom.filter { $0 >= 0 }).count < 4 ? "yes" : nil },
            line("rows") { $0.n < 100 ? "<100" : $0.n < 200 ? "100-199" : "200+" },
        ].joined(separator: "\n")
    }

    /// Runs `Rscript conformance.R FOLDER` once for every design.
    static func runR(folder: URL) throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("conformance.R")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["Rscript", script.path, folder.path]
        let errors = Pipe()
        process.standardError = errors
        do { try process.run() } catch {
            Issue.record("cannot start Rscript (\(error)); \(installHint)")
            throw ConformanceError("Rscript missing")
        }
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Issue.record("Rscript failed (status \(process.terminationStatus)): \(stderr.suffix(2000))\n\(installHint)")
            throw ConformanceError("Rscript failed")
        }
    }
}
