extension SurveyWeighting {
    /// Calibration to the categorical margins and numeric totals of `request` by a distance function (R's
    /// `survey::calibrate(design, ~a + b + x, population, calfun =, bounds =)`; docs/methods.md §8.7), then the
    /// requested trimming.
    ///
    /// The model (`CalibrationModel`) has an intercept whose total is the population size (the common total of the
    /// categorical margins) when there is a categorical margin, one column per numeric total and the indicators of
    /// each categorical variable's levels but its first. The g-weights come from `CalibrationSolver`; the
    /// calibration record (`RegressionCalibrationAdjustment`) makes standard errors use the residuals of the
    /// calibration regression, as R's.
    /// - Throws: `WeightingError` for joint margins or post-stratification combined with a distance, a total of a
    ///   variable that is not numeric (located in the margins file), missing values, margins the data cannot meet,
    ///   collinear auxiliary variables, or (unless `failOnNonConvergence` is false) no convergence.
    static func calibrateToTotals(
        frame: SurveyFrame, startWeights: [Double], request: WeightingRequest, options: DistanceCalibration,
        started: Double
    ) throws -> WeightingOutcome {
        if request.poststratify != nil {
            throw WeightingError.invalidOption(
                "--poststrat cannot be combined with --calfun: choose post-stratification or calibration")
        }
        let margins = try request.margins.resolved(startTotal: startWeights.reduce(0, +))
        if let joint = margins.margins.first(where: { $0.variables.count != 1 }) {
            throw WeightingError.invalidOption(
                "joint margin '\(joint.variable)' cannot be used with --calfun; give one margin per variable")
        }
        var model = CalibrationModel(rowCount: frame.rowCount, intercept: !margins.margins.isEmpty)
        var population = margins.margins.first.map { [$0.total] } ?? []
        for total in margins.totals {
            let values: [Double]
            do { values = try frame.numeric(total.variable) } catch FrameError.notNumeric {
                throw WeightingError.totalNotNumeric(variable: total.variable, location: total.location)
            }
            let missing = values.reduce(0) { $0 + ($1.isNaN ? 1 : 0) }
            if missing > 0 { throw WeightingError.missingValues(variable: total.variable, count: missing) }
            model.addNumeric(values, variable: total.variable)
            population.append(total.total)
        }
        var levelColumns: [(variable: String, codes: [Int32], levels: [String], targets: [Double])] = []
        for margin in margins.margins {
            let column = try frame.categorical(margin.variable)
            let table = try CellTable(variables: [margin.variable], columns: [column], weights: startWeights)
            let resolved = try MarginMatching.resolve(
                margin, table: table, variableIndex: 0, dataLevels: table.levels[0])
            let present = Set(table.levelOfCell[0].map(Int.init)).sorted()
            let columns = Array(present.dropFirst())
            model.addFactor(
                codes: column.codes, labels: column.levels, variable: margin.variable, columnLevels: columns)
            population += columns.map { resolved.targets[$0] }
            levelColumns.append((margin.variable, column.codes, column.levels, resolved.targets))
        }
        let fit = try CalibrationSolver.fit(
            model: model, weights: startWeights, population: population, options: options)
        if !fit.converged && request.failOnNonConvergence {
            throw WeightingError.calibrationNotConverged(
                distance: options.distance, bounds: options.bounds, iterations: fit.iterations,
                misfit: fit.misfitPerIteration.last ?? .nan, term: model.terms[fit.worstColumn])
        }
        let adjustment = try RegressionCalibrationAdjustment(
            model: model, startWeights: startWeights, g: fit.g, inverse: fit.startInverse)
        var weights = adjustment.newWeights
        var checks: [MarginCheck] = []
        for (variable, codes, levels, targets) in levelColumns {
            var achieved = [Double](repeating: 0, count: levels.count)
            for (code, weight) in zip(codes, weights) { achieved[Int(code)] += weight }
            for level in levels.indices where targets[level] > 0 || achieved[level] > 0 {
                checks.append(
                    MarginCheck(
                        variable: variable, level: levels[level], target: targets[level], achieved: achieved[level]))
            }
        }
        for (index, total) in margins.totals.enumerated() {
            let values = model.numeric[index]
            var achieved = 0.0
            for (value, weight) in zip(values, weights) { achieved += value * weight }
            checks.append(MarginCheck(variable: total.variable, level: "", target: total.total, achieved: achieved))
        }
        let (trimmed, rounds) = Self.trim(&weights, request: request)
        let report = WeightingReport(
            method: "calibrate-\(options.distance.rawValue)", sweeps: fit.iterations, converged: fit.converged,
            maxMarginErrorPerSweep: fit.misfitPerIteration, margins: checks, summary: WeightSummary(weights),
            trimmedCount: trimmed, trimRounds: rounds, cellCount: model.columnCount,
            secondsWeighting: monotonicSeconds() - started)
        return WeightingOutcome(weights: weights, calibration: .regression(adjustment), report: report)
    }
}
