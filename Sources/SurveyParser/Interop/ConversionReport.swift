import SurveyText

/// The conversion report: every construct of the source that the converted survey does not hold as it was, in
/// the order the conversion met them (a group's own items when the group closes). Nothing is dropped without an
/// item here. Converting another tool's file into voc, the source is that file; writing a voc survey in another
/// tool's format (`target`), the source is the voc survey and locations are its `LINE:COLUMN`s.
public struct ConversionReport: Sendable, Hashable {
    /// The source file as the user named it.
    public var file: String
    /// The format the source was read as.
    public var format: InteropFormat
    /// The format written, when the conversion writes another tool's format (XLSForm); nil when it writes voc.
    public var target: InteropFormat?
    public var items: [ConversionReportItem]

    public init(
        file: String, format: InteropFormat, target: InteropFormat? = nil, items: [ConversionReportItem] = []
    ) {
        self.file = file
        self.format = format
        self.target = target
        self.items = items
    }

    /// Adds an item at `location`.
    public mutating func add(_ location: String, _ construct: String, _ action: String) {
        items.append(ConversionReportItem(location: location, construct: construct, action: action))
    }

    /// One line per item (`FILE:LOCATION: CONSTRUCT: ACTION`), then a summary line
    /// (`converted FILE (FORMAT)[ to TARGET]: N report items`); ends with a newline.
    public var text: String {
        var output = items.map { $0.line(file: file) + "\n" }.joined()
        let conversion = "converted \(file) (\(format.name))" + (target.map { " to \($0.name)" } ?? "")
        output +=
            items.isEmpty
            ? "\(conversion): everything carried over\n"
            : "\(conversion): \(items.count) report item\(items.count == 1 ? "" : "s")\n"
        return output
    }

    /// The report as one JSON object: `file`, `format`, `target` (only when writing another tool's format), and
    /// `items` with `location`, `construct` and `action`.
    public var json: JSONOutput {
        var members: [(String, JSONOutput)] = [("file", .string(file)), ("format", .string(format.rawValue))]
        if let target { members.append(("target", .string(target.rawValue))) }
        members.append(
            (
                "items",
                JSONOutput.objects(items) { item in
                    [
                        ("location", .string(item.location)), ("construct", .string(item.construct)),
                        ("action", .string(item.action)),
                    ]
                }
            ))
        return .object(members)
    }
}
