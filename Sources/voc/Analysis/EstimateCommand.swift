import ArgumentParser
import Foundation
import SurveyAnalysis
import SurveyParser
import SurveyStatistics
import SurveyText

extension VocCommand {
    /// `voc estimate`: weighted estimates with design-based standard errors, overall or by segment.
    struct Estimate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "estimate",
            abstract: "Weighted means, totals, shares, top-2-box, NPS and quantiles with standard errors.",
            discussion: """
                Standard errors by Taylor linearisation with strata, clusters and fpc, as R's survey package. \
                Segments (--by) are domains of the full design. Statistics (--stat, comma-separated): auto \
                (mean for numbers, shares for categories), mean, total, share, top2, nps, median, quartiles, \
                variance. --ratio NUM/DEN adds the ratio of two numeric variables' totals (R's svyratio,                 linearised as Cochran's ratio estimator). Intervals use Student's t with the design degrees of freedom (JSON also gives the normal \
                interval); shares and top-2-box use --ci (R's svyciprop methods, default logit, always inside \
                0-1), quantiles Woodruff's interval with --qrule (R's svyquantile rules, default math); the footer \
                and JSON's "interval" name the method of each interval. In segments, share and quantile \
                intervals use the segment's own degrees of freedom (R's svyby on a subset). With --margins the weights are first calibrated and the SEs account for it; so do they with \
                --weight-set on a STORE (the set's stored recipe is redone from the design weights). With \
                --replicates (made from the design) or --repweights (columns of --data, or respondent attributes of a STORE) every SE comes from \
                replicate weights as R's svrepdesign, and --margins recalibrates every replicate. Design \
                effects compare with simple random sampling without replacement from N = sum of weights (R's \
                default); weights that sum to the sample size use sampling with replacement. On a STORE, the \
                store counts responses per group of the variables, design and weights (GROUP BY) when every \
                variable is an attribute or a single-code or numeric question, so no response is read \
                (--read-responses reads them instead). Don't know and refused answers are missing.
                """)

        @OptionGroup var source: StudyOptions
        @OptionGroup var design: DesignOptions
        @OptionGroup var calibration: CalibrationOptions

        @Option(name: .customLong("var"), help: ArgumentHelp("Variable to estimate (repeatable).", valueName: "VAR"))
        var variables: [String] = []

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Segment variable: estimate in each of its levels.",
                valueName: "SEGMENT"))
        var by: String?

        @Flag(name: .long, help: "Also estimate the total of numeric variables.")
        var total = false

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Ratio of two numeric variables' weighted totals, Σwy/Σwx over rows with both (R's svyratio; "
                    + "repeatable).", valueName: "NUM/DEN"))
        var ratio: [String] = []

        /// The `--ratio` pairs (validated).
        var ratioPairs: [(numerator: String, denominator: String)] {
            ratio.compactMap { text in
                let parts = text.split(separator: "/", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty ? (parts[0], parts[1]) : nil
            }
        }

        @Option(name: .long, help: ArgumentHelp("Statistics to compute.", valueName: "LIST"))
        var stat: String = "auto"

        @Option(name: .customLong("scale-max"), help: "Top of the answer scale for top2 (default: largest value seen).")
        var scaleMax: Double?

        @Flag(name: .long, help: "With --by: differences between every pair of segments, with design-based SEs.")
        var compare = false

        @Flag(name: .long, help: "With --by: Rao-Scott adjusted chi-square test of segment x answer.")
        var chisq = false

        @Option(name: .long, help: "Confidence level of the intervals.")
        var level: Double = 0.95

        @OptionGroup var intervals: ShareIntervalOptions

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Quantile rule for median and quartiles: math, school or hf7 (R's svyquantile qrule).",
                valueName: "RULE"))
        var qrule: String = QuantileRule.math.rawValue

        @Flag(name: .long, help: "Print one JSON document instead of a table.")
        var json = false

        static let statistics: Set<String> = [
            "auto", "mean", "total", "share", "top2", "nps", "median", "quartiles",
            "variance",
        ]

        var statisticList: [String] { DesignOptions.split(stat) }

        func validate() throws {
            if variables.isEmpty && ratio.isEmpty {
                throw ValidationError("give at least one --var VAR or --ratio NUM/DEN")
            }
            if ratioPairs.count != ratio.count {
                throw ValidationError("--ratio takes two variables as NUM/DEN, e.g. --ratio revenue/employees")
            }
            if let unknown = statisticList.first(where: { !Self.statistics.contains($0) }) {
                throw ValidationError(
                    "unknown --stat '\(unknown)'; use: "
                        + Self.statistics.sorted().joined(separator: ", "))
            }
            if !(level > 0 && level < 1) { throw ValidationError("--level must be between 0 and 1") }
            if QuantileRule(rawValue: qrule) == nil {
                throw ValidationError("--qrule must be one of: \(QuantileRule.names) (got '\(qrule)')")
            }
            if (compare || chisq) && by == nil { throw ValidationError("--compare and --chisq need --by SEGMENT") }
            try source.check(design: design)
        }

        func run() async throws {
            let targets: MarginTargets?
            do {
                targets = try calibration.margins.map { try MarginTargets.load(path: $0) }
            } catch {
                throw CommandFailure.report(error)
            }
            var columns =
                variables + ratioPairs.flatMap { [$0.numerator, $0.denominator] } + [by].compactMap { $0 }
                + design.columns
            if let targets { columns += calibration.columns(for: targets) }
            var seen = Set<String>()
            let wanted = columns.filter { seen.insert($0).inserted }
            let study = try await StudyFrame.load(source.request(design: design, aggregate: true)) { _ in wanted }
            study.warnings.forEach(StandardError.print)
            let missing = wanted.filter { study.frame[$0] == nil }
            if let store = source.store, let first = missing.first {
                throw CommandFailure(
                    "\(store): error: no variable '\(first)' in the store (variables: survey "
                        + "columns, computed variables, segments, respondent attributes and mode)")
            }
            if !missing.isEmpty {
                throw CSVErrors(
                    missing.map { CSVError(file: source.csvPath, row: 1, column: 0, kind: .unknownColumn(name: $0)) })
            }
            let frame = study.frame
            var surveyDesign = study.design
            if let targets {
                let (calibrated, report) = try surveyDesign.calibratedWithReport(
                    to: calibration.request(targets: targets), frame: frame)
                surveyDesign = calibrated
                if report.method.hasPrefix("calibrate-") { StandardError.print(Self.convergenceNote(report)) }
            }
            var estimator = SurveyEstimator(frame: frame, design: surveyDesign)
            estimator.confidenceLevel = level
            estimator.shareInterval = intervals.method
            estimator.quantileRule = QuantileRule(rawValue: qrule) ?? .math
            var results = EstimateResults()
            for variable in variables {
                try results.add(variable: variable, estimator: estimator, command: self)
            }
            for pair in ratioPairs {
                for name in [pair.numerator, pair.denominator] where (try? frame.numeric(name)) == nil {
                    throw CommandFailure(
                        "\(study.source): error: --ratio \(pair.numerator)/\(pair.denominator): '\(name)' is not a "
                            + "numeric variable")
                }
                results.estimates += try estimator.ratio(pair.numerator, to: pair.denominator, by: by)
            }
            let printer = EstimatePrinter(results: results, design: surveyDesign, level: level)
            print(json ? printer.json.text : printer.text)
        }

        /// The line that reports a calibration to totals' convergence (on standard error, so that the table and the
        /// JSON stay as they are).
        static func convergenceNote(_ report: WeightingReport) -> String {
            let misfit = TextTable.format(report.maxMarginErrorPerSweep.last ?? 0, digits: 3)
            let outcome = report.converged ? "converged after" : "did NOT converge in"
            let negative =
                report.summary.min < 0
                ? "; some weights are negative (smallest \(TextTable.format(report.summary.min)))" : ""
            return "note: \(report.method) \(outcome) \(report.sweeps) iteration(s); largest misfit "
                + "|target - achieved| / (1 + |target|) = \(misfit)" + negative
        }
    }
}
