import SurveyModel
import SurveyStatistics

/// AAPOR outcome rates for the report (AAPOR, *Standard Definitions*, 10th edition, 2023), computed by
/// `SurveyStatistics.AAPORRates` from the counts of the outcome groups I, P, R, NC, O, UH, UO and NE.
/// Unknown-eligibility cases count fully as eligible (RR1, RR2, REF1, CON1); a rate whose denominator is zero
/// is nil.
enum OutcomeRates {
    static func rates(_ groups: [DispositionGroup: Int]) -> [OutcomeRate] {
        func n(_ group: DispositionGroup) -> Double { Double(groups[group] ?? 0) }
        let rates = AAPORRates(
            i: n(.interview), p: n(.partial), r: n(.refusal), nc: n(.nonContact),
            o: n(.otherEligible), uh: n(.unknownHousehold), uo: n(.unknownOther), ne: n(.notEligible))
        func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }
        return [
            OutcomeRate(name: "RR1", value: finite(rates.rr1), formula: "I / ((I+P) + (R+NC+O) + (UH+UO))"),
            OutcomeRate(name: "RR2", value: finite(rates.rr2), formula: "(I+P) / ((I+P) + (R+NC+O) + (UH+UO))"),
            OutcomeRate(name: "COOP1", value: finite(rates.coop1), formula: "I / ((I+P) + R + O)"),
            OutcomeRate(name: "REF1", value: finite(rates.ref1), formula: "R / ((I+P) + (R+NC+O) + (UH+UO))"),
            OutcomeRate(
                name: "CON1", value: finite(rates.con1),
                formula: "((I+P) + R + O) / ((I+P) + (R+NC+O) + (UH+UO))"),
        ]
    }

    /// A short label for a disposition code (the code's group for codes without their own label).
    static func label(of code: DispositionCode) -> String {
        switch code.rawValue {
        case "1.1": "Complete"
        case "1.2": "Partial"
        case "2.11": "Refusal"
        case "2.12": "Break-off"
        case "2.21": "Callback"
        case "2.22": "No answer"
        case "2.30": "Other, eligible"
        case "3.10": "Unknown if household"
        case "3.90": "Unknown, other"
        case "4.10": "Not eligible"
        case "4.80": "Quota filled"
        case "0.0": "In progress"
        default:
            switch code.group {
            case .interview: "Complete"
            case .partial: "Partial"
            case .refusal: "Refusal or break-off"
            case .nonContact: "Non-contact"
            case .otherEligible: "Other, eligible"
            case .unknownHousehold, .unknownOther: "Unknown eligibility"
            case .notEligible: "Not eligible"
            case .pending: "Pending"
            }
        }
    }
}
