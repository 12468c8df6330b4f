/// Pearson correlation, unweighted and weighted (Pearson 1896).
///
/// r = Σwᵢ(xᵢ − x̄)(yᵢ − ȳ)/√(Σwᵢ(xᵢ − x̄)² · Σwᵢ(yᵢ − ȳ)²) with weighted means; all weights 1 when absent.
/// Pairs where either value is NaN are skipped. NaN when a variable is constant.
public enum Correlation {
    /// Pearson's r.
    /// - Throws: `StatisticsError.lengthMismatch` for arrays of different lengths.
    public static func pearson(_ x: [Double], _ y: [Double], weights: [Double]? = nil) throws -> Double {
        try StatisticsError.checkLength(y, argument: "y", expected: x.count)
        try StatisticsError.checkLength(weights, argument: "weights", expected: x.count)
        return pearsonUnchecked(x, y, weights: weights)
    }

    static func pearsonUnchecked(_ x: [Double], _ y: [Double], weights: [Double]? = nil) -> Double {
        var sw = 0.0
        var sx = 0.0
        var sy = 0.0
        for i in x.indices where !x[i].isNaN && !y[i].isNaN {
            let w = weights?[i] ?? 1
            sw += w
            sx += w * x[i]
            sy += w * y[i]
        }
        guard sw > 0 else { return .nan }
        let mx = sx / sw
        let my = sy / sw
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for i in x.indices where !x[i].isNaN && !y[i].isNaN {
            let w = weights?[i] ?? 1
            let dx = x[i] - mx
            let dy = y[i] - my
            sxy += w * dx * dy
            sxx += w * dx * dx
            syy += w * dy * dy
        }
        let denominator = (sxx * syy).squareRoot()
        return denominator > 0 ? sxy / denominator : .nan
    }

    /// The p × p correlation matrix of the columns of `rows` (n × p), listwise complete, optionally weighted.
    /// - Throws: `StatisticsError.lengthMismatch` for ragged rows or weights of the wrong length.
    public static func matrix(_ rows: [[Double]], weights: [Double]? = nil) throws -> [[Double]] {
        let p = rows.first?.count ?? 0
        try StatisticsError.checkLength(weights, argument: "weights", expected: rows.count)
        var columns = [[Double]](repeating: [], count: p)
        var kept: [Double] = []
        for (i, row) in rows.enumerated() {
            guard row.count == p else {
                throw StatisticsError.lengthMismatch(argument: "row \(i + 1)", expected: p, actual: row.count)
            }
            if row.contains(where: \.isNaN) { continue }
            for j in 0..<p { columns[j].append(row[j]) }
            kept.append(weights?[i] ?? 1)
        }
        var result = [[Double]](repeating: [Double](repeating: 1, count: p), count: p)
        for a in 0..<p {
            for b in (a + 1)..<max(a + 1, p) {
                let r = pearsonUnchecked(columns[a], columns[b], weights: kept)
                result[a][b] = r
                result[b][a] = r
            }
        }
        return result
    }
}
