/// The kinds of flag each response of a run carries, as one bit set per response (bit `i`:
/// `QualityFlagKind.allCases[i]`), for the summary's counts and scores without a set per response.
struct FlagKinds {
    private static let kinds = QualityFlagKind.ordered
    /// Bits per response index (0: no flag).
    private var bits: [UInt32]
    /// The indices with at least one flag, ascending.
    private var flagged: [Int]

    /// The kinds in `flags` (the flags of each response, by response index).
    init(_ flags: [[QualityFlag]]) {
        let bits = flags.map(Self.bits)
        self.bits = bits
        flagged = bits.indices.filter { bits[$0] != 0 }
    }

    private static func bit(_ kind: QualityFlagKind) -> UInt32 { UInt32(1) << UInt32(kind.position) }

    /// The kinds among `flags` as bits.
    static func bits(_ flags: [QualityFlag]) -> UInt32 { flags.reduce(0) { $0 | bit($1.kind) } }

    /// The kinds in `bits`, in declaration order.
    static func kinds(_ bits: UInt32) -> [QualityFlagKind] {
        var result: [QualityFlagKind] = []
        var remaining = bits
        while remaining != 0 {
            result.append(kinds[remaining.trailingZeroBitCount])
            remaining &= remaining - 1
        }
        return result
    }

    /// The weights of the kinds in `bits`, each once (a response's score).
    static func score(_ bits: UInt32) -> Double { kinds(bits).reduce(0) { $0 + $1.weight } }

    func contains(_ kind: QualityFlagKind, _ index: Int) -> Bool { bits[index] & Self.bit(kind) != 0 }

    /// The response's score: the weights of the kinds it carries, each once (`ResponseQuality.score`).
    func score(_ index: Int) -> Double { Self.score(bits[index]) }

    /// Responses with a score of at least `minimum`, among those `included` selects (all when nil).
    func count(among included: ((Int) -> Bool)?, scoring minimum: Double) -> Int {
        flagged.count { (included?($0) ?? true) && score($0) >= minimum }
    }

    /// Responses carrying each kind (by its raw value; kinds nobody carries left out), among those `included`
    /// selects (all when nil).
    func counts(among included: ((Int) -> Bool)?) -> [String: Int] {
        var tally = [Int](repeating: 0, count: Self.kinds.count)
        for index in flagged where included?(index) ?? true {
            var remaining = bits[index]
            while remaining != 0 {
                tally[remaining.trailingZeroBitCount] += 1
                remaining &= remaining - 1
            }
        }
        var counts: [String: Int] = [:]
        for (position, kind) in Self.kinds.enumerated() where tally[position] > 0 {
            counts[kind.rawValue] = tally[position]
        }
        return counts
    }
}
