/// Stable seed derivation: FNV-1a over the purpose's UTF-8 bytes, mixed with the base seed by one SplitMix64 step.
public enum SeedDerivation {
    /// A seed for `purpose` derived from `seed`; equal inputs give equal outputs on every platform.
    public static func derive(_ seed: UInt64, _ purpose: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in purpose.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        var generator = SplitMix64(seed: seed ^ hash)
        return generator.next()
    }
}
