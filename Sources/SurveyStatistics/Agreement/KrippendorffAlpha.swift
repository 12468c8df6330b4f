/// Krippendorff's alpha for any number of coders, missing data, nominal or interval values
/// (Krippendorff 2011, "Computing Krippendorff's alpha-reliability"; Hayes & Krippendorff 2007,
/// Communication Methods and Measures 1(1); docs/methods.md §4.2).
///
/// Only units with m_u ≥ 2 values are pairable. Coincidences: o_ck = Σ_u Σ_{i≠i'} [v_iu = c][v_i'u = k]/(m_u − 1);
/// n_c = Σ_k o_ck, n = Σ_c n_c. α = 1 − D_o/D_e with D_o = (1/n)·Σ_{c,k} o_ck δ²_ck and
/// D_e = 1/(n(n − 1))·Σ_{c,k} n_c n_k δ²_ck; δ²_ck = [c ≠ k] (nominal) or (c − k)² (interval).
/// Returns NaN when D_e = 0 (no variation in the pairable values).
public enum KrippendorffAlpha {
    public enum Metric: String, Sendable, CaseIterable, Codable {
        case nominal, interval
    }

    public struct Result: Sendable, Equatable {
        public var alpha: Double
        /// n, the number of pairable values.
        public var pairableValues: Double
        /// n_c per distinct value, in ascending value order.
        public var valueCounts: [Double: Double]
        public var observedDisagreement: Double
        public var expectedDisagreement: Double
    }

    /// α for a coders × units matrix (nil = the coder did not code the unit). Rows may differ in length;
    /// missing trailing units count as nil.
    public static func compute(_ data: [[Double?]], metric: Metric = .nominal) -> Result {
        let units = data.map(\.count).max() ?? 0
        var valueCounts: [Double: Double] = [:]
        var observedSum = 0.0
        for u in 0..<units {
            let values = data.compactMap { u < $0.count ? $0[u] : nil }
            let m = Double(values.count)
            guard values.count >= 2 else { continue }
            for v in values { valueCounts[v, default: 0] += 1 }
            for i in values.indices {
                for j in values.indices where j != i {
                    observedSum += delta(values[i], values[j], metric) / (m - 1)
                }
            }
        }
        let n = valueCounts.values.reduce(0, +)
        var expectedSum = 0.0
        let distinct = valueCounts.keys.sorted()
        for c in distinct {
            for k in distinct where k != c {
                expectedSum += valueCounts[c]! * valueCounts[k]! * delta(c, k, metric)
            }
        }
        let observed = n > 0 ? observedSum / n : .nan
        let expected = n > 1 ? expectedSum / (n * (n - 1)) : .nan
        let alpha = expected > 0 ? 1 - observed / expected : .nan
        return Result(
            alpha: alpha, pairableValues: n, valueCounts: valueCounts,
            observedDisagreement: observed, expectedDisagreement: expected)
    }

    private static func delta(_ c: Double, _ k: Double, _ metric: Metric) -> Double {
        switch metric {
        case .nominal: c == k ? 0 : 1
        case .interval: (c - k) * (c - k)
        }
    }
}
