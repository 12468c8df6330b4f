/// The 64-bit FNV-1a hash (Fowler–Noll–Vo): start from the offset basis, then for each value XOR it in and
/// multiply by the FNV prime. Stable across runs and platforms (unlike `Hasher`), and cheap for short inputs; not
/// for adversarial keys. Reference: Fowler, Noll & Vo, "The FNV Non-Cryptographic Hash Algorithm" (IETF draft).
public struct FNV1a: Sendable {
    /// The hash of what was combined so far (the offset basis before anything).
    public var value: UInt64 = 0xCBF2_9CE4_8422_2325

    @inlinable public init() {}

    /// Mixes in one value (a byte, or a wider code taken as one unit).
    @inlinable public mutating func combine(_ unit: UInt64) {
        value = (value ^ unit) &* 0x0000_0100_0000_01B3
    }

    /// The hash of `bytes`.
    @inlinable public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hasher = FNV1a()
        for byte in bytes { hasher.combine(UInt64(byte)) }
        return hasher.value
    }
}
