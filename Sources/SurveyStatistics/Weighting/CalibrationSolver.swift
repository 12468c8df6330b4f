/// The g-weights of a calibration to totals, as R's `survey::calibrate` computes them (Deville & Särndal 1992;
/// Lumley's `regcalibrate` and `grake`). docs/methods.md §8.7.
///
/// With start weights w, auxiliary rows xᵢ (`CalibrationModel`) and population totals T, it finds gᵢ = F(xᵢᵀλ)
/// (`CalibrationDistance`) with Σ wᵢgᵢxᵢ = T:
///
/// - **linear, no bounds** (GREG, R's `regcalibrate`): in one step, λ = (Σ wᵢxᵢxᵢᵀ)⁻¹(T − t̂) with t̂ = Σ wᵢxᵢ, and
///   gᵢ = 1 + xᵢᵀλ (g may be negative).
/// - **otherwise** (R's `grake`): Newton's method from λ = 0. Each iteration forms the misfit m = T − t̂ − Σ wᵢ(gᵢ − 1)xᵢ
///   and the matrix M = Σ wᵢF′(uᵢ)xᵢxᵢᵀ, steps λ ← λ + M⁻m (M⁻ = M⁻¹, or a generalised inverse when rows at a
///   bound make M singular: `SymmetricPseudoInverse`; R uses `MASS::ginv`), halving the step while some g or F′
///   is not finite; it stops when
///   every |mₖ|/(1 + |Tₖ|) < ε or after `maxIterations` iterations (then it has not converged). When every Tₖ/t̂ₖ
///   exceeds 20 (weights that sum to the sample size), the weights are first scaled by the mean of those ratios
///   and g by the same factor at the end, as R does.
public enum CalibrationSolver {
    /// The outcome of one calibration.
    public struct Fit: Sendable {
        /// g-weights: calibrated weight / start weight.
        public var g: [Double]
        /// Newton iterations (1 for the one-step GREG).
        public var iterations: Int
        /// Whether every relative misfit is below ε (always true for the one-step GREG).
        public var converged: Bool
        /// max |mₖ|/(1 + |Tₖ|) after each iteration.
        public var misfitPerIteration: [Double]
        /// The column with the largest final relative misfit.
        public var worstColumn: Int
        /// (Σ wᵢxᵢxᵢᵀ)⁻¹ of the start weights when the fit computed it (the one-step GREG), for the variance.
        var startInverse: SymmetricPseudoInverse?
    }

    /// Calibrates `weights` to `population` (one total per model column) with `options`.
    /// - Throws: `WeightingError.collinearCalibration` when the one-step GREG's matrix is singular (the auxiliary
    ///   variables are collinear in the sample); `.invalidOption` for bounds the distance cannot use.
    public static func fit(
        model: CalibrationModel, weights: [Double], population: [Double], options: DistanceCalibration
    ) throws -> Fit {
        precondition(population.count == model.columnCount, "one total per model column")
        let (lower, upper) = try options.checkedBounds()
        let distance = options.distance
        var w = weights
        var sampleTotals = model.columnSums(w)
        if distance == .linear && options.bounds == nil {
            let matrix = model.crossProduct(w)
            let inverse = try pseudoInverse(matrix)
            if inverse.rank < model.columnCount { throw WeightingError.collinearCalibration(model.terms) }
            let lambda = inverse.apply(zip(population, sampleTotals).map { $0 - $1 })
            var g = model.linearPredictor(lambda)
            for row in g.indices { g[row] += 1 }
            let misfit = relativeMisfit(model: model, weights: w, g: g, population: population)
            return Fit(
                g: g, iterations: 1, converged: true, misfitPerIteration: [misfit.max], worstColumn: misfit.worst,
                startInverse: inverse)
        }
        // R's rescaling of weights far below the population (SOMETHRESHOLD = 20).
        var scale: Double?
        let ratios = zip(population, sampleTotals).map { $0 / $1 }
        if let smallest = ratios.min(), smallest > 20 {
            let factor = ratios.reduce(0, +) / Double(ratios.count)
            for row in w.indices { w[row] *= factor }
            for k in sampleTotals.indices { sampleTotals[k] *= factor }
            scale = factor
        }
        let n = model.rowCount
        var eta = [Double](repeating: 0, count: model.columnCount)
        var gMinusOne = [Double](repeating: distance.gMinusOne(0, lower: lower, upper: upper), count: n)
        var derivative = [Double](repeating: distance.derivative(0, lower: lower, upper: upper), count: n)
        func evaluate() {
            let u = model.linearPredictor(eta)
            for row in 0..<n {
                gMinusOne[row] = distance.gMinusOne(u[row], lower: lower, upper: upper)
                derivative[row] = distance.derivative(u[row], lower: lower, upper: upper)
            }
        }
        func misfit() -> [Double] {
            let achieved = model.columnSums(zip(w, gMinusOne).map { $0 * $1 })
            return population.indices.map { population[$0] - sampleTotals[$0] - achieved[$0] }
        }
        var iteration = 1
        var converged = false
        var history: [Double] = []
        var worst = 0
        while true {
            let matrix = model.crossProduct(zip(w, derivative).map { $0 * $1 })
            var step = try pseudoInverse(matrix).apply(misfit())
            for k in eta.indices { eta[k] += step[k] }
            evaluate()
            while iteration < options.maxIterations
                && (gMinusOne.contains { !$0.isFinite } || derivative.contains { !$0.isFinite })
            {
                iteration += 1
                for k in eta.indices {
                    step[k] /= 2
                    eta[k] -= step[k]
                }
                evaluate()
            }
            let remaining = misfit()
            var largest = 0.0
            for k in remaining.indices {
                let relative = abs(remaining[k]) / (1 + abs(population[k]))
                if relative > largest || relative.isNaN {
                    largest = relative
                    worst = k
                }
            }
            history.append(largest)
            if remaining.indices.allSatisfy({ abs(remaining[$0]) / (1 + abs(population[$0])) < options.epsilon }) {
                converged = true
                break
            }
            iteration += 1
            if iteration > options.maxIterations { break }
        }
        var g = gMinusOne.map { $0 + 1 }
        if let scale { for row in g.indices { g[row] *= scale } }
        return Fit(
            g: g, iterations: min(iteration, options.maxIterations), converged: converged, misfitPerIteration: history,
            worstColumn: worst)
    }

    /// max |Tₖ − Σ wᵢgᵢxᵢₖ|/(1 + |Tₖ|) and its column.
    static func relativeMisfit(
        model: CalibrationModel, weights: [Double], g: [Double], population: [Double]
    ) -> (max: Double, worst: Int) {
        let achieved = model.columnSums(zip(weights, g).map { $0 * $1 })
        var result = (max: 0.0, worst: 0)
        for k in population.indices {
            let relative = abs(population[k] - achieved[k]) / (1 + abs(population[k]))
            if relative > result.max { result = (relative, k) }
        }
        return result
    }

    /// The Moore–Penrose inverse of a symmetric positive semi-definite matrix from its eigen-decomposition,
    /// dropping eigenvalues at most 256·ε times the largest (the tolerance of R's `MASS::ginv`).
    static func pseudoInverse(_ matrix: [[Double]]) throws -> SymmetricPseudoInverse {
        try SymmetricPseudoInverse(matrix)
    }
}
