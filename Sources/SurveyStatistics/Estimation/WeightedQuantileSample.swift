/// Values with sampling weights, sorted, for R's quantile rules (`survey:::qrule_math`, `qrule_school`,
/// `qrule_hf7`, and their helper `survey:::qs`, survey 4.1).
///
/// Zero weights are dropped first. With the values sorted (ties in their original order, as R's `order`),
/// C_k = w_(1) + … + w_(k) and W = C_n (sums accumulated in extended precision, as R's `cumsum` and `sum`):
/// - `qs`: pos = the last k with C_k ≤ p·W (1 if there is none), next = min(pos + 1, n), and
///   w_low = p − C_pos/W.
/// - `math`: x_(pos) if w_low = 0, else x_(next). (Like R, a p below C_1/W gives x_(2).)
/// - `school`: (x_(pos) + x_(next))/2 if w_low = 0, else x_(next).
/// - `hf7`: linear interpolation of the points (p_k, x_(k)) with p_k = C_{k−1}/C_{n−1} (p_1 = 0, p_n = 1) at p,
///   constant beyond the ends (R's `approx(rule = 2)`).
struct WeightedQuantileSample {
    private let values: [Double]
    private let cumulative: [Double]
    private let total: Double

    /// Pairs of (value, weight); rows with weight 0 are left out, as R's rules do.
    init(values unsorted: [Double], weights: [Double]) {
        let kept = unsorted.indices.filter { weights[$0] != 0 }
        let order = kept.sorted { unsorted[$0] < unsorted[$1] || (unsorted[$0] == unsorted[$1] && $0 < $1) }
        values = order.map { unsorted[$0] }
        #if arch(x86_64)
            var running: Float80 = 0
        #else
            var running: Double = 0
        #endif
        var cumulative: [Double] = []
        cumulative.reserveCapacity(order.count)
        for index in order {
            running += .init(weights[index])
            cumulative.append(Double(running))
        }
        self.cumulative = cumulative
        total = Double(running)
    }

    var isEmpty: Bool { values.isEmpty }

    /// The p-quantile under `rule`; NaN when there are no values or p is NaN.
    func quantile(_ p: Double, rule: QuantileRule) -> Double {
        guard !values.isEmpty, !p.isNaN else { return .nan }
        switch rule {
        case .math, .school:
            let n = values.count
            let threshold = p * total
            var low = 0
            var high = n
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] <= threshold { low = middle + 1 } else { high = middle }
            }
            let position = max(low - 1, 0)
            let next = position == n - 1 ? position : position + 1
            let exact = p - cumulative[position] / total == 0
            if !exact { return values[next] }
            return rule == .math ? values[position] : (values[position] + values[next]) / 2
        case .hf7:
            return hf7(p)
        }
    }

    private func hf7(_ p: Double) -> Double {
        let n = values.count
        guard n > 1 else { return values[0] }
        let scale = cumulative[n - 2]
        let points = (0..<n).map { $0 == 0 ? 0 : cumulative[$0 - 1] / scale }
        if p <= points[0] { return values[0] }
        if p >= points[n - 1] { return values[n - 1] }
        // R's approx1: bisection for points[i] ≤ p ≤ points[j], j = i + 1.
        var i = 0
        var j = n - 1
        while i < j - 1 {
            let k = (i + j) / 2
            if p < points[k] { j = k } else { i = k }
        }
        if p == points[j] { return values[j] }
        if p == points[i] { return values[i] }
        return values[i] + (values[j] - values[i]) * ((p - points[i]) / (points[j] - points[i]))
    }
}
