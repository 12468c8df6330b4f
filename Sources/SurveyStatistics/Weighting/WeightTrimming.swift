/// Weight trimming with redistribution, as R `trimWeights(design, lower, upper, strict)`.
///
/// Weights outside [lower, upper] are set to the bound; the total trimmed amount Σ(w − w') is spread equally over
/// the weights that were inside the bounds, so the sum of weights is unchanged. With `strict`, this repeats until
/// no weight lies outside (the redistribution can push weights past a bound); at most 100 rounds.
public enum WeightTrimming {
    /// The outcome: new weights, rounds run and how many weights were clamped in the first round.
    public struct Result: Sendable, Equatable {
        public var weights: [Double]
        public var rounds: Int
        public var trimmed: Int
    }

    public static func trim(_ weights: [Double], lower: Double, upper: Double, strict: Bool = false) -> Result {
        var current = weights
        var rounds = 0
        var firstTrimmed = 0
        while rounds < 100 {
            var excess = 0.0
            var inside = 0
            var outside = 0
            for weight in current {
                if weight < lower || weight > upper {
                    outside += 1
                    excess += weight - min(max(weight, lower), upper)
                } else {
                    inside += 1
                }
            }
            if outside == 0 { break }
            if rounds == 0 { firstTrimmed = outside }
            rounds += 1
            let gap = inside > 0 ? excess / Double(inside) : 0
            for index in current.indices {
                let weight = current[index]
                current[index] = (weight < lower || weight > upper) ? min(max(weight, lower), upper) : weight + gap
            }
            if !strict { break }
        }
        return Result(weights: current, rounds: rounds, trimmed: firstTrimmed)
    }
}
