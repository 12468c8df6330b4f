/// Problems with frame columns.
public enum FrameError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownColumn(String)
    case notNumeric(String)
    case lengthMismatch(column: String, expected: Int, found: Int)

    public var description: String {
        switch self {
        case .unknownColumn(let name): "no column named '\(name)'"
        case .notNumeric(let name): "column '\(name)' is not numeric"
        case .lengthMismatch(let name, let expected, let found):
            "column '\(name)' has \(found) rows, expected \(expected)"
        }
    }
}
