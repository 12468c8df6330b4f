/// Adjustment of p-values for multiple comparisons, matching R's `p.adjust`.
///
/// - Bonferroni: p̃ᵢ = min(1, m·pᵢ) (family-wise error rate).
/// - Benjamini–Hochberg (1995): with p₍₁₎ ≤ … ≤ p₍ₘ₎, p̃₍ᵢ₎ = min_{k ≥ i} min(1, m·p₍ₖ₎/k) (false discovery rate).
/// NaN p-values are left NaN and do not count in m.
public enum MultipleComparisonCorrection: String, Sendable, CaseIterable, Codable {
    case none
    case bonferroni
    case benjaminiHochberg

    /// Returns the adjusted p-values in the order given.
    public func adjust(_ pValues: [Double]) -> [Double] {
        let valid = pValues.indices.filter { !pValues[$0].isNaN }
        let m = Double(valid.count)
        var adjusted = pValues
        switch self {
        case .none:
            break
        case .bonferroni:
            for i in valid { adjusted[i] = min(1, pValues[i] * m) }
        case .benjaminiHochberg:
            let order = valid.sorted { pValues[$0] > pValues[$1] }
            var running = 1.0
            for (position, index) in order.enumerated() {
                let rank = m - Double(position)
                running = min(running, pValues[index] * m / rank)
                adjusted[index] = min(1, running)
            }
        }
        return adjusted
    }
}
