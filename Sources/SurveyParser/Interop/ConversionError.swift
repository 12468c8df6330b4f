/// A source file that cannot be converted, with where in it the problem is.
///
/// Rendered compiler-style: `FILE:LOCATION: error: MESSAGE`, where LOCATION is `SHEET!CELL` in a workbook
/// (`form.xlsx:survey!A12: error: ...`), a JSON path in a JSON file (`form.json:pages[0].elements[2]: error: ...`),
/// or absent when the problem concerns the whole file (`form.xlsx: error: ...`).
public struct ConversionError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var location: String?
    public var message: String

    public init(file: String, location: String? = nil, _ message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    public var description: String { "\(file)\(location.map { ":" + $0 } ?? ""): error: \(message)" }
}
