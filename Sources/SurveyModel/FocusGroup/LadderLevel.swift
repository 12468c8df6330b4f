/// The level of a code in a means-end chain.
public enum LadderLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case attribute, consequence, value

    /// A < C < V, the order in which a ladder climbs.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
