#if canImport(Glibc)
import Glibc
#endif

/// What `SurveyWeighting.run` should do.
public struct WeightingRequest: Sendable {
    public var margins: MarginTargets
    /// Post-stratify on the joint table of these variables (the margins must hold the joint margin `a:b`);
    /// nil to rake on all margins.
    public var poststratify: [String]?
    public var raking: RakingOptions
    /// Trim the final weights to these bounds with redistribution (R `trimWeights`).
    public var trim: ClosedRange<Double>?
    public var strictTrim: Bool
    /// Throw on non-convergence (default); otherwise return with `converged == false` in the report.
    public var failOnNonConvergence: Bool

    public init(margins: MarginTargets, poststratify: [String]? = nil, raking: RakingOptions = RakingOptions(),
                trim: ClosedRange<Double>? = nil, strictTrim: Bool = false, failOnNonConvergence: Bool = true) {
        self.margins = margins
        self.poststratify = poststratify
        self.raking = raking
        self.trim = trim
        self.strictTrim = strictTrim
        self.failOnNonConvergence = failOnNonConvergence
    }
}

/// Achieved against target for one level of one margin.
public struct MarginCheck: Sendable, Equatable {
    public var variable: String
    public var level: String
    public var target: Double
    public var achieved: Double
}

/// Everything `voc weight` reports about a run.
public struct WeightingReport: Sendable {
    public var method: String
    public var sweeps: Int
    public var converged: Bool
    public var maxMarginErrorPerSweep: [Double]
    public var margins: [MarginCheck]
    public var summary: WeightSummary
    public var startSummary: WeightSummary
    public var trimmedCount: Int
    public var trimRounds: Int
    public var cellCount: Int
    /// Seconds spent aggregating, calibrating and mapping weights back (after loading).
    public var secondsWeighting: Double
}

/// The result: new weights, the calibration record for SEs, and the report.
public struct WeightingOutcome: Sendable {
    public var weights: [Double]
    public var calibration: CalibrationStep
    public var report: WeightingReport

    /// The design with the calibration applied (and the trimmed weights, when trimming was requested).
    public func apply(to design: SurveyDesign) -> SurveyDesign {
        design.calibrated(by: calibration).replacingWeights(weights)
    }
}

/// Weighting a frame to population margins: post-stratification or raking on the aggregated cell table, then
/// optional trimming. One pass over respondents builds the cell table, the calibration works on cells, one pass
/// maps weights back.
public enum SurveyWeighting {
    public static func run(frame: SurveyFrame, startWeights: [Double], request: WeightingRequest) throws
        -> WeightingOutcome
    {
        let started = monotonicSeconds()
        if let trim = request.trim, trim.lowerBound < 0 {
            throw WeightingError.invalidOption("trim bounds must be non-negative")
        }
        var seen = Set<String>()
        for margin in request.margins.margins where !seen.insert(margin.variable).inserted {
            throw WeightingError.duplicateMargin(variable: margin.variable)
        }
        let startTotal = startWeights.reduce(0, +)
        let margins = try request.margins.resolved(startTotal: startTotal)
        let variables: [String]
        if let post = request.poststratify {
            let joint = post.joined(separator: ":")
            guard margins.margins.contains(where: { $0.variable == joint }) else {
                throw WeightingError.invalidOption("the margins have no joint margin '\(joint)' for post-stratification")
            }
            if let other = margins.margins.first(where: { $0.variable != joint }) {
                throw WeightingError.invalidOption(
                    "margin '\(other.variable)' is not used by post-stratification on '\(joint)'")
            }
            variables = post
        } else {
            var ordered: [String] = []
            for margin in margins.margins {
                if margin.variables.count != 1 {
                    throw WeightingError.invalidOption(
                        "joint margin '\(margin.variable)' needs --poststrat \(margin.variables.joined(separator: ","))")
                }
                ordered.append(margin.variable)
            }
            variables = ordered
        }
        let columns = try variables.map { try frame.categorical($0) }
        let table = try CellTable(variables: variables, columns: columns, weights: startWeights)
        let factors: [Double]
        let calibrationFactors: [[Double]]
        var sweeps = 1
        var converged = true
        var errors: [Double] = []
        var checks: [MarginCheck] = []
        let method: String
        if request.poststratify != nil {
            method = "poststratify"
            let margin = margins.margins[0]
            factors = try PostStratification.factors(table: table, margin: margin)
            calibrationFactors = [factors]
            var achieved = [Double](repeating: 0, count: table.cellCount)
            for cell in 0..<table.cellCount { achieved[cell] = table.cellWeight[cell] * factors[cell] }
            for (level, target) in zip(margin.levels, margin.targets) {
                let value = (0..<table.cellCount).filter { cell in
                    table.variables.indices.map { table.levels[$0][Int(table.levelOfCell[$0][cell])] }
                        .joined(separator: ":") == level
                }.reduce(0.0) { $0 + achieved[$1] }
                checks.append(MarginCheck(variable: margin.variable, level: level, target: target, achieved: value))
            }
            let total = margin.total
            errors = [checks.map { abs($0.achieved - $0.target) / total }.max() ?? 0]
        } else {
            method = "rake"
            let resolved = try resolve(margins, table: table)
            let result = Raking.rake(table: table, margins: resolved, options: request.raking)
            sweeps = result.sweeps
            converged = result.converged
            errors = result.maxMarginErrorPerSweep
            if !converged && request.failOnNonConvergence {
                let margin = resolved[result.worst.margin]
                throw WeightingError.notConverged(sweeps: sweeps, maxError: errors.last ?? .nan,
                                                  variable: margin.name, level: margin.levels[result.worst.level])
            }
            factors = result.factors
            calibrationFactors = result.factorAfterMargin
            for margin in resolved {
                let achieved = Raking.achievedTotals(table: table, margin: margin, factors: factors)
                for level in margin.levels.indices where margin.targets[level] > 0 || achieved[level] > 0 {
                    checks.append(MarginCheck(variable: margin.name, level: margin.levels[level],
                                              target: margin.targets[level], achieved: achieved[level]))
                }
            }
        }
        var weights = table.rowWeights(start: startWeights, factors: factors)
        let calibration: CalibrationStep
        if request.poststratify != nil {
            calibration = .postStratification(PostStratificationAdjustment(
                cellOfRow: table.cellOfRow, cellCount: table.cellCount, oldWeights: startWeights, newWeights: weights))
        } else {
            calibration = .raking(RakingAdjustment(
                cellOfRow: table.cellOfRow, startWeights: startWeights, levelOfCell: table.levelOfCell,
                levelCounts: table.levels.map(\.count), factorAfterMargin: calibrationFactors))
        }
        var trimmed = 0
        var rounds = 0
        if let trim = request.trim {
            let result = WeightTrimming.trim(weights, lower: trim.lowerBound, upper: trim.upperBound,
                                             strict: request.strictTrim)
            weights = result.weights
            trimmed = result.trimmed
            rounds = result.rounds
        }
        let report = WeightingReport(
            method: method, sweeps: sweeps, converged: converged, maxMarginErrorPerSweep: errors, margins: checks,
            summary: WeightSummary(weights), startSummary: WeightSummary(startWeights), trimmedCount: trimmed,
            trimRounds: rounds, cellCount: table.cellCount, secondsWeighting: monotonicSeconds() - started)
        return WeightingOutcome(weights: weights, calibration: calibration, report: report)
    }
}

/// Seconds from a monotonic clock.
func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}
