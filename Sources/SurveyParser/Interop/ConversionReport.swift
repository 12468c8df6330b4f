import SurveyText

/// The conversion report: every construct of the source that the converted survey does not hold as it was, in
/// the order the conversion met them (a group's own items when the group closes). Nothing is dropped without an
/// item here.
public struct ConversionReport: Sendable, Hashable {
    /// The source file as the user named it.
    public var file: String
    /// The format the source was read as.
    public var format: InteropFormat
    public var items: [ConversionReportItem]

    public init(file: String, format: InteropFormat, items: [ConversionReportItem] = []) {
        self.file = file
        self.format = format
        self.items = items
    }

    /// Adds an item at `location`.
    public mutating func add(_ location: String, _ construct: String, _ action: String) {
        items.append(ConversionReportItem(location: location, construct: construct, action: action))
    }

    /// One line per item (`FILE:LOCATION: CONSTRUCT: ACTION`), then a summary line; ends with a newline.
    public var text: String {
        var output = items.map { $0.line(file: file) + "\n" }.joined()
        output +=
            items.isEmpty
            ? "converted \(file) (\(format.name)): everything carried over\n"
            : "converted \(file) (\(format.name)): \(items.count) report item\(items.count == 1 ? "" : "s")\n"
        return output
    }

    /// The report as one JSON object: `file`, `format`, and `items` with `location`, `construct` and `action`.
    public var json: JSONOutput {
        .object([
            ("file", .string(file)), ("format", .string(format.rawValue)),
            (
                "items",
                JSONOutput.objects(items) { item in
                    [
                        ("location", .string(item.location)), ("construct", .string(item.construct)),
                        ("action", .string(item.action)),
                    ]
                }
            ),
        ])
    }
}
