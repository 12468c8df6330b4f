/// A banner column: segment label, letter and base.
public struct BannerColumn: Sendable, Hashable, Codable {
    public var label: String
    public var letter: String
    public var base: ReportBase
}
