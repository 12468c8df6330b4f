import Foundation

/// The distance function of a calibration to totals (Deville & Särndal 1992), as the `calfun` of R's
/// `survey::calibrate` (Lumley; `cal.linear`, `cal.raking`, `cal.logit`). docs/methods.md §8.7.
///
/// Calibration finds g-weights gᵢ = F(uᵢ), uᵢ = xᵢᵀλ, so that the calibrated weights wᵢgᵢ reproduce the population
/// totals of the auxiliary variables x; F is the inverse of the derivative of the distance. Each case gives
/// F(u) − 1 (R's `Fm1`) and the derivative R uses for the Newton step (R's `dF`), both with g-weight bounds [L, U]
/// (−∞ and +∞ for none):
///
/// - `linear` (chi-square distance, GREG): F(u) = clamp(1 + u, L, U); F′ = 1 when L − 1 < u < U − 1, else 0.
/// - `raking` (multiplicative, Kullback–Leibler distance): F(u) = clamp(eᵘ, L, U); F′ = eᵘ when L − 1 < u < U − 1,
///   else 0. The derivative's range is R's as written (u against L − 1 and U − 1 rather than log L and log U); only
///   the Newton path depends on it, not the solution.
/// - `logit` (bounded logistic distance, needs L < 1 < U finite): with A = (U − L)/((U − 1)(1 − L)),
///   F(u) = (L(U − 1) + U(1 − L)e^{Au}) / (U − 1 + (1 − L)e^{Au}), which runs from L to U and is 1 at u = 0;
///   F′ is its exact derivative.
public enum CalibrationDistance: String, Sendable, CaseIterable, Codable {
    case linear
    case raking
    case logit

    /// F(u) − 1 for bounds `lower`...`upper` (R's `Fm1`).
    @inline(__always)
    func gMinusOne(_ u: Double, lower: Double, upper: Double) -> Double {
        switch self {
        case .linear: return min(max(u + 1, lower), upper) - 1
        case .raking: return min(max(exp(u), lower), upper) - 1
        case .logit:
            let a = (upper - lower) / ((upper - 1) * (1 - lower))
            let e = exp(a * u)
            return (lower * (upper - 1) + upper * (1 - lower) * e) / (upper - 1 + (1 - lower) * e) - 1
        }
    }

    /// dF/du as R's `dF` for bounds `lower`...`upper`.
    @inline(__always)
    func derivative(_ u: Double, lower: Double, upper: Double) -> Double {
        switch self {
        case .linear: return u < upper - 1 && u > lower - 1 ? 1 : 0
        case .raking: return u < upper - 1 && u > lower - 1 ? exp(u) : 0
        case .logit:
            let a = (upper - lower) / ((upper - 1) * (1 - lower))
            let e = exp(a * u)
            let denominator = upper - 1 + (1 - lower) * e
            return upper * (1 - lower) * e * a / denominator - (lower * (upper - 1) + upper * (1 - lower) * e)
                * ((1 - lower) * e * a) / (denominator * denominator)
        }
    }

    /// How the distance is named in reports ("linear (GREG)", "raking", "logit").
    public var label: String {
        switch self {
        case .linear: "linear (GREG)"
        case .raking: "raking"
        case .logit: "logit"
        }
    }
}
