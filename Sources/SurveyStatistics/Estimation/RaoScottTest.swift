/// The Rao–Scott design-adjusted Pearson test of independence for a segment × answer table, as R's
/// `svychisq(~segment + answer, design)`.
///
/// With cell shares p̂ (rows = segment levels, columns = answer levels, both as observed among complete rows),
/// their design covariance V, N the number of complete rows, X² Pearson's statistic on the table N·p̂, and C the
/// interaction contrasts (the interaction columns of the saturated model residualised on the main effects):
///
///     Δ = (Cᵀ D⁻¹ C / N)⁻¹ (Cᵀ D⁻¹ V D⁻¹ C),   D = diag(p̂)
///
/// - Second-order (R's default `statistic = "F"`): F = X²/tr(Δ) on d₀ = tr(Δ)²/tr(Δ²) and d₀·ν degrees of
///   freedom (ν = design df) — Rao & Scott (1984), Ann. Statist. 12, 46–60; Thomas & Rao (1987).
/// - First-order (`statistic = "Chisq"`): X²·(r−1)(c−1)/tr(Δ) on a χ² with (r−1)(c−1) degrees of freedom.
public struct RaoScottTest: Sendable, Equatable {
    /// Pearson's X² on the weighted table rescaled to N.
    public var pearson: Double
    /// Number of complete rows N.
    public var n: Int
    public var rowLevels: [String]
    public var columnLevels: [String]
    /// Mean generalised design effect tr(Δ)/((r−1)(c−1)).
    public var meanDesignEffect: Double
    /// First-order corrected χ², its degrees of freedom and p-value.
    public var firstOrderChiSquare: Double
    public var firstOrderDF: Double
    public var firstOrderPValue: Double
    /// Second-order F, numerator and denominator degrees of freedom, p-value.
    public var f: Double
    public var numeratorDF: Double
    public var denominatorDF: Double
    public var pValue: Double
}

