/// A banner row: one estimate per column with significance letters.
public struct BannerRow: Sendable, Hashable, Codable {
    public var label: String
    public var cells: [SegmentEstimate]
}
