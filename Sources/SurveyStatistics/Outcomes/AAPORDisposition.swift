/// Final disposition groups of the AAPOR Standard Definitions (AAPOR 2016/2023, *Standard Definitions: Final
/// Dispositions of Case Codes and Outcome Rates for Surveys*; docs/methods.md §6.4). Numbering as in queXS:
/// 1.x interviews, 2.x eligible non-interviews, 3.x unknown eligibility, 4.x not eligible.
public enum AAPORDisposition: String, Sendable, CaseIterable, Codable {
    /// 1.1 complete interview.
    case complete = "I"
    /// 1.2 partial interview.
    case partial = "P"
    /// 2.1 refusal and break-off.
    case refusal = "R"
    /// 2.2 non-contact.
    case nonContact = "NC"
    /// 2.3 other eligible non-interview.
    case other = "O"
    /// 3.1 unknown if household/occupied.
    case unknownHousehold = "UH"
    /// 3.2–3.9 unknown eligibility, other.
    case unknownOther = "UO"
    /// 4.x not eligible.
    case notEligible = "NE"

    /// The group of a numeric AAPOR final disposition code such as "1.1", "2.112a" or "3.13":
    /// 1.1 → I, 1.2 → P, 2.1x → R, 2.2x → NC, 2.3x → O, 3.1x → UH, 3.2x–3.9x → UO, 4.x → NE.
    /// nil for anything else.
    public init?(aaporCode: String) {
        let digits = aaporCode.filter { $0 != "." }.prefix(2)
        switch digits {
        case "11": self = .complete
        case "12": self = .partial
        case "21": self = .refusal
        case "22": self = .nonContact
        case "23": self = .other
        case "31": self = .unknownHousehold
        case "32", "33", "34", "35", "36", "37", "38", "39": self = .unknownOther
        default:
            guard digits.first == "4" else { return nil }
            self = .notEligible
        }
        guard aaporCode.first?.isNumber == true, aaporCode.dropFirst().first == "." || aaporCode.count == 1 else {
            return nil
        }
    }
}
