/// Stable seed derivation: FNV-1a over the purpose's UTF-8 bytes, mixed with the base seed by one SplitMix64 step.
public enum SeedDerivation {
    /// A seed for `purpose` derived from `seed`; equal inputs give equal outputs on every platform.
    public static func derive(_ seed: UInt64, _ purpose: String) -> UInt64 {
        var generator = SplitMix64(seed: seed ^ FNV1a.hash(purpose.utf8))
        return generator.next()
    }
}
