import Foundation
import SurveyStatistics
import SurveyText

/// Weighting the respondents of a CSV file (one row per respondent, a header row): `voc weight --data FILE`.
///
/// Loads the weighting variables (`columns`, categorical) and the design weight column (`designWeight`, numeric;
/// 1 for everyone without one), runs `request` (raking or post-stratification, then trimming) and, with `output`,
/// writes the data back with the new weights as column `name` (to a temporary file renamed into place, so a
/// failure leaves no partial file). Unconverged raking still returns its report; the caller decides.
public enum CSVWeighting {
    /// - Throws: `CSVError`s naming file, row and column; a `StudyError` when `output` is given and the data
    ///   already has a column `name`; the weighting's own errors (unknown variables, infeasible margins).
    public static func run(
        dataPath: String, designWeight: String?, columns: [String], request: WeightingRequest, name: String,
        output: String?, started: Date = Date()
    ) throws -> (report: WeightSetReport, converged: Bool) {
        let reader = try CSVReader(path: dataPath)
        if output != nil && reader.header.contains(name) {
            throw StudyError("\(dataPath): error: the data already has a column '\(name)'; choose another --name")
        }
        var seen = Set<String>()
        let requested = (columns + [designWeight].compactMap { $0 }).filter { seen.insert($0).inserted }
        let frame = try SurveyFrame(
            csv: reader,
            columns: requested.map { name in
                // Numeric totals (calibration to totals) are read as they are, so that a column that is not
                // numeric is refused by the calibration with the margins file's location.
                let numeric = request.margins.totals.contains { $0.variable == name }
                return CSVColumnRequest(name, name == designWeight ? .numeric : numeric ? .automatic : .categorical)
            })
        let start =
            try designWeight.map { try DesignColumns(weight: $0).design(frame: frame).weights }
            ?? Array(repeating: 1, count: frame.rowCount)
        let loaded = Date()
        let outcome = try SurveyWeighting.run(frame: frame, startWeights: start, request: request)
        if let output {
            try WeightedDataWriter.write(reader: reader, weights: outcome.weights, column: name, to: output)
        }
        let report = WeightSetReport(
            report: outcome.report, name: name, rows: frame.rowCount,
            secondsLoad: loaded.timeIntervalSince(started), secondsTotal: Date().timeIntervalSince(started),
            output: output)
        return (report, outcome.report.converged)
    }
}