extension SurveyEstimator {
    /// The Rao–Scott test for the table of `segment` (rows) by `answer` (columns).
    /// Throws `EstimationError.tooFewLevels` when either has fewer than two observed levels.
    public func raoScott(_ answer: String, by segment: String) throws -> RaoScottTest {
        let rowsColumn = try frame.categorical(segment)
        let colsColumn = try frame.categorical(answer)
        let complete = (0..<frame.rowCount).filter { rowsColumn.codes[$0] >= 0 && colsColumn.codes[$0] >= 0 }
        let rowCodes = Self.compact(rowsColumn, rows: complete)
        let colCodes = Self.compact(colsColumn, rows: complete)
        let nr = rowCodes.levels.count
        let nc = colCodes.levels.count
        if nr < 2 { throw EstimationError.tooFewLevels(variable: segment) }
        if nc < 2 { throw EstimationError.tooFewLevels(variable: answer) }
        let cells = nr * nc
        // Cell code per row (rows fastest), -1 for incomplete rows; shares and influence columns over complete rows.
        var cellOfRow = [Int32](repeating: -1, count: frame.rowCount)
        for (index, row) in complete.enumerated() {
            cellOfRow[row] = rowCodes.codes[index] + Int32(nr) * colCodes.codes[index]
        }
        let weights = design.weights
        let totalWeight = complete.reduce(0.0) { $0 + weights[$1] }
        var shares = [Double](repeating: 0, count: cells)
        for row in complete { shares[Int(cellOfRow[row])] += weights[row] / totalWeight }
        var influence: [[Double]] = []
        for cell in 0..<cells where design.replicates == nil {
            var z = [Double](repeating: 0, count: frame.rowCount)
            for row in complete {
                z[row] = weights[row] * ((Int(cellOfRow[row]) == cell ? 1 : 0) - shares[cell]) / totalWeight
            }
            influence.append(z)
        }
        let covariance =
            try replicateCovariance(cellOfRow: cellOfRow, cells: cells, shares: shares)
            ?? design.covariance(of: influence)
        let v = DenseMatrix(rows: cells, columns: cells, values: covariance)
        let n = Double(complete.count)
        // Pearson X² on N·p̂.
        var rowSums = [Double](repeating: 0, count: nr)
        var colSums = [Double](repeating: 0, count: nc)
        for r in 0..<nr {
            for c in 0..<nc {
                rowSums[r] += shares[r + nr * c]
                colSums[c] += shares[r + nr * c]
            }
        }
        var pearson = 0.0
        for r in 0..<nr {
            for c in 0..<nc {
                let expected = n * rowSums[r] * colSums[c]
                let observed = n * shares[r + nr * c]
                if expected > 0 { pearson += (observed - expected) * (observed - expected) / expected }
            }
        }
        let contrasts = Self.interactionContrasts(rows: nr, columns: nc)
        let inverseD = DenseMatrix.diagonal(shares.map { $0 == 0 ? 0 : 1 / $0 })
        let weighted = contrasts.transposed.multiplied(by: inverseD)
        let denominator = weighted.scaled(1 / n).multiplied(by: contrasts)
        let numerator = weighted.multiplied(by: v).multiplied(by: inverseD).multiplied(by: contrasts)
        let delta = denominator.solve(numerator) ?? DenseMatrix(rows: 0, columns: 0)
        let traceDelta = delta.trace
        let traceDelta2 = delta.multiplied(by: delta).trace
        let d0 = traceDelta * traceDelta / traceDelta2
        let nu = Double(design.degreesOfFreedom)
        let df = Double((nr - 1) * (nc - 1))
        let f = pearson / traceDelta
        let firstOrder = pearson * df / traceDelta
        return RaoScottTest(
            pearson: pearson, n: complete.count, rowLevels: rowCodes.levels, columnLevels: colCodes.levels,
            meanDesignEffect: traceDelta / df, firstOrderChiSquare: firstOrder, firstOrderDF: df,
            firstOrderPValue: ChiSquared.survival(firstOrder, df: df), f: f, numeratorDF: d0,
            denominatorDF: d0 * nu, pValue: 1 - FDistribution.cdf(f, d1: d0, d2: d0 * nu))
    }

    /// Codes of the given rows relabelled to the levels that occur among them.
    static func compact(_ column: CategoricalColumn, rows: [Int]) -> CategoricalColumn {
        var used = [Bool](repeating: false, count: column.levels.count)
        for row in rows { used[Int(column.codes[row])] = true }
        var newCode = [Int32](repeating: -1, count: column.levels.count)
        var levels: [String] = []
        for (code, isUsed) in used.enumerated() where isUsed {
            newCode[code] = Int32(levels.count)
            levels.append(column.levels[code])
        }
        return CategoricalColumn(codes: rows.map { newCode[Int(column.codes[$0])] }, levels: levels)
    }

    /// C = X12 − X1 (X1ᵀX1)⁻¹ X1ᵀ X12: interaction dummies residualised on intercept and main effects.
    static func interactionContrasts(rows nr: Int, columns nc: Int) -> DenseMatrix {
        let cells = nr * nc
        var main = DenseMatrix(rows: cells, columns: nr + nc - 1)
        var interaction = DenseMatrix(rows: cells, columns: (nr - 1) * (nc - 1))
        for c in 0..<nc {
            for r in 0..<nr {
                let cell = r + nr * c
                main[cell, 0] = 1
                if r > 0 { main[cell, r] = 1 }
                if c > 0 { main[cell, nr - 1 + c] = 1 }
                if r > 0 && c > 0 { interaction[cell, (r - 1) + (nr - 1) * (c - 1)] = 1 }
            }
        }
        let gram = main.transposed.multiplied(by: main)
        let projection = gram.solve(main.transposed.multiplied(by: interaction))!
        return interaction.subtracting(main.multiplied(by: projection))
    }
}
