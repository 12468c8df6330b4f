public enum SimulationError: Error, Sendable, Hashable, CustomStringConvertible {
    case stuck(questionID: String)

    public var description: String {
        switch self {
        case .stuck(let id):
            "simulated respondents cannot answer '\(id)': every generated answer fails its checks; "
                + "add a profile distribution for it or relax the check"
        }
    }
}
