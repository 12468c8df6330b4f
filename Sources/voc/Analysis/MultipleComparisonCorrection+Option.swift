import SurveyStatistics

extension MultipleComparisonCorrection {
    /// The correction a `--correction` value names: `none`, `bonferroni`, or `bh` (Benjamini–Hochberg); nil for any
    /// other value.
    init?(optionValue: String) {
        switch optionValue {
        case "none": self = .none
        case "bonferroni": self = .bonferroni
        case "bh": self = .benjaminiHochberg
        default: return nil
        }
    }
}
