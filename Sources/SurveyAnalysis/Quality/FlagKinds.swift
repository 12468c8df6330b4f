/// The kinds of flag each response of a run carries, as one bit set per response (bit `i`:
/// `QualityFlagKind.allCases[i]`), for the summary's counts and scores without a set per response.
struct FlagKinds {
    private static let kinds = QualityFlagKind.allCases
    /// Bits per response index (0: no flag).
    private var bits: [UInt32]
    /// The indices with at least one flag, ascending.
    private var flagged: [Int]

    /// The kinds in `flags` (flags by response index) for `count` responses.
    init(_ flags: [Int: [QualityFlag]], count: Int) {
        bits = [UInt32](repeating: 0, count: count)
        for (index, list) in flags {
            for flag in list { bits[index] |= Self.bit(flag.kind) }
        }
        flagged = flags.keys.sorted()
    }

    private static func bit(_ kind: QualityFlagKind) -> UInt32 {
        UInt32(1) << UInt32(kinds.firstIndex(of: kind)!)
    }

    func contains(_ kind: QualityFlagKind, _ index: Int) -> Bool { bits[index] & Self.bit(kind) != 0 }

    /// The response's score: the weights of the kinds it carries, each once (`ResponseQuality.score`).
    func score(_ index: Int) -> Double {
        var total = 0.0
        var remaining = bits[index]
        while remaining != 0 {
            let position = remaining.trailingZeroBitCount
            total += Self.kinds[position].weight
            remaining &= remaining - 1
        }
        return total
    }

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
