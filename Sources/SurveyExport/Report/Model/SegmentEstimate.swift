/// An estimate for one segment, with its banner letter and the letters of segments it is significantly above.
public struct SegmentEstimate: Sendable, Hashable, Codable {
    public var segment: String
    /// The column letter (A, B, ...) used by significance letters.
    public var letter: String
    public var estimate: ReportEstimate
    /// Letters of the segments this one is significantly higher than (upper case at the high confidence level,
    /// lower case at the low one), e.g. `"Bc"`.
    public var higherThan: String = ""
}
