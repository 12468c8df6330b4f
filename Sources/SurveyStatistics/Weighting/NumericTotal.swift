/// The population total of a numeric variable, a target of calibration to totals (docs/methods.md §8.1, §8.7).
///
/// Written in a margins file as a row with an empty level (`revenue,,1250000`), or in JSON as a number in place
/// of a variable's level object (`{"revenue": 1250000}`) or `{"variable": "revenue", "total": 1250000}`.
public struct NumericTotal: Sendable, Equatable {
    /// The numeric variable.
    public var variable: String
    /// Its population total (any finite number).
    public var total: Double
    /// Where the margins file gives it (`file:row:column`), for messages; nil when it does not come from a file.
    public var location: String?

    public init(variable: String, total: Double, location: String? = nil) {
        self.variable = variable
        self.total = total
        self.location = location
    }
}
