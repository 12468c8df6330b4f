/// The modified Lentz algorithm for a continued fraction b₀ + a₁/(b₁ + a₂/(b₂ + …)) (Numerical Recipes, Press et
/// al., 3rd ed., §5.2; Thompson & Barnett 1986): the value is a running product of factors Cⱼ·Dⱼ, with
/// Cⱼ = bⱼ + aⱼ/Cⱼ₋₁ and Dⱼ = 1/(bⱼ + aⱼ·Dⱼ₋₁), each kept away from zero by `tiny`.
///
/// The incomplete beta and gamma functions' fractions take their steps through it, each with its own terms.
struct ModifiedLentz {
    /// The stand-in for a zero C or D: a number so small it changes no result but avoids division by zero.
    static let tiny = Double.leastNormalMagnitude / Double.ulpOfOne

    private var c: Double
    private var d: Double
    /// The fraction's value so far (the product of the factors taken in, starting from D₀).
    private(set) var value: Double

    /// Starts from C₀ = `c` and D₀ = `d`, the value being D₀.
    init(c: Double, d: Double) {
        self.c = c
        self.d = d
        value = d
    }

    /// `denominator`, replaced by `tiny` when its magnitude is below it.
    static func awayFromZero(_ denominator: Double) -> Double {
        abs(denominator) < tiny ? tiny : denominator
    }

    /// Takes in the next partial numerator aⱼ and denominator bⱼ; returns the factor Cⱼ·Dⱼ the value was
    /// multiplied by (1 within `Double.ulpOfOne` once the fraction has converged).
    mutating func step(numerator a: Double, denominator b: Double) -> Double {
        d = Self.awayFromZero(b + a * d)
        c = Self.awayFromZero(b + a / c)
        d = 1 / d
        let factor = d * c
        value *= factor
        return factor
    }

    /// Whether a step's factor says the fraction has converged (|factor − 1| ≤ ulp of 1).
    static func hasConverged(_ factor: Double) -> Bool {
        abs(factor - 1) <= Double.ulpOfOne
    }
}
