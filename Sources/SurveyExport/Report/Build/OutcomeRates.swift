import SurveyModel

/// AAPOR final disposition outcome rates (AAPOR, *Standard Definitions*, 10th edition, 2023), from counts of
/// the outcome groups I (complete), P (partial), R (refusal and break-off), NC (non-contact), O (other),
/// UH and UO (unknown eligibility). Unknown-eligibility cases count fully as eligible (e = 1: RR1, RR2, REF1).
///
/// - RR1 = I / ((I + P) + (R + NC + O) + (UH + UO))
/// - RR2 = (I + P) / ((I + P) + (R + NC + O) + (UH + UO))
/// - COOP1 = I / ((I + P) + R + O)
/// - REF1 = R / ((I + P) + (R + NC + O) + (UH + UO))
/// - CON1 = ((I + P) + R + O) / ((I + P) + (R + NC + O) + (UH + UO))
///
/// A rate whose denominator is zero is nil.
enum OutcomeRates {
    static func rates(_ groups: [DispositionGroup: Int]) -> [OutcomeRate] {
        func n(_ group: DispositionGroup) -> Double { Double(groups[group] ?? 0) }
        let interviews = n(.interview), partials = n(.partial), refusals = n(.refusal)
        let noContact = n(.nonContact), other = n(.otherEligible)
        let unknown = n(.unknownHousehold) + n(.unknownOther)
        let eligible = interviews + partials + refusals + noContact + other + unknown
        func ratio(_ top: Double, _ bottom: Double) -> Double? { bottom > 0 ? top / bottom : nil }
        return [
            OutcomeRate(name: "RR1", value: ratio(interviews, eligible), formula: "I / ((I+P) + (R+NC+O) + (UH+UO))"),
            OutcomeRate(name: "RR2", value: ratio(interviews + partials, eligible),
                formula: "(I+P) / ((I+P) + (R+NC+O) + (UH+UO))"),
            OutcomeRate(name: "COOP1", value: ratio(interviews, interviews + partials + refusals + other),
                formula: "I / ((I+P) + R + O)"),
            OutcomeRate(name: "REF1", value: ratio(refusals, eligible), formula: "R / ((I+P) + (R+NC+O) + (UH+UO))"),
            OutcomeRate(name: "CON1", value: ratio(interviews + partials + refusals + other, eligible),
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
