/// One construct of another tool's survey file that a conversion did not carry over as it was: where it is in the
/// source, what it was, and what the conversion did instead.
public struct ConversionReportItem: Sendable, Hashable {
    /// Where the construct is in the source: `SHEET!CELL` in a workbook (`survey!D12`), a JSON path in a JSON
    /// file (`pages[1].elements[3].visibleIf`).
    public var location: String
    /// The construct, as the source names it (`appearance "multiline"`, `repeat group "members"`).
    public var construct: String
    /// What was done instead (`dropped`, `kept as a text question`, `renamed to "q_1"`).
    public var action: String

    public init(location: String, construct: String, action: String) {
        self.location = location
        self.construct = construct
        self.action = action
    }

    /// `FILE:LOCATION: CONSTRUCT: ACTION`, the form of a compiler note.
    public func line(file: String) -> String { "\(file):\(location): \(construct): \(action)" }
}
