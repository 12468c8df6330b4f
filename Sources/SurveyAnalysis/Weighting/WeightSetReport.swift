public import SurveyStatistics
import SurveyText

/// The report stored with a weight set (and printed by `voc weight --json`): the weighting's outcome, the weights'
/// summary and, under `calibration`, the recipe that made them (`CalibrationRecipe`), which estimation reads back to
/// redo the calibration (`WeightSetDesign`). One writer for the stored format, whatever front end weights.
public struct WeightSetReport: Sendable {
    public var report: WeightingReport
    public var name: String
    public var rows: Int
    public var secondsLoad: Double
    public var secondsTotal: Double
    /// The file the weights were also written to (`voc weight --data --out`), if any.
    public var output: String?
    /// The recipe; nil omits `calibration` (weights that cannot be redone).
    public var recipe: CalibrationRecipe?
    /// The replicate weights saved with the set, if any (`replicates` in the JSON).
    public var replicates: WeightSetReplicates?

    /// The report as one JSON document: name, method, n, cells, sweeps, convergence and the largest margin error
    /// per sweep, timings, the weights' summary (quartiles, sum, Kish deff, effective sample size, cv), trimmed
    /// count, each margin's target and achieved total, output, the recipe under `calibration` and the saved replicate
    /// weights' constants under `replicates`.
    public var json: JSONOutput {
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
                    .objects(report.margins) { check in
                        [
                            ("variable", .string(check.variable)), ("level", .string(check.level)),
                            ("target", .number(check.target)), ("achieved", .number(check.achieved)),
                        ]
                    }
                ),
                ("output", .optional(output)),
            ] + (recipe.map { [("calibration", JSONOutput.raw($0.jsonText))] } ?? [])
                + (replicates.map { [("replicates", JSONOutput.raw($0.jsonText))] } ?? []))
    }
}
