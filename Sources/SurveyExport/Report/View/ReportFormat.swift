import Foundation
import SurveyStatistics

/// How report figures are printed: NPS as signed integers, shares as whole percentages, means with two
/// decimals, bases as `n=120, eff. n=98.4`, and suppressed figures as `small base (n=12)`.
///
/// Formatting is locale-independent (`.` as decimal separator, `−` U+2212 as minus sign) so reports are
/// reproducible byte for byte.
public enum ReportFormat {
    /// `value` printed for `kind`: NPS `+23` / `−7`, share `42%`, mean `3.84`.
    public static func value(_ value: Double, kind: HeadlineMetric.Kind) -> String {
        switch kind {
        case .nps: signed(Int(value.rounded()))
        case .share: percent(value)
        case .mean: decimal(value, digits: 2)
        }
    }

    /// A whole percentage of a proportion: 0.4235 → `42%`.
    public static func percent(_ proportion: Double) -> String {
        "\(Int((proportion * 100).rounded()))%"
    }

    /// A percentage with one decimal: 0.4235 → `42.4%`.
    public static func percent1(_ proportion: Double) -> String {
        decimal(proportion * 100, digits: 1) + "%"
    }

    /// `value` with `digits` decimals and a true minus sign.
    public static func decimal(_ value: Double, digits: Int) -> String {
        let text = String(format: "%.\(digits)f", value)
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }

    /// `+23`, `0`, `−7`.
    public static func signed(_ value: Int) -> String {
        value > 0 ? "+\(value)" : value < 0 ? "−\(-value)" : "0"
    }

    /// `n=120, eff. n=98.4`.
    public static func base(_ base: ReportBase) -> String {
        "n=\(base.unweighted), eff. n=\(decimal(base.effective, digits: 1))"
    }

    /// What a value map shows: "Links of 37 or more respondents: 70% of direct mentions, 65% of 678 respondents
    /// (1,283 ladders). 518 ladders start above the attribute level; 210 steps down or sideways not linked."
    public static func valueMapCaption(_ map: ValueMapSummary) -> String {
        let per = map.counting == .respondents ? "respondents" : "mentions"
        var text =
            "Links of \(map.cutoff) or more \(per): \(percent(map.retainedShare)) of direct mentions, "
            + "\(percent(map.representedShare)) of \(map.respondents) respondents (\(map.ladders) ladders)."
        var notes: [String] = []
        if map.unseededLadders > 0 {
            notes.append(
                "\(map.unseededLadders) ladder\(map.unseededLadders == 1 ? " starts" : "s start") above the attribute "
                    + "level (the option asked about is not an attribute code)")
        }
        if map.inconsistencies > 0 {
            notes.append(
                "\(map.inconsistencies) step\(map.inconsistencies == 1 ? "" : "s") down or sideways not linked")
        }
        if !notes.isEmpty {
            let joined = notes.joined(separator: "; ")
            text += " " + joined.prefix(1).uppercased() + joined.dropFirst() + "."
        }
        return text
    }

    /// `small base (n=12)`.
    public static func smallBase(_ base: ReportBase) -> String {
        "small base (n=\(base.unweighted))"
    }

    /// The estimate with its interval, e.g. `+23 (+12 to +34)`; `small base (n=12)` when suppressed; `–` when
    /// not estimable.
    public static func estimate(_ estimate: ReportEstimate, kind: HeadlineMetric.Kind) -> String {
        if estimate.suppressed { return smallBase(estimate.base) }
        guard let value = estimate.value else { return "–" }
        var text = self.value(value, kind: kind)
        if let lower = estimate.lower, let upper = estimate.upper {
            text += " (\(self.value(lower, kind: kind)) to \(self.value(upper, kind: kind)))"
        }
        return text
    }

    /// The estimate, its significance letters and its base: `+23 (+12 to +34) B; n=45, eff. n=40.2`.
    public static func cell(_ estimate: ReportEstimate, kind: HeadlineMetric.Kind, letters: String = "") -> String {
        if estimate.suppressed { return smallBase(estimate.base) }
        let letterText = letters.isEmpty ? "" : " \(letters)"
        return self.estimate(estimate, kind: kind) + letterText + "; " + base(estimate.base)
    }
}
