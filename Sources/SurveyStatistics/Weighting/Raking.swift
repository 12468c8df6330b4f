/// Iterative proportional fitting (raking) on a cell table.
///
/// Each sweep post-stratifies to every margin in turn: for margin j and level l, all cells in l are multiplied by
/// T_jl / Ŵ_jl (Deming & Stephan 1940; R `rake`, which calls `postStratify` per margin). With `bounds`, factors
/// are clamped after each step (bounded raking; the margins are then met only as far as the bounds allow).
/// Cost: O(cells · margins) per sweep, independent of the number of respondents.
public enum Raking {
    public static func rake(table: CellTable, margins: [ResolvedMargin], options: RakingOptions) -> RakingResult {
        let cells = table.cellCount
        var factors = [Double](repeating: 1, count: cells)
        var afterMargin = Array(repeating: factors, count: margins.count)
        let startTotal = table.cellWeight.reduce(0, +)
        let total = margins.first.map { $0.targets.reduce(0, +) } ?? startTotal
        var errors: [Double] = []
        var converged = false
        var previous = table.cellWeight
        var sweeps = 0
        var levelTotals = margins.map { [Double](repeating: 0, count: $0.targets.count) }
        let epsilon: Double
        if case .rJointTableChange(let value) = options.convergence {
            epsilon = value < 1 ? value * startTotal : value
        } else {
            epsilon = 0
        }
        while sweeps < options.maxSweeps {
            for (index, margin) in margins.enumerated() {
                let levelOfCell = table.levelOfCell[margin.variableIndex]
                for level in levelTotals[index].indices { levelTotals[index][level] = 0 }
                for cell in 0..<cells {
                    levelTotals[index][Int(levelOfCell[cell])] += table.cellWeight[cell] * factors[cell]
                }
                let adjustment = zip(margin.targets, levelTotals[index]).map { $1 > 0 ? $0 / $1 : 1 }
                for cell in 0..<cells {
                    var factor = factors[cell] * adjustment[Int(levelOfCell[cell])]
                    if let bounds = options.bounds { factor = min(max(factor, bounds.lowerBound), bounds.upperBound) }
                    factors[cell] = factor
                }
                afterMargin[index] = factors
            }
            sweeps += 1
            let error = maxShareError(table: table, margins: margins, factors: factors, total: total).error
            errors.append(error)
            switch options.convergence {
            case .maxShareError(let tolerance):
                converged = error <= tolerance
            case .rJointTableChange:
                var delta = 0.0
                for cell in 0..<cells {
                    let current = table.cellWeight[cell] * factors[cell]
                    delta = max(delta, abs(current - previous[cell]))
                    previous[cell] = current
                }
                converged = delta < epsilon
            }
            if converged { break }
        }
        let worst = maxShareError(table: table, margins: margins, factors: factors, total: total)
        return RakingResult(
            factors: factors, factorAfterMargin: afterMargin, sweeps: sweeps,
            maxMarginErrorPerSweep: errors, converged: converged, worst: (worst.margin, worst.level))
    }

    /// Largest |achieved − target|/total over margins and levels, with its location.
    static func maxShareError(
        table: CellTable, margins: [ResolvedMargin], factors: [Double], total: Double
    )
        -> (error: Double, margin: Int, level: Int)
    {
        var worst = (error: 0.0, margin: 0, level: 0)
        for (index, margin) in margins.enumerated() {
            let achieved = achievedTotals(table: table, margin: margin, factors: factors)
            for level in achieved.indices {
                let error = abs(achieved[level] - margin.targets[level]) / total
                if error > worst.error { worst = (error, index, level) }
            }
        }
        return worst
    }

    /// Σ weights per level of a margin for the given cell factors.
    public static func achievedTotals(table: CellTable, margin: ResolvedMargin, factors: [Double]) -> [Double] {
        var totals = [Double](repeating: 0, count: margin.targets.count)
        let levelOfCell = table.levelOfCell[margin.variableIndex]
        for cell in 0..<table.cellCount { totals[Int(levelOfCell[cell])] += table.cellWeight[cell] * factors[cell] }
        return totals
    }
}
