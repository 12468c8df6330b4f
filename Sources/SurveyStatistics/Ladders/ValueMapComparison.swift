/// Which links of the segments' value maps are common and which are specific to some segments: the "why"
/// counterpart of segment-specific needs (docs/methods.md §1.4).
///
/// Every segment's map is drawn at the given cutoff, or at its own default cutoff (which grows with the number of
/// ladders, so a small segment is not held to a large one's standard). A link drawn in every segment's map is `common`; a link drawn in
/// some maps only is `specific` to those segments. Whether the segments really differ is tested on respondents:
/// for each segment, how many of its respondents with a ladder have the direct link at least once. Two segments:
/// Fisher's exact test of the 2 × 2 table; more: Pearson's χ² test of the k × 2 table with k − 1 degrees of freedom
/// (Agresti 2013, §3.2; its p-value is approximate when expected counts are small, which the table shows).
/// Significance is at the 5% level, without adjustment for the number of links compared.
public struct ValueMapComparison: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case common
        case specific
    }

    public enum Test: String, Sendable, Codable {
        case fisherExact = "fisher-exact"
        case chiSquared = "chi-squared"
    }

    public struct Link: Sendable, Equatable {
        public var link: LadderLink
        public var kind: Kind
        /// The segments whose map draws the link.
        public var drawnIn: [String]
        /// Per segment (in `segments` order): respondents with the direct link, and respondents with a ladder.
        public var respondents: [Int]
        public var bases: [Int]
        public var test: Test
        public var pValue: Double
        public var isSignificant: Bool { pValue < 0.05 }

        /// The share of a segment's respondents with the link.
        public func share(_ index: Int) -> Double {
            bases[index] > 0 ? Double(respondents[index]) / Double(bases[index]) : 0
        }
    }

    public var segments: [String]
    /// Each segment's cutoff, in `segments` order.
    public var cutoffs: [Int]
    public var counting: LadderCounting
    /// Every link drawn in at least one segment's map: specific links first (smallest p first), then common ones.
    public var links: [Link]

    /// Compares the maps of the segments of `respondents` (those without a segment are left out), each drawn at
    /// `cutoff`, or at its own `defaultCutoff` when `cutoff` is nil.
    public init(_ respondents: [LadderRespondent], cutoff: Int?, counting: LadderCounting = .respondents) {
        let grouped = Dictionary(grouping: respondents.filter { $0.segment != nil }) { $0.segment! }
        let segments = grouped.keys.sorted()
        let matrices = segments.map { ImplicationMatrix(grouped[$0]!) }
        let maps = matrices.map { matrix in
            HierarchicalValueMap(
                matrix: matrix, cutoff: cutoff ?? matrix.defaultCutoff(counting: counting), counting: counting)
        }
        self.init(segments: segments, matrices: matrices, maps: maps, counting: counting)
    }

    /// Compares segments whose matrices and maps are already built (`maps[i]` drawn from `matrices[i]`, all with
    /// `counting`).
    init(segments: [String], matrices: [ImplicationMatrix], maps: [HierarchicalValueMap], counting: LadderCounting) {
        self.segments = segments
        self.counting = counting
        cutoffs = maps.map(\.cutoff)
        let drawn = Set(maps.flatMap { $0.edges.map(\.link) }).sorted()
        let test: Test = segments.count == 2 ? .fisherExact : .chiSquared
        var links: [Link] = []
        for link in drawn {
            let drawnIn = segments.indices.filter { maps[$0].edges.contains { $0.link == link } }.map { segments[$0] }
            let having = matrices.map { $0.directRespondents[link] ?? 0 }
            let bases = matrices.map(\.respondentCount)
            let p =
                test == .fisherExact
                ? FisherExactTest.twoSided(having[0], bases[0] - having[0], having[1], bases[1] - having[1])
                : Self.chiSquaredPValue(having: having, bases: bases)
            links.append(
                Link(
                    link: link, kind: drawnIn.count == segments.count ? .common : .specific, drawnIn: drawnIn,
                    respondents: having, bases: bases, test: test, pValue: p))
        }
        self.links = links.sorted { a, b in
            if a.kind != b.kind { return a.kind == .specific }
            if a.pValue != b.pValue { return a.pValue < b.pValue }
            return a.link < b.link
        }
    }

    /// Pearson's χ² test of independence of segment × (has the link, has not): X² = Σ (O − E)² / E over the k × 2
    /// cells, E = row total × column total / n, df = k − 1. A table with an empty column gives p = 1.
    static func chiSquaredPValue(having: [Int], bases: [Int]) -> Double {
        let n = Double(bases.reduce(0, +))
        let yes = Double(having.reduce(0, +))
        guard n > 0, yes > 0, yes < n, having.count > 1 else { return 1 }
        var statistic = 0.0
        for (count, base) in zip(having, bases) where base > 0 {
            let expectedYes = Double(base) * yes / n
            let expectedNo = Double(base) - expectedYes
            statistic += pow2(Double(count) - expectedYes) / expectedYes
            statistic += pow2(Double(base - count) - expectedNo) / expectedNo
        }
        let df = Double(bases.filter { $0 > 0 }.count - 1)
        return df > 0 ? ChiSquared.survival(statistic, df: df) : 1
    }

    private static func pow2(_ x: Double) -> Double { x * x }
}
