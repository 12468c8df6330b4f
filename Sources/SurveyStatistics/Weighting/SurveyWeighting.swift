#if canImport(Glibc)
    import Glibc
#endif

/// Weighting a frame to population margins: post-stratification or raking on the aggregated cell table, then
/// optional trimming. One pass over respondents builds the cell table, the calibration works on cells, one pass
/// maps weights back.
public enum SurveyWeighting {
    public static func run(
        frame: SurveyFrame, startWeights: [Double], request: WeightingRequest
    ) throws
        -> WeightingOutcome
    {
        let started = monotonicSeconds()
        if let trim = request.trim, trim.lower < 0 || trim.upper < trim.lower && !trim.upperIsRelative {
            throw WeightingError.invalidOption("trim bounds must be non-negative with LOW <= HIGH")
        }
        var seen = Set<String>()
        for margin in request.margins.margins where !seen.insert(margin.variable).inserted {
            throw WeightingError.duplicateMargin(variable: margin.variable)
        }
        if let distance = request.distance {
            return try calibrateToTotals(
                frame: frame, startWeights: startWeights, request: request, options: distance, started: started)
        }
        if let total = request.margins.totals.first {
            throw WeightingError.totalsNeedDistance(variable: total.variable)
        }
        let startTotal = startWeights.reduce(0, +)
        let margins = try request.margins.resolved(startTotal: startTotal)
        let variables: [String]
        if let post = request.poststratify {
            let joint = post.joined(separator: ":")
            guard margins.margins.contains(where: { $0.variable == joint }) else {
                throw WeightingError.invalidOption(
                    "the margins have no joint margin '\(joint)' for post-stratification")
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
                        "joint margin '\(margin.variable)' needs --poststrat \(margin.variables.joined(separator: ","))"
                    )
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
                throw WeightingError.notConverged(
                    sweeps: sweeps, maxError: errors.last ?? .nan,
                    variable: margin.name, level: margin.levels[result.worst.level])
            }
            factors = result.factors
            calibrationFactors = result.factorAfterMargin
            for margin in resolved {
                let achieved = Raking.achievedTotals(table: table, margin: margin, factors: factors)
                for level in margin.levels.indices where margin.targets[level] > 0 || achieved[level] > 0 {
                    checks.append(
                        MarginCheck(
                            variable: margin.name, level: margin.levels[level],
                            target: margin.targets[level], achieved: achieved[level]))
                }
            }
        }
        var weights = table.rowWeights(start: startWeights, factors: factors)
        let calibration: CalibrationStep
        if request.poststratify != nil {
            calibration = .postStratification(
                PostStratificationAdjustment(
                    cellOfRow: table.cellOfRow, cellCount: table.cellCount, oldWeights: startWeights,
                    newWeights: weights))
        } else {
            calibration = .raking(
                RakingAdjustment(
                    cellOfRow: table.cellOfRow, startWeights: startWeights, levelOfCell: table.levelOfCell,
                    levelCounts: table.levels.map(\.count), factorAfterMargin: calibrationFactors))
        }
        let (trimmed, rounds) = Self.trim(&weights, request: request)
        // Equal start weights and no trimming: every weight is determined by its cell, so summarise the cells.
        let summary: WeightSummary
        if request.trim == nil, let first = startWeights.first, !startWeights.contains(where: { $0 != first }) {
            summary = WeightSummary(values: factors.map { $0 * first }, counts: table.cellRows)
        } else {
            summary = WeightSummary(weights)
        }
        let report = WeightingReport(
            method: method, sweeps: sweeps, converged: converged, maxMarginErrorPerSweep: errors, margins: checks,
            summary: summary, trimmedCount: trimmed,
            trimRounds: rounds, cellCount: table.cellCount, secondsWeighting: monotonicSeconds() - started)
        return WeightingOutcome(weights: weights, calibration: calibration, report: report)
    }
}

extension SurveyWeighting {
    /// Trims `weights` as `request` asks (R's `trimWeights`, docs/methods.md §8.4); returns how many weights were
    /// trimmed and in how many rounds (0, 0 without trimming).
    static func trim(_ weights: inout [Double], request: WeightingRequest) -> (trimmed: Int, rounds: Int) {
        guard let bounds = request.trim else { return (0, 0) }
        let trim = bounds.resolved(meanWeight: weights.reduce(0, +) / Double(max(1, weights.count)))
        let result = WeightTrimming.trim(
            weights, lower: trim.lowerBound, upper: trim.upperBound, strict: request.strictTrim)
        weights = result.weights
        return (result.trimmed, result.rounds)
    }
}

/// Seconds from a monotonic clock.
func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}
