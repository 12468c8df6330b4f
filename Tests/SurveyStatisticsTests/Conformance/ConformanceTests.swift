import Foundation
import SurveyStatistics
import Testing

/// The conformance suite against R's `survey` package (issue 15, point 4): 240 seeded random designs
/// (`ConformanceDesign`: strata, one- and two-stage clusters, fpc, unequal weights, lonely PSUs under every rule,
/// domains with an empty level, missing values) and calibration problems, each computed by R (`conformance.R`, one
/// `Rscript` process for all designs) and by voc (`ConformanceVoc`), compared figure by figure: estimates to 1e-9
/// relative, SEs, interval ends and test statistics to 1e-7 relative (absolute floor 1e-11, for figures that are
/// 0 in exact arithmetic). It prints a summary table by category and fails on any mismatch, naming the seed.
///
/// Run alone: `swift test --filter Conformance`. `VOC_CONFORMANCE_R_RESULTS=FOLDER` keeps the generated designs
/// and R's output in FOLDER and reuses R's output when FOLDER already has it (delete `r-results.csv` after
/// changing the generator or the R script). Without `Rscript` or the survey package the test fails with the
/// install hint; it never skips.
///
/// Where the comparison asks R for something other than its default (each a documented definition in voc):
/// - `svyciprop(method = "mean")`: R's interval is clipped to [0, 1] before the comparison, as voc clips it
///   (`ShareIntervalMethod.mean`).
/// - Domain differences: R's `svyby(~y, ~dom, covmat = TRUE)` runs on the subset of rows with y answered (R
///   refuses `covmat` with missing values on a calibrated design); voc's domain means are available-case, so this
///   is the same estimate.
/// - Rao–Scott: both sides use the rows with both variables answered and the levels observed among them.
/// - Bootstrap: R draws the replicates (`as.svrepdesign(type = "bootstrap")`); voc takes R's replicate weights,
///   scale and rscales as supplied columns (voc's own draws come from its seeded generator).
/// - Likelihood share intervals are compared on linearisation designs only (R's `svyciprop` refits `svyglm` on
///   a replicate design).
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
            line("trimmed") { $0.trim == nil ? nil : $0.calibration },
            line("replicates") { $0.replication },
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
