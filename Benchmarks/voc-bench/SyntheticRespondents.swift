import SurveyStatistics

/// Synthetic respondents with four weighting variables of 10, 6, 2 and 5 levels, drawn with skewed
/// probabilities (the sample over-represents low levels), plus population margins that differ from the sample.
enum SyntheticRespondents {
    static let variables = ["region", "age", "sex", "education"]
    static let levelCounts = [10, 6, 2, 5]
    static let prefixes = ["r", "a", "s", "e"]

    static func labels(_ variable: Int) -> [String] {
        (0..<levelCounts[variable]).map { prefixes[variable] + String($0) }
    }

    /// Sample probabilities: proportional to (k + 1)^-0.5 for level k, normalised; cumulative.
    static func sampleCumulative(_ variable: Int) -> [Double] {
        let raw = (0..<levelCounts[variable]).map { 1 / (Double($0) + 1).squareRoot() }
        let total = raw.reduce(0, +)
        var running = 0.0
        return raw.map { running += $0 / total; return running }
    }

    /// Population shares: proportional to 1 + k/2 (over-represents high levels relative to the sample).
    static func populationShares(_ variable: Int) -> [Double] {
        let raw = (0..<levelCounts[variable]).map { 1 + Double($0) / 2 }
        let total = raw.reduce(0, +)
        return raw.map { $0 / total }
    }

    /// Margins as shares (each variable's targets sum to 1).
    static func margins() -> MarginTargets {
        MarginTargets(margins: variables.indices.map { variable in
            MarginTargets.Margin(variable: variables[variable], levels: labels(variable),
                                 targets: populationShares(variable))
        })
    }

    /// A frame of `n` respondents with the four categorical variables.
    static func frame(n: Int, seed: UInt64) throws -> SurveyFrame {
        var generator = SplitMix64(seed: seed)
        var frame = SurveyFrame(rowCount: n)
        for variable in variables.indices {
            let cumulative = sampleCumulative(variable)
            var codes = [Int32](repeating: 0, count: n)
            for row in 0..<n { codes[row] = generator.draw(cumulative) }
            try frame.add(variables[variable], .categorical(CategoricalColumn(codes: codes, levels: labels(variable))))
        }
        return frame
    }
}
