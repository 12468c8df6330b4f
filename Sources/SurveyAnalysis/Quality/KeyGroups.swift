/// Members grouped by a 64-bit key by sorting rather than hashing into a table of small lists (a million members,
/// nearly all alone, would cost a million lists): the keys shared by two members or more, in ascending key order,
/// each with its members in ascending order. Equal keys are candidates only; callers confirm what they compare.
enum KeyGroups {
    /// The groups of two or more members among `keyed` (each member with its key).
    static func groups(_ keyed: [(key: UInt64, member: Int32)]) -> [[Int32]] {
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
