/// Summary statistics of a set of weights.
///
/// Quartiles are R's `quantile(type = 7)`: linear interpolation at h = (n − 1)p between order statistics
/// (found by selection, O(n)). Kish's design effect n·Σw²/(Σw)² = 1 + CV², effective sample size (Σw)²/Σw², and
/// the coefficient of variation with the population variance (divisor n), as docs/methods.md §3.1 and R reference
/// figures.
public struct WeightSummary: Sendable, Equatable {
    public var n: Int
    public var min: Double
    public var q1: Double
    public var median: Double
    public var q3: Double
    public var max: Double
    public var sum: Double
    public var sumOfSquares: Double
    public var mean: Double
    public var kishDeff: Double
    public var effectiveSampleSize: Double
    public var cv: Double

    public init(_ weights: [Double]) {
        n = weights.count
        var sum = 0.0
        var squares = 0.0
        var low = Double.infinity
        var high = -Double.infinity
        for weight in weights {
            sum += weight
            squares += weight * weight
            low = Swift.min(low, weight)
            high = Swift.max(high, weight)
        }
        self.sum = sum
        sumOfSquares = squares
        min = n > 0 ? low : .nan
        max = n > 0 ? high : .nan
        mean = n > 0 ? sum / Double(n) : .nan
        kishDeff = sum != 0 ? Double(n) * squares / (sum * sum) : .nan
        effectiveSampleSize = squares > 0 ? sum * sum / squares : 0
        var deviations = 0.0
        for weight in weights { deviations += (weight - mean) * (weight - mean) }
        cv = n > 0 && mean != 0 ? (deviations / Double(n)).squareRoot() / mean : .nan
        var scratch = weights
        q1 = Self.type7Quantile(&scratch, 0.25)
        median = Self.type7Quantile(&scratch, 0.5)
        q3 = Self.type7Quantile(&scratch, 0.75)
    }

    /// The summary of weights given as distinct `values` with their `counts` (e.g. one per weighting cell when
    /// the start weights are equal): the same figures as the per-row initializer, in O(k log k) for k values.
    public init(values: [Double], counts: [Int]) {
        let order = values.indices.sorted { values[$0] < values[$1] }
        let total = counts.reduce(0, +)
        n = total
        var sum = 0.0
        var squares = 0.0
        for (value, count) in zip(values, counts) {
            sum += value * Double(count)
            squares += value * value * Double(count)
        }
        self.sum = sum
        sumOfSquares = squares
        let present = order.filter { counts[$0] > 0 }
        min = present.first.map { values[$0] } ?? .nan
        max = present.last.map { values[$0] } ?? .nan
        mean = n > 0 ? sum / Double(n) : .nan
        kishDeff = sum != 0 ? Double(n) * squares / (sum * sum) : .nan
        effectiveSampleSize = squares > 0 ? sum * sum / squares : 0
        var deviations = 0.0
        for (value, count) in zip(values, counts) { deviations += Double(count) * (value - mean) * (value - mean) }
        cv = n > 0 && mean != 0 ? (deviations / Double(n)).squareRoot() / mean : .nan
        let sortedValues = present.map { values[$0] }
        var cumulative: [Int] = []
        var running = 0
        for index in present {
            running += counts[index]
            cumulative.append(running)
        }
        func orderStatistic(_ k: Int) -> Double {
            var low = 0
            var high = cumulative.count - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] > k { high = middle } else { low = middle + 1 }
            }
            return sortedValues[low]
        }
        func quantile(_ p: Double) -> Double {
            guard total > 0 else { return .nan }
            let h = Double(total - 1) * p
            let lowIndex = Int(h.rounded(.down))
            let low = orderStatistic(lowIndex)
            if lowIndex + 1 >= total { return low }
            return low + (h - Double(lowIndex)) * (orderStatistic(lowIndex + 1) - low)
        }
        q1 = quantile(0.25)
        median = quantile(0.5)
        q3 = quantile(0.75)
    }

    /// R type-7 quantile via selection; reorders `values`.
    static func type7Quantile(_ values: inout [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let h = Double(values.count - 1) * p
        let lowIndex = Int(h.rounded(.down))
        let low = OrderSelection.select(&values, lowIndex)
        if lowIndex + 1 >= values.count { return low }
        // The next order statistic is the minimum of the part above lowIndex after selection.
        var next = Double.infinity
        for index in (lowIndex + 1)..<values.count { next = Swift.min(next, values[index]) }
        return low + (h - Double(lowIndex)) * (next - low)
    }
}
