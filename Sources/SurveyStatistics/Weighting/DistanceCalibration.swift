/// Calibration to totals by a distance function (R's `survey::calibrate(calfun =, bounds =, maxit =, epsilon =)`),
/// requested with `--calfun`. docs/methods.md §8.7.
public struct DistanceCalibration: Sendable, Equatable {
    /// The distance function (`--calfun`).
    public var distance: CalibrationDistance
    /// Bounds [L, U] on the g-weights wᵢ/wᵢ,start (`--bounds`, R's `bounds`); nil for none. `logit` needs them,
    /// with L < 1 < U.
    public var bounds: ClosedRange<Double>?
    /// Largest number of Newton iterations (R's `maxit`, 50).
    public var maxIterations: Int
    /// Convergence tolerance on every |Tₖ − t̂ₖ|/(1 + |Tₖ|) (R's `epsilon`, 1e-7).
    public var epsilon: Double

    public init(
        distance: CalibrationDistance, bounds: ClosedRange<Double>? = nil, maxIterations: Int = 50,
        epsilon: Double = 1e-7
    ) {
        self.distance = distance
        self.bounds = bounds
        self.maxIterations = maxIterations
        self.epsilon = epsilon
    }

    /// The checked bounds as (L, U), ±∞ when there are none.
    /// - Throws: `WeightingError.invalidOption` when `logit` has no bounds, or bounds do not hold 1 (logit: L < 1 < U).
    func checkedBounds() throws -> (lower: Double, upper: Double) {
        guard let bounds else {
            if distance == .logit {
                throw WeightingError.invalidOption(
                    "--calfun logit needs finite g-weight bounds --bounds L,U with L < 1 < U (as R's calibrate)")
            }
            return (-.infinity, .infinity)
        }
        if distance == .logit {
            guard bounds.lowerBound < 1, bounds.upperBound > 1, bounds.upperBound.isFinite else {
                throw WeightingError.invalidOption(
                    "--calfun logit needs g-weight bounds L < 1 < U (got \(bounds.lowerBound),\(bounds.upperBound))")
            }
        } else if !(bounds.lowerBound <= 1 && bounds.upperBound >= 1) {
            throw WeightingError.invalidOption(
                "g-weight bounds must hold 1 (L <= 1 <= U; got \(bounds.lowerBound),\(bounds.upperBound))")
        }
        return (bounds.lowerBound, bounds.upperBound)
    }
}
