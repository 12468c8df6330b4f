/// Response indices grouped by a text where nearly every text has one member (an open answer, a contact): the run
/// only appends (key, member) while it absorbs responses, and the groups are found once at the end by sorting the
/// texts' fingerprints (`KeyGroups`) and confirming equal fingerprints by the texts' bytes, so a million keys cost
/// two arrays instead of a hash table of a million entries that grows while the run reads.
struct KeyedMembers: Sendable {
    private var keys: [HashedText] = []
    private var members: [Int32] = []

    /// Adds `member` to `key`'s members (after those added before).
    mutating func append(_ member: Int32, to key: HashedText) {
        keys.append(key)
        members.append(member)
    }

    /// The keys with two members or more, each with its members in the order they were added; in ascending order
    /// of the keys' fingerprints, then of their first members.
    var groups: [(key: HashedText, members: [Int32])] {
        var found: [(key: HashedText, members: [Int32])] = []
        for candidates in KeyGroups.groups(keys.indices.map { (keys[$0].fingerprint, Int32($0)) }) {
            var remaining = candidates.map(Int.init)
            while let first = remaining.first {
                let key = keys[first]
                let same = remaining.filter { keys[$0] == key }
                if same.count > 1 { found.append((key, same.map { members[$0] })) }
                remaining.removeAll { keys[$0] == key }
            }
        }
        return found
    }
}
