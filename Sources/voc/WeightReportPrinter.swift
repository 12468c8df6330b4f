import SurveyStatistics
import SurveyParser

/// Formats a `WeightingReport` as text tables or one JSON document.
struct WeightReportPrinter {
    let report: WeightingReport
    let name: String
    let rows: Int
    let secondsLoad: Double
    let secondsTotal: Double
    let output: String?
    /// The recipe that made the weights (stored with a weight set so estimation can redo the calibration);
    /// written under `calibration` in the JSON, omitted when nil.
    var recipe: CalibrationRecipe? = nil

    var json: JSONOutput {
        let summary = report.summary
        return .object(
            [
                ("name", .string(name)),
                ("method", .string(report.method)),
                ("n", .integer(rows)),
                ("cells", .integer(report.cellCount)),
                ("sweeps", .integer(report.sweeps)),
                ("converged", .bool(report.converged)),
                ("max_margin_err", .number(report.maxMarginErrorPerSweep.last ?? 0)),
                ("max_margin_err_per_sweep", .array(report.maxMarginErrorPerSweep.map { .number($0) })),
                ("t_load", .number(secondsLoad)),
                ("t_rake", .number(report.secondsWeighting)),
                ("t_total", .number(secondsTotal)),
                ("w_min", .number(summary.min)),
                ("w_q1", .number(summary.q1)),
                ("w_median", .number(summary.median)),
                ("w_q3", .number(summary.q3)),
                ("w_max", .number(summary.max)),
                ("w_sum", .number(summary.sum)),
                ("w_sumsq", .number(summary.sumOfSquares)),
                ("w_mean", .number(summary.mean)),
                ("kish_deff", .number(summary.kishDeff)),
                ("ess", .number(summary.effectiveSampleSize)),
                ("cv", .number(summary.cv)),
                ("trimmed", .integer(report.trimmedCount)),
                (
                    "margins",
                    .array(
                        report.margins.map { check in
                            .object([
                                ("variable", .string(check.variable)), ("level", .string(check.level)),
                                ("target", .number(check.target)), ("achieved", .number(check.achieved)),
                            ])
                        })
                ),
                ("output", .optional(output)),
            ] + (recipe.map { [("calibration", JSONOutput.raw($0.jsonText))] } ?? []))
    }

    var text: String {
        let f = { (value: Double) in TextTable.format(value) }
        var lines = [
            "Weight set '\(name)': \(report.method), \(rows) respondents, \(report.cellCount) cells, "
                + "\(report.sweeps) sweep(s), " + (report.converged ? "converged" : "NOT converged")
        ]
        lines.append(
            "Largest margin share error per sweep: "
                + report.maxMarginErrorPerSweep.map { TextTable.format($0, digits: 3) }.joined(separator: " "))
        var margins = TextTable(
            headers: ["variable", "level", "target", "achieved", "diff"],
            rightAligned: [false, false, true, true, true])
        for check in report.margins {
            margins.append([
                check.variable, check.level, f(check.target), f(check.achieved),
                TextTable.format(check.achieved - check.target, digits: 3),
            ])
        }
        lines += ["", margins.rendered, ""]
        let s = report.summary
        var weights = TextTable(
            headers: ["min", "q1", "median", "q3", "max", "sum", "kish deff", "ess", "cv"],
            rightAligned: Array(repeating: true, count: 9))
        weights.append([s.min, s.q1, s.median, s.q3, s.max, s.sum, s.kishDeff, s.effectiveSampleSize, s.cv].map(f))
        lines.append(weights.rendered)
        if report.trimmedCount > 0 {
            lines.append("Trimmed \(report.trimmedCount) weight(s) in \(report.trimRounds) round(s).")
        }
        lines.append(
            "Time: load \(TextTable.format(secondsLoad, digits: 3)) s, weighting "
                + "\(TextTable.format(report.secondsWeighting, digits: 3)) s")
        if let output { lines.append("Wrote \(output)") }
        return lines.joined(separator: "\n")
    }
}
