/// A place in an interview: a what question or note (`depth` 0), or one step of a why ladder (`depth` 1...,
/// with the option code for per-option probes).
///
/// Its text form, stored as the interview cursor, is `q1`, `why1@2` or `why1[safety]@2`.
public struct InterviewPosition: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The id of the what question, note or why probe.
    public var itemID: String
    /// For `each-selected` probes, the option code the ladder is about.
    public var option: String?
    /// 0 for questions and notes; the ladder level (1 = the first "why") for probes.
    public var depth: Int

    public init(itemID: String, option: String? = nil, depth: Int = 0) {
        self.itemID = itemID
        self.option = option
        self.depth = depth
    }

    /// Parses the text form; nil when it is malformed.
    public init?(parsing text: String) {
        var rest = Substring(text)
        var depth = 0
        if let at = rest.lastIndex(of: "@") {
            guard let value = Int(rest[rest.index(after: at)...]), value >= 1 else { return nil }
            depth = value
            rest = rest[..<at]
        }
        var option: String?
        if rest.hasSuffix("]"), let open = rest.firstIndex(of: "[") {
            option = String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
            rest = rest[..<open]
        }
        guard !rest.isEmpty, option == nil || depth > 0 else { return nil }
        self.init(itemID: String(rest), option: option, depth: depth)
    }

    public var description: String {
        guard depth > 0 else { return itemID }
        return itemID + (option.map { "[\($0)]" } ?? "") + "@\(depth)"
    }

    /// The key of the ladder step stored at this position.
    var ladderKey: LadderKey { LadderKey(probeID: itemID, option: option, depth: depth) }
}
