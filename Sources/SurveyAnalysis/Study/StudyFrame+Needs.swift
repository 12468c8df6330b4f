public import SurveyModel
public import SurveyStatistics

extension StudyFrame {
    /// The need batteries of `survey` (importance, ranking, MaxDiff, Kano, matrix) whose columns are all in the
    /// frame, and a warning for each battery left out because the data lacks some of its columns.
    /// - Throws: `StudyError` naming every problem at once: an unknown segment or outcome variable (listing the
    ///   available columns), or no battery with its columns in the data.
    public func needBatteries(
        of survey: Survey, by segment: String, outcome: String?
    ) throws
        -> (batteries: [NeedBattery], warnings: [String])
    {
        let present = Set(available)
        var problems: [String] = []
        if !present.contains(segment) {
            problems.append(
                "\(source): error: unknown segment variable '\(segment)'; available: " + Self.listing(available))
        }
        if let outcome, !present.contains(outcome) {
            problems.append("\(source): error: unknown outcome variable '\(outcome)'")
        }
        if !problems.isEmpty { throw StudyError(problems.joined(separator: "\n")) }
        var batteries: [NeedBattery] = []
        var warnings: [String] = []
        for battery in NeedBattery.batteries(in: survey) {
            let missing = battery.columns.filter { !present.contains($0) }
            if missing.isEmpty {
                batteries.append(battery)
            } else {
                warnings.append(
                    "\(battery.id): skipped, the data lacks \(missing.count) of its columns (first: \(missing[0]))")
            }
        }
        if batteries.isEmpty {
            throw StudyError(
                "\(source): error: no need battery (importance, ranking, maxdiff, kano, matrix) of survey "
                    + "\(survey.id) has its columns in the data")
        }
        return (batteries, warnings)
    }

    /// Column names for a message: all of them up to 30, else the first 30 and the count.
    public static func listing(_ names: [String]) -> String {
        names.count <= 30
            ? names.joined(separator: ", ")
            : names.prefix(30).joined(separator: ", ") + ", … (\(names.count) columns)"
    }
}

extension StudyFrame {
    /// The need priorities of `survey`'s batteries by segment `by` (`NeedsAnalysis`, docs/methods.md §3), with the
    /// frame's design; the warnings of choosing the batteries come first in the report's warnings.
    /// - Throws: `StudyError` for an unknown segment or outcome, and the analysis's own errors.
    public func needsReport(
        of survey: Survey, by: String, outcome: String?, options: NeedsAnalysis.Options
    ) throws -> NeedsReport {
        let (batteries, warnings) = try needBatteries(of: survey, by: by, outcome: outcome)
        var report = try NeedsAnalysis.run(
            estimator: SurveyEstimator(frame: frame, design: design), segment: by, batteries: batteries,
            options: options)
        report.warnings = warnings + report.warnings
        return report
    }
}
