/// The with-replacement variance of estimated totals within groups, as R's `survey:::onestage`.
///
/// For linearised values z (p columns), unit totals Z_u = Σ_{i∈u} z_i and group means Z̄_g:
///
///     V = Σ_g m_g · (1 − n_g/N_g) · n_g/(n_g − 1) · Σ_{u∈g} (Z_u − Z̄_g)(Z_u − Z̄_g)ᵀ
///
/// with m_g a per-group multiplier (1 at stage 1; the stage-1 sampling fraction at stage 2). Groups with one
/// unit follow `LonelyPSU`. Reference: Lumley (2010), Complex Surveys, §2.2 and appendix C; R survey `svyrecvar`.
enum StratifiedVariance {
    /// Returns the p×p matrix (row-major), or only its diagonal (length p) when `diagonalOnly`.
    static func compute(
        _ columns: [[Double]], stage: SamplingStage, stageNumber: Int, multiplier: [Double]?, lonely: LonelyPSU,
        diagonalOnly: Bool
    ) throws -> [Double] {
        let p = columns.count
        let units = stage.unitCount
        let groups = stage.groupCount
        var totals = [Double](repeating: 0, count: p * units)
        totals.withUnsafeMutableBufferPointer { totals in
            stage.unitOfRow.withUnsafeBufferPointer { unitOfRow in
                for column in 0..<p {
                    let offset = column * units
                    columns[column].withUnsafeBufferPointer { z in
                        for row in 0..<z.count where z[row] != 0 {
                            totals[offset + Int(unitOfRow[row])] += z[row]
                        }
                    }
                }
            }
        }
        var centers = [Double](repeating: 0, count: p * groups)
        for column in 0..<p {
            for unit in 0..<units {
                centers[column * groups + Int(stage.groupOfUnit[unit])] += totals[column * units + unit]
            }
            for group in 0..<groups where stage.sampled[group] > 0 {
                centers[column * groups + group] /= Double(stage.sampled[group])
            }
        }
        var scale = [Double](repeating: 0, count: groups)
        var lonelyGroups = 0
        var presentGroups = 0
        for group in 0..<groups where stage.sampled[group] > 0 {
            presentGroups += 1
            let factor = stage.finiteFactor(group) * (multiplier?[group] ?? 1)
            let n = stage.sampled[group]
            if stage.finiteFactor(group) < 1e-7 {
                scale[group] = 0
            } else if n > 1 {
                scale[group] = factor * Double(n) / Double(n - 1)
            } else {
                switch lonely {
                case .fail: throw DesignError.lonelyPSU(stratum: stage.groupLabels[group], stage: stageNumber)
                case .remove, .certainty: scale[group] = 0
                case .average:
                    scale[group] = 0
                    lonelyGroups += 1
                case .adjust: scale[group] = factor
                }
            }
        }
        let size = diagonalOnly ? p : p * p
        var result = [Double](repeating: 0, count: size)
        var deviation = [Double](repeating: 0, count: p)
        for unit in 0..<units {
            let group = Int(stage.groupOfUnit[unit])
            let weight = scale[group]
            if weight == 0 { continue }
            // A lonely unit (`adjust`) is not centred: R's `onestrat` leaves its total as it is.
            let lonelyUnit = stage.sampled[group] == 1
            for column in 0..<p {
                let center = lonelyUnit ? 0 : centers[column * groups + group]
                deviation[column] = totals[column * units + unit] - center
            }
            if diagonalOnly {
                for column in 0..<p { result[column] += weight * deviation[column] * deviation[column] }
            } else {
                for a in 0..<p {
                    let scaled = weight * deviation[a]
                    for b in a..<p { result[a * p + b] += scaled * deviation[b] }
                }
            }
        }
        if !diagonalOnly {
            for a in 0..<p { for b in 0..<a { result[a * p + b] = result[b * p + a] } }
        }
        if lonely == .average && lonelyGroups > 0 && presentGroups > lonelyGroups {
            let inflation = Double(presentGroups) / Double(presentGroups - lonelyGroups)
            for index in result.indices { result[index] *= inflation }
        }
        return result
    }
}
