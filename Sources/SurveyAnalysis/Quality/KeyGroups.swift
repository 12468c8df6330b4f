/// Members grouped by a 64-bit key by sorting rather than hashing into a table of small lists (a million members,
/// nearly all alone, would cost a million lists): the keys shared by two members or more, in ascending key order,
/// each with its members in ascending order.
///
/// Equal keys make candidates only, and callers confirm what they compare (vectors, ids, texts): each key keeps its
/// top `64 − memberBits` bits, packed with the member into one integer so that a plain integer sort does the
/// grouping, so two keys that differ only in their low bits also meet (about one pair in 10¹³ for random keys).
enum KeyGroups {
    /// Bits kept for a member: members below 2²¹ (2,097,152) are packed; larger member numbers fall back to
    /// sorting (key, member) pairs.
    static let memberBits = 21

    /// The groups of two or more members among `keyed` (each member, never negative, with its key).
    static func groups(_ keyed: [(key: UInt64, member: Int32)]) -> [[Int32]] {
        let mask = (UInt64(1) << UInt64(memberBits)) - 1
        guard keyed.allSatisfy({ UInt64($0.member) <= mask }) else { return pairGroups(keyed) }
        var packed = keyed.map { ($0.key & ~mask) | UInt64($0.member) }
        packed.sort()
        var groups: [[Int32]] = []
        var start = 0
        while start < packed.count {
            let key = packed[start] & ~mask
            var end = start + 1
            while end < packed.count && packed[end] & ~mask == key { end += 1 }
            if end - start > 1 { groups.append(packed[start..<end].map { Int32(truncatingIfNeeded: $0 & mask) }) }
            start = end
        }
        return groups
    }

    /// `groups` for member numbers too large to pack: (key, member) pairs sorted by key, then member.
    private static func pairGroups(_ keyed: [(key: UInt64, member: Int32)]) -> [[Int32]] {
        var sorted = keyed
        sorted.sort { $0.key != $1.key ? $0.key < $1.key : $0.member < $1.member }
        var groups: [[Int32]] = []
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count && sorted[end].key == sorted[start].key { end += 1 }
            if end - start > 1 { groups.append(sorted[start..<end].map(\.member)) }
            start = end
        }
        return groups
    }
}
