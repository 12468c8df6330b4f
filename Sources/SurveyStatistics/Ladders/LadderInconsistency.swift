public import SurveyModel

/// A step that would go down or back the means-end order, found while segmenting ladders
/// (docs/methods.md §1.3). It is reported, never drawn: the ladder does not take the link.
public struct LadderInconsistency: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A lower level after a higher one (a consequence after a value, say).
        case downward
        /// A code of the same level where the codebook allows no same-level link (a value after a value).
        case sameLevel = "same-level"
    }

    public var kind: Kind
    /// The code the ladder had reached.
    public var from: String
    public var fromLevel: LadderLevel
    /// The code that came next.
    public var to: String
    public var toLevel: LadderLevel
    /// The person (respondent id, or SESSION/PARTICIPANT).
    public var person: String
    /// Where it was said: a transcript turn or a why-ladder step.
    public var source: String

    public var description: String {
        let what = kind == .downward ? "goes down the attribute → consequence → value order" : "links two \(toLevel)s"
        return "\(source): \(from) (\(fromLevel.rawValue)) → \(to) (\(toLevel.rawValue)) \(what); not linked"
    }
}
