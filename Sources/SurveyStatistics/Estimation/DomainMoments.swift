/// Weighted moments of a variable within a domain, for estimates and R's design effects.
///
/// For domain d with weights w and values y (rows outside d or with missing y excluded): W = Σw, Ŷ = Σwy,
/// ȳ = Ŷ/W; `srsVariance` is R's `svyvar` in the domain, n/(n − 1)·Σw(y − ȳ)²/W.
struct DomainMoments {
    var n = 0
    var sumWeights = 0.0
    var sumSquaredWeights = 0.0
    var total = 0.0
    var mean = 0.0
    var srsVariance = 0.0

    var kishEffectiveSize: Double { sumSquaredWeights > 0 ? sumWeights * sumWeights / sumSquaredWeights : 0 }

    /// R's deff for a mean: V / (s²·(W − n)/(W·n)); `replace`: V / (s²/n).
    ///
    /// W and n are the domain's weight sum and size (R `svyby` evaluates `svymean(deff = TRUE)` on the domain
    /// subset, whose `psum` and `nobs` are the domain's). The without-replacement reference needs W > n; NaN
    /// otherwise (R's NA). Callers pass `replace: true` when the weights are not expansion weights (see
    /// `SurveyEstimator.weightsArePopulationScaled`).
    func meanDeff(variance: Double, replace: Bool) -> Double {
        let reference =
            replace
            ? srsVariance / Double(n)
            : srsVariance * (sumWeights - Double(n)) / (sumWeights * Double(n))
        return reference > 0 ? variance / reference : .nan
    }

    /// R's deff for a total: V / (s²·W²·(W − n)/(W·n)); `replace`: V / (s²·W²/n).
    func totalDeff(variance: Double, replace: Bool) -> Double {
        let squared = sumWeights * sumWeights
        let reference =
            replace
            ? srsVariance * squared / Double(n)
            : srsVariance * squared * (sumWeights - Double(n)) / (sumWeights * Double(n))
        return reference > 0 ? variance / reference : .nan
    }
}

/// Domain estimates of one variable in two passes over the rows, with their linearised values as `SparseColumns`.
///
/// Influence values over the full sample (Lumley 2010, §2.3; R `svymean`, `svytotal`, `svyby`): for the domain
/// mean (a ratio estimator) z_i = w_i(y_i − ȳ_d)/W_d, for the domain total z_i = w_i·y_i; rows outside the domain
/// or with missing y get no value (zero), so strata and PSUs stay in the variance.
enum DomainLinearization {
    enum Kind { case mean, total }

    /// `domainOfRow(row)` gives the domain (column) index or -1; `domainCount` domains.
    static func compute(
        y: [Double], weights: [Double], domainOfCode: [Int32], codes: [Int32]?, domainCount: Int,
        kind: Kind
    ) -> (moments: [DomainMoments], columns: SparseColumns) {
        var moments = [DomainMoments](repeating: DomainMoments(), count: domainCount)
        var columnOfRow = [Int32](repeating: -1, count: y.count)
        var value = [Double](repeating: 0, count: y.count)
        var squares = [Double](repeating: 0, count: domainCount)
        y.withUnsafeBufferPointer { y in
            weights.withUnsafeBufferPointer { w in
                columnOfRow.withUnsafeMutableBufferPointer { columnOfRow in
                    value.withUnsafeMutableBufferPointer { value in
                        for row in 0..<y.count {
                            let yValue = y[row]
                            if yValue.isNaN { continue }
                            let domain: Int32
                            if let codes {
                                let code = codes[row]
                                if code < 0 { continue }
                                domain = domainOfCode[Int(code)]
                                if domain < 0 { continue }
                            } else {
                                domain = 0
                            }
                            columnOfRow[row] = domain
                            let weight = w[row]
                            let index = Int(domain)
                            moments[index].n += 1
                            moments[index].sumWeights += weight
                            moments[index].sumSquaredWeights += weight * weight
                            moments[index].total += weight * yValue
                        }
                        for index in moments.indices {
                            let m = moments[index]
                            moments[index].mean = m.sumWeights > 0 ? m.total / m.sumWeights : .nan
                        }
                        let means = moments.map(\.mean)
                        let totals = moments.map(\.sumWeights)
                        for row in 0..<y.count {
                            let domain = Int(columnOfRow[row])
                            if domain < 0 { continue }
                            let deviation = y[row] - means[domain]
                            let weight = w[row]
                            squares[domain] += weight * deviation * deviation
                            switch kind {
                            case .mean: value[row] = totals[domain] > 0 ? weight * deviation / totals[domain] : 0
                            case .total: value[row] = weight * y[row]
                            }
                        }
                    }
                }
            }
        }
        for index in moments.indices {
            let n = moments[index].n
            moments[index].srsVariance =
                n > 1
                ? Double(n) / Double(n - 1) * squares[index] / moments[index].sumWeights
                : .nan
        }
        return (moments, SparseColumns(columnOfRow: columnOfRow, value: value, columnCount: domainCount))
    }
}
