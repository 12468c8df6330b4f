import Foundation

/// R's figures against voc's, with the summary table by category.
///
/// A figure matches when both are NaN (R's NA: for example an SE on a replicate design whose domain is empty in a
/// replicate), when both are the same infinity, or when |voc − R| ≤ max(tolerance·|R|, 1e-11) with tolerance 1e-9
/// for estimates (`est`) and 1e-7 for SEs, interval ends and test statistics (`se`, `ci`, `stat`; see `tolerance`
/// for the one exception). A figure only
/// one side has, and any error, is a mismatch.
struct ConformanceComparison {
    struct Row {
        var designs = Set<UInt64>()
        var figures = 0
        var mismatches = 0
        var worstEstimate = 0.0
        var worstSE = 0.0
        var example: UInt64?
        /// Designs where R's figure is undefined and the category was not compared (`skip` from conformance.R).
        var skipped = 0
    }

    static let estimateTolerance = 1e-9
    static let seTolerance = 1e-7
    static let absoluteFloor = 1e-11

    /// 1e-9 for estimates, 1e-7 for the rest, except 5e-7 for the ends of the likelihood share interval: R's
    /// profile takes its Rao–Scott scale from the working weights of glm's last iteration at glm's default
    /// tolerance (a relative deviance change of 1e-8), which voc reproduces only up to that tolerance.
    static func tolerance(category: String, kind: String) -> Double {
        if kind == "ci" && category.hasSuffix("ciprop likelihood") { return 5e-7 }
        return kind == "est" ? estimateTolerance : seTolerance
    }

    private(set) var rows: [String: Row] = [:]
    private(set) var mismatches: [String] = []

    /// |voc − R| / |R| (0 when both are NaN or the same infinity, or equal; infinite against an R of 0).
    static func relativeError(_ voc: Double, _ r: Double) -> Double {
        if voc.isNaN && r.isNaN { return 0 }
        if voc.isInfinite || r.isInfinite { return voc == r ? 0 : .infinity }
        let difference = abs(voc - r)
        if difference == 0 { return 0 }
        return r == 0 ? .infinity : difference / abs(r)
    }

    /// Whether voc's figure matches R's: within `tolerance` relative, or within the absolute floor (for figures
    /// near 0, whose relative error says nothing).
    static func matches(_ voc: Double, _ r: Double, tolerance: Double) -> Bool {
        relativeError(voc, r) <= tolerance || abs(voc - r) <= absoluteFloor
    }

    mutating func compare(seed: UInt64, r: [ConformanceFigure], voc: [ConformanceFigure]) {
        var vocByKey: [String: Double] = [:]
        for figure in voc where figure.kind != "error" {
            vocByKey["\(figure.category)|\(figure.item)|\(figure.kind)"] = figure.value
        }
        var seen = Set<String>()
        // A `skip` figure names a category and the first word of the items it covers ("b", or a domain).
        let skipped = Set(r.filter { $0.kind == "skip" }.map { Self.skipKey($0) })
        for category in Set(r.filter { $0.kind == "skip" }.map(\.category)) {
            rows[category, default: Row()].skipped += 1
        }
        for figure in r + voc where figure.kind == "error" {
            record(seed, figure.category, kind: "est", error: 0, ok: false, "\(figure.item)")
        }
        for figure in r where figure.kind != "error" && figure.kind != "skip" {
            let key = "\(figure.category)|\(figure.item)|\(figure.kind)"
            seen.insert(key)
            guard let value = vocByKey[key] else {
                if voc.contains(where: { $0.category == figure.category && $0.kind == "error" }) { continue }
                record(seed, figure.category, kind: figure.kind, error: 0, ok: false, "\(figure.item) missing in voc")
                continue
            }
            let error = Self.relativeError(value, figure.value)
            let tolerance = Self.tolerance(category: figure.category, kind: figure.kind)
            // The table's largest relative errors leave out figures whose R value is within the absolute floor
            // of 0 (their relative error is meaningless); a mismatch among them is still counted.
            record(
                seed, figure.category, kind: figure.kind, error: abs(figure.value) > Self.absoluteFloor ? error : 0,
                ok: Self.matches(value, figure.value, tolerance: tolerance),
                "\(figure.item) \(figure.kind): voc \(value) R \(figure.value) (relative \(error))")
        }
        let rFailed = Set(r.filter { $0.kind == "error" }.map(\.category))
        for figure in voc where figure.kind != "error" {
            let key = "\(figure.category)|\(figure.item)|\(figure.kind)"
            if seen.contains(key) || rFailed.contains(figure.category) || rFailed.contains("design")
                || skipped.contains(Self.skipKey(figure))
            {
                continue
            }
            record(seed, figure.category, kind: figure.kind, error: 0, ok: false, "\(figure.item) missing in R")
        }
    }

    static func skipKey(_ figure: ConformanceFigure) -> String {
        "\(figure.category)|\(figure.item.split(separator: " ").first ?? "")"
    }

    private mutating func record(
        _ seed: UInt64, _ category: String, kind: String, error: Double, ok: Bool, _ what: String
    ) {
        var row = rows[category, default: Row()]
        row.designs.insert(seed)
        row.figures += 1
        if kind == "est" {
            row.worstEstimate = max(row.worstEstimate, error)
        } else {
            row.worstSE = max(row.worstSE, error)
        }
        if !ok {
            row.mismatches += 1
            if row.example == nil { row.example = seed }
            mismatches.append("seed \(seed) \(category): \(what)")
        }
        rows[category] = row
    }

    /// The summary: one line per category with designs, figures, mismatches, the largest relative errors and the
    /// first mismatching seed.
    func table() -> String {
        func number(_ value: Double) -> String { value == 0 ? "0" : String(format: "%.1e", value) }
        var lines = [
            "category                 designs  skipped  figures  mismatches  max rel (est)  max rel (se/ci)  example seed",
            String(repeating: "-", count: 108),
        ]
        for (category, row) in rows.sorted(by: { $0.key < $1.key }) {
            lines.append(
                category.padding(toLength: 24, withPad: " ", startingAt: 0)
                    + String(
                        format: " %7d  %7d  %7d  %10d", row.designs.count, row.skipped, row.figures, row.mismatches)
                    + "  " + number(row.worstEstimate).padding(toLength: 13, withPad: " ", startingAt: 0)
                    + "  " + number(row.worstSE).padding(toLength: 15, withPad: " ", startingAt: 0)
                    + "  " + (row.example.map { "\($0)" } ?? "-"))
        }
        let total = rows.values.reduce(0) { $0 + $1.figures }
        lines.append(String(repeating: "-", count: 108))
        lines.append("all categories: \(total) figures, \(mismatches.count) mismatches")
        return lines.joined(separator: "\n")
    }
}
