/// Something that can be coded: a transcript turn or one step of a survey why ladder.
public enum CodingUnit: Sendable, Hashable, Codable, CustomStringConvertible {
    case turn(sessionID: String, sequence: Int)
    case why(responseID: String, probeID: String, optionCode: String?, depth: Int)

    /// The stored form: `turn:SESSION:SEQ` or `why:RESPONSE:PROBE:OPTION:DEPTH`.
    public var key: String {
        switch self {
        case .turn(let session, let sequence): "turn:\(session):\(sequence)"
        case .why(let response, let probe, let option, let depth): "why:\(response):\(probe):\(option ?? ""):\(depth)"
        }
    }

    /// Parses `key`; nil when malformed.
    public init?(key: String) {
        let parts = key.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch (parts.first, parts.count) {
        case ("turn", 3):
            guard let sequence = Int(parts[2]) else { return nil }
            self = .turn(sessionID: parts[1], sequence: sequence)
        case ("why", 5):
            guard let depth = Int(parts[4]) else { return nil }
            self = .why(
                responseID: parts[1], probeID: parts[2], optionCode: parts[3].isEmpty ? nil : parts[3], depth: depth)
        default: return nil
        }
    }

    public var description: String { key }
}
