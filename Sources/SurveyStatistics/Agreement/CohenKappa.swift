/// Cohen's kappa for two coders (Cohen 1960, Educational and Psychological Measurement 20; docs/methods.md §4.2).
///
/// κ = (p_o − p_e)/(1 − p_e), with p_o the observed agreement (trace of the proportion table) and
/// p_e = Σ_c p_{A,c}·p_{B,c} the agreement expected from the coders' marginal distributions.
/// NaN when p_e = 1 (both coders used one and the same category throughout).
public enum CohenKappa {
    public struct Result: Sendable, Equatable {
        public var kappa: Double
        public var observedAgreement: Double
        public var expectedAgreement: Double
        /// Number of units coded by both coders.
        public var units: Double
    }

    /// κ from a square contingency table (rows coder A, columns coder B, same category order).
    /// - Throws: `StatisticsError` for a non-square or empty table.
    public static func fromTable(_ table: [[Double]]) throws -> Result {
        let k = table.count
        guard k > 0, table.allSatisfy({ $0.count == k }) else {
            throw StatisticsError.invalidArgument("kappa: the table must be square and non-empty")
        }
        let n = table.reduce(0) { $0 + $1.reduce(0, +) }
        guard n > 0 else { throw StatisticsError.insufficientData(argument: "table", needed: 1, actual: 0) }
        var observed = 0.0
        var expected = 0.0
        for c in 0..<k {
            observed += table[c][c] / n
            let row = table[c].reduce(0, +) / n
            let column = table.reduce(0) { $0 + $1[c] } / n
            expected += row * column
        }
        let kappa = expected < 1 ? (observed - expected) / (1 - expected) : .nan
        return Result(kappa: kappa, observedAgreement: observed, expectedAgreement: expected, units: n)
    }

    /// κ from two parallel label arrays; units where either label is nil are skipped.
    /// - Throws: `StatisticsError` for arrays of different lengths or no unit coded by both.
    public static func fromLabels<Label: Hashable>(_ coderA: [Label?], _ coderB: [Label?]) throws -> Result {
        try StatisticsError.checkLength(coderB, argument: "coderB", expected: coderA.count)
        var categories: [Label: Int] = [:]
        var pairs: [(Int, Int)] = []
        for (a, b) in zip(coderA, coderB) {
            guard let a, let b else { continue }
            let ia =
                categories[a]
                ?? {
                    categories[a] = categories.count; return categories.count - 1
                }()
            let ib =
                categories[b]
                ?? {
                    categories[b] = categories.count; return categories.count - 1
                }()
            pairs.append((ia, ib))
        }
        var table = [[Double]](
            repeating: [Double](repeating: 0, count: categories.count),
            count: categories.count)
        for (a, b) in pairs { table[a][b] += 1 }
        return try fromTable(table)
    }
}
