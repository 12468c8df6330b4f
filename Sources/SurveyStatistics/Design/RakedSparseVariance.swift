/// `SparseVariance` for a design raked once (`RakingAdjustment`) whose stage-1 units are rows: the covariance of
/// the raking residuals of sparse columns, without making any column dense.
///
/// The residual of row u in column a is X_ua = s_ua − w⁰_u · G_a(c_u) (`RakingAdjustment.residualize`): s the
/// sparse value (non-zero in the row's own column only), w⁰ the weight raking started from, c_u the row's cell and
/// G_a the column's per-cell term (`RakingAdjustment.cellTerms`, from the column's per-cell sums of s/w⁰). So, per
/// stratum h, with T_ha(c) = Σ_{u∈h, col a, cell c} s_u·w⁰_u, W1_h(c) = Σ_{u∈h, c} w⁰_u and W2_h(c) = Σ w⁰_u²:
///
///   Z_ha = Σ_u X_ua = S_ha − Σ_c W1_h(c)·G_a(c)
///   Σ_u X_ua·X_ub = δ_ab·Q_ha − Σ_c T_ha(c)·G_b(c) − Σ_c T_hb(c)·G_a(c) + Σ_c W2_h(c)·G_a(c)·G_b(c)
///
/// with S_ha and Q_ha the sum and sum of squares of s in column a; the centred cross products are
/// C_hab = Σ_u X_ua·X_ub − Z_ha·Z_hb / n_h, and V = Σ_h scale_h·C_h (`SparseVariance.finish`). One pass over the
/// rows per call instead of residualising and reading p dense columns; equal to the dense computation up to the
/// order of summation (the raw cross products are used, which loses nothing when, as for influence values, the
/// unit totals centre near zero). Formula: Deville & Särndal (1992) residuals as in R's `svyrecvar`, docs/methods.md
/// §8.6.
enum RakedSparseVariance {
    /// Cells × strata above which the per-stratum cell tables are not worth it (the caller goes dense).
    static let tableLimit = 4_000_000

    /// Whether `compute` applies: rows are the stage-1 units and the tables stay small.
    static func applies(_ raking: RakingAdjustment, stage: SamplingStage, columnCount: Int) -> Bool {
        let cells = raking.levelOfCell.first?.count ?? 0
        return stage.rowsAreUnits && stage.groupCount * cells * max(1, columnCount) <= tableLimit
    }

    static func compute(
        _ columns: SparseColumns, raking: RakingAdjustment, stage: SamplingStage, lonely: LonelyPSU
    ) throws -> [Double] {
        let p = columns.columnCount
        let groups = stage.groupCount
        let cells = raking.levelOfCell.first?.count ?? 0
        var rowsPerCell = [Double](repeating: 0, count: cells)
        var positiveRowsPerCell = [Double](repeating: 0, count: cells)
        var scaled = [Double](repeating: 0, count: p * cells)
        var sums = [Double](repeating: 0, count: groups * p)
        var squares = [Double](repeating: 0, count: groups * p)
        var crossed = [Double](repeating: 0, count: groups * p * cells)
        var weight1 = [Double](repeating: 0, count: groups * cells)
        var weight2 = [Double](repeating: 0, count: groups * cells)
        for row in 0..<columns.value.count {
            let group = Int(stage.groupOfUnit[row])
            let cell = Int(raking.cellOfRow[row])
            let start = raking.startWeights[row]
            rowsPerCell[cell] += 1
            if start > 0 { positiveRowsPerCell[cell] += 1 }
            weight1[group * cells + cell] += start
            weight2[group * cells + cell] += start * start
            let column = Int(columns.columnOfRow[row])
            if column < 0 { continue }
            let value = columns.value[row]
            sums[group * p + column] += value
            squares[group * p + column] += value * value
            crossed[(group * p + column) * cells + cell] += value * start
            if start > 0 { scaled[column * cells + cell] += value / start }
        }
        // The cell table from the counts of the same pass (not a pass of its own).
        let table = RakingAdjustment.CellTable(
            raking, rowsPerCell: rowsPerCell, positiveRowsPerCell: positiveRowsPerCell)
        let terms = (0..<p).map { column in
            raking.cellTerms(scaled: Array(scaled[(column * cells)..<((column + 1) * cells)]), table)
        }
        var totals = [Double](repeating: 0, count: groups * p)
        var centered = [Double](repeating: 0, count: groups * p * p)
        for group in 0..<groups where stage.sampled[group] > 0 {
            let n = Double(stage.sampled[group])
            for a in 0..<p {
                var total = sums[group * p + a]
                for cell in 0..<cells { total -= weight1[group * cells + cell] * terms[a][cell] }
                totals[group * p + a] = total
            }
            for a in 0..<p {
                for b in a..<p {
                    var product = a == b ? squares[group * p + a] : 0
                    for cell in 0..<cells {
                        product +=
                            weight2[group * cells + cell] * terms[a][cell] * terms[b][cell]
                            - crossed[(group * p + a) * cells + cell] * terms[b][cell]
                            - crossed[(group * p + b) * cells + cell] * terms[a][cell]
                    }
                    product -= totals[group * p + a] * totals[group * p + b] / n
                    centered[(group * p + a) * p + b] = product
                    centered[(group * p + b) * p + a] = product
                }
            }
        }
        return try SparseVariance.finish(sums: totals, centered: centered, p: p, stage: stage, lonely: lonely)
    }
}
