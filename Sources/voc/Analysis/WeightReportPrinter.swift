import SurveyAnalysis
import SurveyParser
import SurveyStatistics
import SurveyParser
import SurveyText

/// Formats a weighting's report as text tables, or as the JSON document stored with weight sets
/// (`WeightSetReport`, SurveyAnalysis).
struct WeightReportPrinter {
    let stored: WeightSetReport
    var report: WeightingReport { stored.report }
    var name: String { stored.name }
    var rows: Int { stored.rows }
    var secondsLoad: Double { stored.secondsLoad }
    var output: String? { stored.output }

    var json: JSONOutput { stored.json }

    var text: String {
        let f = { (value: Double) in TextTable.format(value) }
        var lines: [String] = []
        // Calibration to totals iterates Newton steps on totals; raking sweeps over category cells.
        let (totals, steps, misfit) =
            report.method.hasPrefix("calibrate-")
            ? (
                "calibration totals", "iteration(s)",
                "Largest misfit |target - achieved| / (1 + |target|) per iteration"
            )
            : ("cells", "sweep(s)", "Largest margin share error per sweep")
        lines.append(
            "Weight set '\(name)': \(report.method), \(rows) respondents, \(report.cellCount) \(totals), "
                + "\(report.sweeps) \(steps), " + (report.converged ? "converged" : "NOT converged"))
        lines.append(
            misfit + ": " + report.maxMarginErrorPerSweep.map { TextTable.format($0, digits: 3) }.joined(separator: " ")
        )
        var margins = TextTable(
            headers: ["variable", "level", "target", "achieved", "diff"],
            rightAligned: [false, false, true, true, true])
        for check in report.margins {
            margins.append([
                check.variable, check.level.isEmpty ? "(total)" : check.level, f(check.target), f(check.achieved),
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
        if s.min < 0 {
            lines.append(
                "Note: some weights are negative (smallest \(f(s.min))), as linear calibration without bounds can give "
                    + "(R's too); --bounds or --calfun raking keep them positive.")
        }
        if report.trimmedCount > 0 {
            lines.append("Trimmed \(report.trimmedCount) weight(s) in \(report.trimRounds) round(s).")
        }
        lines.append(
            "Time: load \(TextTable.format(secondsLoad, digits: 3)) s, weighting "
                + "\(TextTable.format(report.secondsWeighting, digits: 3)) s"
                + (stored.replicates.map {
                    ", \($0.count) replicates calibrated (total \(TextTable.format(stored.secondsTotal, digits: 3)) s)"
                } ?? ""))
        if let output { lines.append("Wrote \(output)") }
        return lines.joined(separator: "\n")
    }
}
