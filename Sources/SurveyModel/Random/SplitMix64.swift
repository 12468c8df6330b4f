/// A small, fast, seeded pseudo-random generator (SplitMix64, Steele, Lea & Flood 2014), used wherever voc must
/// reproduce the same "random" sequence from a stored seed: option and question order, MaxDiff designs,
/// simulated respondents.
///
/// The sequence depends only on the seed, on every platform and Swift version (unlike `SystemRandomNumberGenerator`
/// or `Hasher`). Not for cryptography.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one purpose (e.g. the option order of question `q3`) derived from a base seed, so that
    /// adding a question does not change the order of the others.
    public init(seed: UInt64, purpose: String) {
        self.init(seed: SeedDerivation.derive(seed, purpose))
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly distributed double in `0..<1` (53 random bits).
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}
