import Foundation
import SurveyModel

/// A deterministic, seedable pseudo-random number generator: xoshiro256** (Blackman & Vigna 2018,
/// https://prng.di.unimi.it/) with its 256-bit state filled from the 64-bit seed by SplitMix64 (Steele, Lea &
/// Flood 2014), as the xoshiro authors recommend.
///
/// The same seed gives the same stream on every platform and Swift version. The helpers (`nextUnitDouble`,
/// `nextInt(below:)` from SurveyModel, `shuffle`, `nextGaussian`) are implemented in voc rather than taken from
/// the standard library, whose algorithms for `random(in:using:)` and `shuffle(using:)` are not guaranteed to stay
/// the same across releases; use them wherever results must be reproducible from a seed (MaxDiff designs,
/// permutation tests, synthetic studies).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// Creates a generator whose stream is fully determined by `seed`: the state is the first four outputs of
    /// SplitMix64 seeded with it.
    public init(seed: UInt64) {
        var splitMix = SplitMix64(seed: seed)
        state = (splitMix.next(), splitMix.next(), splitMix.next(), splitMix.next())
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotateLeft(state.3, 45)
        return result
    }

    /// A uniform Double in [0, 1) with 53 random bits: (next() >> 11)·2⁻⁵³.
    public mutating func nextUnitDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A standard normal draw by the Box–Muller transform (one of the pair is used).
    public mutating func nextGaussian() -> Double {
        var u = nextUnitDouble()
        while u == 0 { u = nextUnitDouble() }
        let v = nextUnitDouble()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// Shuffles `array` in place by the Fisher–Yates algorithm, drawing with `nextInt(below:)`
    /// (`Array.seededShuffle(using:)`, no copy).
    public mutating func shuffle<T>(_ array: inout [T]) {
        array.seededShuffle(using: &self)
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
