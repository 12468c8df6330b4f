/// An AAPOR disposition code (Standard Definitions), e.g. `1.1` complete, `2.112` soft refusal, `3.13` no answer.
///
/// The first digits place the code in an outcome group used by response rates: 1.1 complete (I), 1.2 partial (P),
/// 2.1x refusal and break-off (R), 2.2x non-contact (NC), 2.3x other (O), 3.1x unknown household (UH), 3.x other
/// unknown (UO), 4.x not eligible (NE).
public struct DispositionCode: Sendable, Hashable, Codable, CustomStringConvertible, RawRepresentable {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static let complete = Self("1.1")
    public static let partial = Self("1.2")
    public static let refusal = Self("2.11")
    public static let breakOff = Self("2.12")
    public static let noAnswer = Self("2.22")
    public static let callback = Self("2.21")
    public static let otherEligible = Self("2.30")
    public static let unknownHousehold = Self("3.10")
    public static let unknownOther = Self("3.90")
    /// Screened out because the respondent's quota cell was full (AAPOR 4.80, "quota filled").
    public static let quotaFull = Self("4.80")
    public static let notEligible = Self("4.10")
    /// Not a final code: the interview is still going on.
    public static let inProgress = Self("0.0")

    /// The outcome group used by AAPOR rates.
    public var group: DispositionGroup {
        let code = rawValue
        if code.hasPrefix("1.1") { return .interview }
        if code.hasPrefix("1.2") { return .partial }
        if code.hasPrefix("2.1") { return .refusal }
        if code.hasPrefix("2.2") { return .nonContact }
        if code.hasPrefix("2.") { return .otherEligible }
        if code.hasPrefix("3.1") { return .unknownHousehold }
        if code.hasPrefix("3.") { return .unknownOther }
        if code.hasPrefix("4.") { return .notEligible }
        return .pending
    }
}
