/// Problems with an estimation request.
public enum EstimationError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownLevel(variable: String, level: String)
    case tooFewLevels(variable: String)

    public var description: String {
        switch self {
        case .unknownLevel(let variable, let level): "variable '\(variable)' has no level '\(level)'"
        case .tooFewLevels(let variable): "variable '\(variable)' needs at least two observed levels"
        }
    }
}
