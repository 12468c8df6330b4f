/// Response indices grouped by a key where nearly every key has one member (an open answer, a contact, a
/// respondent): the first member is kept inline and only keys met again get a list, so a million keys cost a
/// million table entries instead of a million lists.
struct KeyedMembers<Key: Hashable & Sendable>: Sendable {
    private var first: [Key: Int32] = [:]
    private var repeated: [Key: [Int32]] = [:]

    /// Adds `member` to `key`'s members (after those added before).
    mutating func append(_ member: Int32, to key: Key) {
        if let existing = first[key] {
            repeated[key, default: [existing]].append(member)
        } else {
            first[key] = member
        }
    }

    /// The keys with two members or more, each with its members in the order they were added.
    var groups: Dictionary<Key, [Int32]> { repeated }

    /// `key`'s members in the order they were added (none for an unknown key).
    func members(of key: Key) -> [Int32] {
        repeated[key] ?? first[key].map { [$0] } ?? []
    }
}
