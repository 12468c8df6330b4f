/// The byte range of one field inside a `CSVBytes` buffer.
///
/// For a quoted field the range excludes the surrounding quotes; `hasEscapedQuotes` tells that the range still
/// contains doubled quotes (`""`) that stand for one quote each.
public struct CSVFieldRange: Sendable, Equatable {
    /// Offset of the first content byte.
    public var start: Int
    /// Offset one past the last content byte.
    public var end: Int
    /// True when the field was enclosed in quotes.
    public var isQuoted: Bool
    /// True when the content contains doubled quotes to be unescaped.
    public var hasEscapedQuotes: Bool
}
