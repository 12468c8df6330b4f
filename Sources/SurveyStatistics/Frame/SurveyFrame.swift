/// A columnar table of survey respondents: contiguous numeric columns and coded categorical columns.
///
/// The frame is independent of where the data came from: a CSV file (`SurveyFrame(csv:columns:)`), a store, or
/// arrays built in code. All columns have `rowCount` rows. Numeric columns hold NaN for missing values;
/// categorical columns hold code -1.
public struct SurveyFrame: Sendable {
    /// Number of rows (respondents).
    public let rowCount: Int
    /// Column names in insertion order.
    public private(set) var names: [String]
    private var storage: [String: FrameColumn]

    /// An empty frame with `rowCount` rows and no columns.
    public init(rowCount: Int) {
        self.rowCount = rowCount
        names = []
        storage = [:]
    }

    /// A frame from named columns; throws `FrameError.lengthMismatch` when a column's length differs.
    public init(columns: [(String, FrameColumn)]) throws {
        self.init(rowCount: columns.first?.1.count ?? 0)
        for (name, column) in columns { try add(name, column) }
    }

    /// Adds or replaces a column. Throws `FrameError.lengthMismatch` when its length is not `rowCount`.
    public mutating func add(_ name: String, _ column: FrameColumn) throws {
        guard column.count == rowCount else {
            throw FrameError.lengthMismatch(column: name, expected: rowCount, found: column.count)
        }
        if storage.updateValue(column, forKey: name) == nil { names.append(name) }
    }

    /// The column called `name`, or nil.
    public subscript(name: String) -> FrameColumn? { storage[name] }

    /// The numeric column `name`. A categorical column whose every level is a number is converted.
    /// Throws `FrameError.unknownColumn` or `.notNumeric`.
    public func numeric(_ name: String) throws -> [Double] {
        switch storage[name] {
        case nil: throw FrameError.unknownColumn(name)
        case .numeric(let values)?: return values
        case .categorical(let column)?:
            let values = column.levels.map { Double($0) }
            guard values.allSatisfy({ $0 != nil }) else { throw FrameError.notNumeric(name) }
            return column.codes.map { $0 < 0 ? .nan : values[Int($0)]! }
        }
    }

    /// The categorical column `name`. A numeric column is coded by its distinct values (sorted numerically,
    /// labelled with their shortest decimal form). Throws `FrameError.unknownColumn`.
    public func categorical(_ name: String) throws -> CategoricalColumn {
        switch storage[name] {
        case nil: throw FrameError.unknownColumn(name)
        case .categorical(let column)?: return column
        case .numeric(let values)?: return Self.code(values)
        }
    }

    /// Codes numbers by their distinct values; NaN is missing.
    static func code(_ values: [Double]) -> CategoricalColumn {
        let distinct = Array(Set(values.filter { !$0.isNaN })).sorted()
        var index: [Double: Int32] = [:]
        index.reserveCapacity(distinct.count)
        for (code, value) in distinct.enumerated() { index[value] = Int32(code) }
        let codes = values.map { $0.isNaN ? -1 : index[$0]! }
        let labels = distinct.map { value -> String in
            value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }
        return CategoricalColumn(codes: codes, levels: labels)
    }
}
