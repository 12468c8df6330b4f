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
