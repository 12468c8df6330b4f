import Foundation
import SurveyStatistics

/// How report figures are printed: NPS as signed integers, shares as whole percentages, means with two
/// decimals and their unit (`2,512.35 EUR`), bases as `n=1,200, eff. n=98.4`, and suppressed figures as
/// `small base (n=12)`. Numbers of four digits or more before the point are grouped in thousands with commas.
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

    /// A count grouped in thousands: 1200 → `1,200`.
    public static func count(_ count: Int) -> String {
        count < 0 ? "−" + grouped(String(-count)) : grouped(String(count))
    }

    /// The digits `text` (an optional `-`, digits, an optional fraction) with its whole part grouped in thousands
    /// when it has four digits or more.
    static func grouped(_ text: String) -> String {
        let sign = text.hasPrefix("-") ? "-" : ""
        let unsigned = text.dropFirst(sign.count)
        let whole = unsigned.prefix { $0 != "." }
        guard whole.count >= 4, whole.allSatisfy(\.isASCII) else { return text }
        var groups: [Substring] = []
        var end = whole.endIndex
        while end > whole.startIndex {
            let start = whole.index(end, offsetBy: -3, limitedBy: whole.startIndex) ?? whole.startIndex
            groups.insert(whole[start..<end], at: 0)
            end = start
        }
        return sign + groups.joined(separator: ",") + unsigned.dropFirst(whole.count)
    }

    /// A whole percentage of a proportion: 0.4235 → `42%`.
    public static func percent(_ proportion: Double) -> String {
        "\(Int((proportion * 100).rounded()))%"
    }

    /// A percentage with one decimal: 0.4235 → `42.4%`.
    public static func percent1(_ proportion: Double) -> String {
        decimal(proportion * 100, digits: 1) + "%"
    }

    /// `value` with `digits` decimals, grouped in thousands, and a true minus sign: `−1,234.50`.
    public static func decimal(_ value: Double, digits: Int) -> String {
        let text = grouped(String(format: "%.\(digits)f", value))
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }

    /// `+23`, `0`, `−7`.
    public static func signed(_ value: Int) -> String {
        value > 0 ? "+\(value)" : value < 0 ? "−\(-value)" : "0"
    }

    /// `n=120, eff. n=98.4`.
    public static func base(_ base: ReportBase) -> String {
        "n=\(count(base.unweighted)), eff. n=\(decimal(base.effective, digits: 1))"
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
        "small base (n=\(count(base.unweighted)))"
    }

    /// The estimate with its unit and interval, e.g. `+23 (+12 to +34)` or `2,512.35 EUR (2,401.10 to
    /// 2,623.60)`; `small base (n=12)` when suppressed; `–` when not estimable.
    public static func estimate(_ estimate: ReportEstimate, kind: HeadlineMetric.Kind, unit: String? = nil) -> String {
        if estimate.suppressed { return smallBase(estimate.base) }
        guard let value = estimate.value else { return "–" }
        var text = self.value(value, kind: kind) + (unit.map { " " + $0 } ?? "")
        if let lower = estimate.lower, let upper = estimate.upper {
            text += " (\(self.value(lower, kind: kind)) to \(self.value(upper, kind: kind)))"
        }
        return text
    }

    /// The estimate, its significance letters and its base: `+23 (+12 to +34) B; n=45, eff. n=40.2`.
    public static func cell(
        _ estimate: ReportEstimate, kind: HeadlineMetric.Kind, unit: String? = nil, letters: String = ""
    ) -> String {
        if estimate.suppressed { return smallBase(estimate.base) }
        let letterText = letters.isEmpty ? "" : " \(letters)"
        return self.estimate(estimate, kind: kind, unit: unit) + letterText + "; " + base(estimate.base)
    }
}
