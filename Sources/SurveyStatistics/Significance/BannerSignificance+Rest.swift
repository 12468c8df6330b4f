/// The "column versus the rest" convention of some tabulation systems (Telmar; docs/methods.md §3.1), for banner
/// columns that partition the sample (segments).
extension BannerSignificance {
    /// How one column compares with the union of the other testable columns.
    public struct RestComparison: Sendable, Equatable {
        public enum Direction: String, Sendable, Equatable { case higher, lower }
        /// nil when not significant, not tested, or equal.
        public var direction: Direction?
        /// True when significant at `highConfidence`, false when only at `lowConfidence`.
        public var atHighConfidence: Bool
        public var result: TwoSampleTestResult?
        public var adjustedPValue: Double
        public var smallBase: Bool
    }

    /// Tests each testable column against the rest: the rest estimate is the base-weighted mean
    /// θ_rest = Σ nᵢθᵢ/Σ nᵢ over the other testable columns, with SE_rest = √(Σ nᵢ²SEᵢ²)/Σ nᵢ when all columns
    /// carry SEs (Wald z), otherwise the two-proportion z test on the effective bases. p-values are adjusted
    /// over the tested columns with `options.correction`.
    public static func compareWithRest(_ columns: [Column], options: Options = Options()) -> [RestComparison] {
        let testable = columns.map { $0.effectiveBase >= options.minimumEffectiveBase && !$0.estimate.isNaN }
        let useStandardErrors = columns.indices.allSatisfy { !testable[$0] || columns[$0].standardError != nil }
        var results: [TwoSampleTestResult?] = []
        for c in columns.indices {
            guard testable[c] else {
                results.append(nil)
                continue
            }
            let others = columns.indices.filter { $0 != c && testable[$0] }
            let base = others.reduce(0) { $0 + columns[$1].effectiveBase }
            guard base > 0 else {
                results.append(nil)
                continue
            }
            let estimate = others.reduce(0) { $0 + columns[$1].effectiveBase * columns[$1].estimate } / base
            if useStandardErrors {
                let variance = others.reduce(0.0) { sum, i in
                    let weighted = columns[i].effectiveBase * (columns[i].standardError ?? 0)
                    return sum + weighted * weighted
                }
                results.append(
                    ProportionTests.difference(
                        estimate1: columns[c].estimate, standardError1: columns[c].standardError ?? 0,
                        estimate2: estimate, standardError2: variance.squareRoot() / base))
            } else {
                results.append(
                    ProportionTests.twoProportionZ(
                        p1: columns[c].estimate, n1: columns[c].effectiveBase,
                        p2: estimate, n2: base,
                        variance: options.proportionVariance))
            }
        }
        let tested = results.indices.filter { results[$0] != nil }
        let adjusted = options.correction.adjust(tested.map { results[$0]!.pValue })
        var adjustedByColumn = [Double](repeating: .nan, count: columns.count)
        for (position, c) in tested.enumerated() { adjustedByColumn[c] = adjusted[position] }
        return columns.indices.map { c in
            let p = adjustedByColumn[c]
            var direction: RestComparison.Direction?
            var high = false
            if let result = results[c], !p.isNaN, result.difference != 0 {
                if p < 1 - options.highConfidence {
                    high = true
                    direction = result.difference > 0 ? .higher : .lower
                } else if let low = options.lowConfidence, p < 1 - low {
                    direction = result.difference > 0 ? .higher : .lower
                }
            }
            return RestComparison(
                direction: direction, atHighConfidence: high, result: results[c],
                adjustedPValue: p, smallBase: !testable[c])
        }
    }
}
