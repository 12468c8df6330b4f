/// A coded theme: its weighted share of the segment's answerers and representative quotes.
public struct WhyTheme: Sendable, Hashable, Codable {
    public var theme: String
    public var share: ReportEstimate
    public var quotes: [String]
}
