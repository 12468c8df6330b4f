public import SurveyModel

/// The laddering analysis of a study (docs/methods.md §1.2–1.4): the implication matrix, the cutoff table and the
/// hierarchical value map for everyone and for each segment, the comparison of the segments' maps, and what the
/// segmentation reported (steps down or sideways, ladders without an attribute).
public struct LadderAnalysis: Sendable {
    /// Everyone, or one segment.
    public struct Group: Sendable {
        public var name: String
        public var matrix: ImplicationMatrix
        public var cutoffTable: [LadderCutoffRow]
        public var map: HierarchicalValueMap
    }

    public var counting: LadderCounting
    /// The attribute the segments are values of (nil: everyone only).
    public var segmentName: String?
    /// "all" first, then each segment in sorted order.
    public var groups: [Group]
    /// The comparison of the segments' maps; nil without segments, or with fewer than two.
    public var comparison: ValueMapComparison?
    public var inconsistencies: [LadderInconsistency]
    public var unseededLadders: Int

    /// Analyses `ladders` (respondents carry their segment when `bySegment`). Each map is drawn at `cutoff`, or at
    /// its group's default cutoff (`ImplicationMatrix.defaultCutoff`) when nil.
    public init(
        ladders: LadderSet, segmentName: String? = nil, segment: ((String) -> String?)?, levels: [String: LadderLevel],
        cutoff: Int?, counting: LadderCounting
    ) {
        self.segmentName = segmentName
        let respondents = ladders.segmented(segment ?? { _ in nil })
        var groups = [("all", respondents)]
        if segment != nil {
            let bySegment = Dictionary(grouping: respondents.filter { $0.segment != nil }) { $0.segment! }
            groups += bySegment.keys.sorted().map { ($0, bySegment[$0]!) }
        }
        self.groups = groups.map { name, members in
            let matrix = ImplicationMatrix(members)
            return Group(
                name: name, matrix: matrix, cutoffTable: matrix.cutoffTable(counting: counting),
                map: HierarchicalValueMap(
                    matrix: matrix, cutoff: cutoff ?? matrix.defaultCutoff(counting: counting), counting: counting,
                    levels: levels))
        }
        // The segments' matrices and maps are compared as drawn (built once, above).
        let segments = self.groups.dropFirst()
        comparison =
            segments.count > 1
            ? ValueMapComparison(
                segments: segments.map(\.name), matrices: segments.map(\.matrix), maps: segments.map(\.map),
                counting: counting)
            : nil
        self.counting = counting
        inconsistencies = ladders.inconsistencies
        unseededLadders = ladders.unseededLadders
    }
}
