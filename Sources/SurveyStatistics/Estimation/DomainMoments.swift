/// Weighted moments of a variable within a domain, and the linearised values of its mean and total.
///
/// For domain d with weights w and values y (rows outside d or with missing y contribute zero):
/// W = Σw, Ŷ = Σwy, ȳ = Ŷ/W, and the influence values z_i = w_i(y_i − ȳ)/W for the mean (a ratio estimator) and
/// z_i = w_i·y_i for the total, computed over the full sample (Lumley 2010, §2.3; R `svymean`, `svyby`).
/// `srsVariance` is R's `svyvar` in the domain: n/(n − 1) · Σw(y − ȳ)²/W.
struct DomainMoments {
    var n = 0
    var sumWeights = 0.0
    var sumSquaredWeights = 0.0
    var total = 0.0
    var mean = 0.0
    var srsVariance = 0.0

    var kishEffectiveSize: Double { sumSquaredWeights > 0 ? sumWeights * sumWeights / sumSquaredWeights : 0 }

    /// Moments of `y` over rows where `member(row)` holds and y is not NaN.
    init(y: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>, domain: DomainSelector) {
        for row in 0..<y.count where domain.contains(row) && !y[row].isNaN {
            let w = weights[row]
            n += 1
            sumWeights += w
            sumSquaredWeights += w * w
            total += w * y[row]
        }
        mean = sumWeights > 0 ? total / sumWeights : .nan
        var squares = 0.0
        for row in 0..<y.count where domain.contains(row) && !y[row].isNaN {
            let deviation = y[row] - mean
            squares += weights[row] * deviation * deviation
        }
        srsVariance = n > 1 ? Double(n) / Double(n - 1) * squares / sumWeights : .nan
    }

    /// Influence values of the domain mean.
    func meanInfluence(y: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>,
                       domain: DomainSelector) -> [Double] {
        var z = [Double](repeating: 0, count: y.count)
        guard sumWeights > 0 else { return z }
        for row in 0..<y.count where domain.contains(row) && !y[row].isNaN {
            z[row] = weights[row] * (y[row] - mean) / sumWeights
        }
        return z
    }

    /// Influence values of the domain total.
    func totalInfluence(y: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>,
                        domain: DomainSelector) -> [Double] {
        var z = [Double](repeating: 0, count: y.count)
        for row in 0..<y.count where domain.contains(row) && !y[row].isNaN { z[row] = weights[row] * y[row] }
        return z
    }

    /// R's deff for a mean: V / (s²·(W − n)/(W·n)); `replace`: V / (s²/n).
    func meanDeff(variance: Double, replace: Bool) -> Double {
        let reference = replace
            ? srsVariance / Double(n)
            : srsVariance * (sumWeights - Double(n)) / (sumWeights * Double(n))
        return reference > 0 ? variance / reference : .nan
    }

    /// R's deff for a total: V / (s²·W²·(W − n)/(W·n)); `replace`: V / (s²·W²/n).
    func totalDeff(variance: Double, replace: Bool) -> Double {
        let squared = sumWeights * sumWeights
        let reference = replace
            ? srsVariance * squared / Double(n)
            : srsVariance * squared * (sumWeights - Double(n)) / (sumWeights * Double(n))
        return reference > 0 ? variance / reference : .nan
    }
}

/// Selects the rows of a domain: all rows, or rows whose segment code equals `code`.
struct DomainSelector {
    let segmentCodes: UnsafeBufferPointer<Int32>?
    let code: Int32

    @inline(__always) func contains(_ row: Int) -> Bool {
        guard let segmentCodes else { return true }
        return segmentCodes[row] == code
    }
}
