import SurveyModel

/// voc's SplitMix64 with helpers for test data, so every random test is reproducible from its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var base: SplitMix64

    init(seed: UInt64) { base = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { base.next() }

    /// A uniform integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    /// A random element of a non-empty array.
    mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }
}
