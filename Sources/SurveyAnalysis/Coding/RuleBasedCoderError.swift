import Foundation

/// A codebook pattern that is not a valid regular expression.
public struct RuleBasedCoderError: Error, Sendable, Hashable, CustomStringConvertible {
    public var code: String
    public var pattern: String
    public var description: String { "code '\(code)': invalid regular expression '\(pattern)'" }
}
