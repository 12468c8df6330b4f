import Foundation
import SurveyStatistics

/// The files shared with `conformance.R`: each design's data (`design-SEED.csv`), the job list (`jobs.csv`), R's
/// figures (`r-results.csv`) and R's bootstrap replicate weights (`boot-SEED.csv`, `boot-SEED-scale.csv`).
enum ConformanceFiles {
    /// A number as R reads it back exactly (Swift's shortest round-trip form); empty for missing.
    static func number(_ value: Double) -> String { value.isNaN ? "" : "\(value)" }

    static func code(_ value: Int, _ labels: [String]) -> String { value < 0 ? "" : labels[value] }

    static func writeData(_ design: ConformanceDesign, to folder: URL) throws {
        var lines = ["stratum,psu,ssu,fpc1,fpc2,w,y,x,b,nps,cat,dom,r1,r2"]
        lines.reserveCapacity(design.n + 1)
        for row in 0..<design.n {
            let fields = [
                "s\(design.stratum[row] + 1)", "p\(design.psu[row] + 1)", "q\(design.ssu[row] + 1)",
                number(design.fpc1[row]), number(design.fpc2[row]), number(design.w[row]), number(design.y[row]),
                number(design.x[row]), number(design.b[row]), number(design.nps[row]),
                code(design.cat[row], ["A", "B", "C"]), code(design.dom[row], ["d1", "d2", "d3", "d4"]),
                code(design.r1[row], ["a", "b", "c"]), code(design.r2[row], ["u", "v"]),
            ]
            lines.append(fields.joined(separator: ","))
        }
        try (lines.joined(separator: "\n") + "\n").write(
            to: folder.appendingPathComponent("design-\(design.seed).csv"), atomically: true, encoding: .utf8)
    }

    static let jobHeader = [
        "seed", "strata", "stages", "fpc", "lonely", "calibration", "replication", "rho", "trim_lo", "trim_hi",
        "bound_lo", "bound_hi", "t_a", "t_b", "t_c", "t_u", "t_v", "t_au", "t_bu", "t_cu", "t_av", "t_bv", "t_cv",
        "t_x", "strict", "mse",
    ]

    static func jobLine(_ design: ConformanceDesign) -> String {
        let trim: [String] = design.trim.map { [number($0.0), number($0.1)] } ?? ["NA", "NA"]
        let bounds: [String] = design.bounds.map { [number($0.0), number($0.1)] } ?? ["NA", "NA"]
        let structure: [String] = [
            "\(design.seed)", design.isStratified ? "1" : "0", "\(design.stages)", design.fpc ? "1" : "0",
            design.lonely.rawValue, design.calibration, design.replication, number(design.rho),
        ]
        var targets: [Double] = design.r1Targets + design.r2Targets
        targets += design.jointTargets
        targets.append(design.xTotal)
        let fields: [String] =
            structure + trim + bounds + targets.map { number($0) }
            + [design.strictTrim, design.mse].map { $0 ? "1" : "0" }
        return fields.joined(separator: ",")
    }

    static func writeJobs(_ designs: [ConformanceDesign], to folder: URL) throws {
        let lines = [jobHeader.joined(separator: ",")] + designs.map(jobLine)
        try (lines.joined(separator: "\n") + "\n").write(
            to: folder.appendingPathComponent("jobs.csv"), atomically: true, encoding: .utf8)
    }

    /// R's figures by seed.
    static func readResults(_ folder: URL) throws -> [UInt64: [ConformanceFigure]] {
        let text = try String(contentsOf: folder.appendingPathComponent("r-results.csv"), encoding: .utf8)
        var result: [UInt64: [ConformanceFigure]] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let parts = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 5, let seed = UInt64(parts[0]) else { continue }
            let value = Double(parts[4]) ?? .nan
            result[seed, default: []].append(
                ConformanceFigure(category: parts[1], item: parts[2], kind: parts[3], value: value))
        }
        return result
    }

    /// R's bootstrap replicates of a design: the combined replicate weights (one column per replicate), scale and
    /// rscales.
    static func readBootstrap(
        _ folder: URL, seed: UInt64
    ) throws -> (
        columns: [[Double]], scale: Double, rscales: [Double]
    ) {
        let text = try String(contentsOf: folder.appendingPathComponent("boot-\(seed).csv"), encoding: .utf8)
        let rows = text.split(separator: "\n").map { line in line.split(separator: ",").map { Double($0) ?? .nan } }
        let count = rows.first?.count ?? 0
        let columns = (0..<count).map { r in rows.map { $0[r] } }
        let constants = try String(contentsOf: folder.appendingPathComponent("boot-\(seed)-scale.csv"), encoding: .utf8)
            .split(separator: "\n").compactMap { Double($0) }
        return (columns, constants.first ?? .nan, Array(constants.dropFirst()))
    }
}

/// One figure of one design: a category of the summary table (`mean`, `ciprop logit`, ...), the item within it
/// (a domain, a level, a quantile), its kind (`est`, `se`, `ci`, `stat`, or `error` for a failure) and its value.
struct ConformanceFigure: Sendable, Equatable {
    var category: String
    var item: String
    var kind: String
    var value: Double
}
