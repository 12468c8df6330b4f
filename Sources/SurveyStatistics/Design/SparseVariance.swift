/// `StratifiedVariance` for `SparseColumns` at stage 1 (see that type for the formula and lonely-PSU rules).
///
/// Units are rows or clusters. Per group h the passes accumulate group sums S_h and the centred cross products
/// C_h = Σ_{u∈h}(Z_u − S_h/n_h)(Z_u − S_h/n_h)ᵀ (two passes, so a zero variance comes out as zero, not as
/// rounding noise); V = Σ_h scale_h·C_h, and for a lonely unit under `adjust` scale_h·(Z − g)(Z − g)ᵀ with g the
/// grand mean of unit totals.
enum SparseVariance {
    static func compute(_ columns: SparseColumns, stage: SamplingStage, lonely: LonelyPSU) throws -> [Double] {
        let p = columns.columnCount
        let groups = stage.groupCount
        var sums = [Double](repeating: 0, count: groups * p)
        // centered[(h·p + a)·p + b] = Σ_{u∈h} (Z_ua − m_ha)(Z_ub − m_hb), computed in two passes for stability.
        var centered = [Double](repeating: 0, count: groups * p * p)
        columns.columnOfRow.withUnsafeBufferPointer { columnOfRow in
            columns.value.withUnsafeBufferPointer { value in
                stage.unitOfRow.withUnsafeBufferPointer { unitOfRow in
                    stage.groupOfUnit.withUnsafeBufferPointer { groupOfUnit in
                        sums.withUnsafeMutableBufferPointer { sums in
                            centered.withUnsafeMutableBufferPointer { centered in
                                if stage.rowsAreUnits {
                                    accumulateRows(columnOfRow, value, groupOfUnit, stage.sampled, p, sums, centered)
                                } else {
                                    accumulateClusters(
                                        columnOfRow, value, unitOfRow, groupOfUnit, stage.unitCount,
                                        stage.sampled, p, sums, centered)
                                }
                            }
                        }
                    }
                }
            }
        }
        return try finish(sums: sums, centered: centered, p: p, stage: stage, lonely: lonely)
    }

    /// V = Σ_h scale_h·C_h from the group sums S_h (`sums[h·p + a]`) and centred cross products C_h
    /// (`centered[(h·p + a)·p + b]`) of the unit totals, with the lonely-PSU rules of `StratifiedVariance`.
    static func finish(
        sums: [Double], centered: [Double], p: Int, stage: SamplingStage, lonely: LonelyPSU
    ) throws -> [Double] {
        let groups = stage.groupCount
        var result = [Double](repeating: 0, count: p * p)
        var lonelyGroups = 0
        var presentGroups = 0
        for group in 0..<groups where stage.sampled[group] > 0 {
            presentGroups += 1
            let n = stage.sampled[group]
            let finite = stage.finiteFactor(group)
            if finite < 1e-7 { continue }
            if n == 1 {
                switch lonely {
                case .fail: throw DesignError.lonelyPSU(stratum: stage.groupLabels[group], stage: 1)
                case .remove, .certainty: continue
                case .average:
                    lonelyGroups += 1
                    continue
                case .adjust:
                    // The lonely unit's total, uncentred (R's `onestrat`); its group sum is that total.
                    for a in 0..<p {
                        for b in 0..<p { result[a * p + b] += finite * sums[group * p + a] * sums[group * p + b] }
                    }
                    continue
                }
            }
            let scale = finite * Double(n) / Double(n - 1)
            for a in 0..<p {
                for b in 0..<p { result[a * p + b] += scale * centered[(group * p + a) * p + b] }
            }
        }
        if lonely == .average && lonelyGroups > 0 && presentGroups > lonelyGroups {
            let inflation = Double(presentGroups) / Double(presentGroups - lonelyGroups)
            for index in result.indices { result[index] *= inflation }
        }
        return result
    }

    /// Rows as units. Each row has one column c, so for group h with n_h units, k_hc of them in column c and
    /// mean m_hc = S_hc/n_h: Σ_u (Z_uc − m_hc)² = Σ_{u∈c}(z_u − m_hc)² + (n_h − k_hc)·m_hc², and for a ≠ b the
    /// cross sum is exactly −S_ha·S_hb/n_h.
    private static func accumulateRows(
        _ columnOfRow: UnsafeBufferPointer<Int32>, _ value: UnsafeBufferPointer<Double>,
        _ groupOfRow: UnsafeBufferPointer<Int32>, _ sampled: [Int], _ p: Int,
        _ sums: UnsafeMutableBufferPointer<Double>, _ centered: UnsafeMutableBufferPointer<Double>
    ) {
        let groups = sampled.count
        var counts = [Double](repeating: 0, count: groups * p)
        for row in 0..<columnOfRow.count {
            let column = Int(columnOfRow[row])
            if column < 0 { continue }
            let index = Int(groupOfRow[row]) * p + column
            sums[index] += value[row]
            counts[index] += 1
        }
        var means = [Double](repeating: 0, count: groups * p)
        for group in 0..<groups where sampled[group] > 0 {
            for column in 0..<p { means[group * p + column] = sums[group * p + column] / Double(sampled[group]) }
        }
        for row in 0..<columnOfRow.count {
            let column = Int(columnOfRow[row])
            if column < 0 { continue }
            let group = Int(groupOfRow[row])
            let deviation = value[row] - means[group * p + column]
            centered[(group * p + column) * p + column] += deviation * deviation
        }
        for group in 0..<groups where sampled[group] > 0 {
            let n = Double(sampled[group])
            for a in 0..<p {
                let meanA = means[group * p + a]
                centered[(group * p + a) * p + a] += (n - counts[group * p + a]) * meanA * meanA
                for b in 0..<p where b != a {
                    centered[(group * p + a) * p + b] = -sums[group * p + a] * sums[group * p + b] / n
                }
            }
        }
    }

    /// Cluster totals per (unit, column), group means, then centred cross products over units.
    private static func accumulateClusters(
        _ columnOfRow: UnsafeBufferPointer<Int32>, _ value: UnsafeBufferPointer<Double>,
        _ unitOfRow: UnsafeBufferPointer<Int32>, _ groupOfUnit: UnsafeBufferPointer<Int32>, _ units: Int,
        _ sampled: [Int], _ p: Int,
        _ sums: UnsafeMutableBufferPointer<Double>, _ centered: UnsafeMutableBufferPointer<Double>
    ) {
        var totals = [Double](repeating: 0, count: units * p)
        for row in 0..<columnOfRow.count {
            let column = Int(columnOfRow[row])
            if column >= 0 { totals[Int(unitOfRow[row]) * p + column] += value[row] }
        }
        for unit in 0..<units {
            let group = Int(groupOfUnit[unit])
            for a in 0..<p { sums[group * p + a] += totals[unit * p + a] }
        }
        var deviation = [Double](repeating: 0, count: p)
        for unit in 0..<units {
            let group = Int(groupOfUnit[unit])
            let n = Double(max(1, sampled[group]))
            for a in 0..<p { deviation[a] = totals[unit * p + a] - sums[group * p + a] / n }
            for a in 0..<p {
                for b in 0..<p { centered[(group * p + a) * p + b] += deviation[a] * deviation[b] }
            }
        }
    }
}
