/// The first lines of the headline findings: what a needs survey is designed to find, before the other estimates.
///
/// 1. The need classes across segments: how many needs are common, segment priorities or segment-specific, and
///    which (`NeedPriorities`).
/// 2. The largest significant segment differences among the headline metrics: a segment above others at the
///    report's confidence level (upper-case significance letters), largest gap first (shares in points), at most
///    three.
/// 3. NPS by segment.
enum ReportStory {
    static func bullets(_ report: FindingsReport) -> [String] {
        var bullets: [String] = []
        if let needs = report.needPriorities, !needs.needs.isEmpty { bullets.append(needClasses(needs)) }
        bullets += differences(report.headlines, level: report.confidenceLevel)
        if let nps = report.headlines.first(where: { $0.kind == .nps && !$0.segments.isEmpty }) {
            let segments = nps.segments.map { segment in
                "\(segment.segment) "
                    + (segment.estimate.suppressed
                        ? "small base" : segment.estimate.value.map { ReportFormat.value($0, kind: .nps) } ?? "–")
                    + (segment.higherThan.isEmpty ? "" : " (above \(segment.higherThan))")
            }
            let overall = nps.overall.value.map { ReportFormat.value($0, kind: .nps) } ?? "–"
            bullets.append("NPS by segment: \(segments.joined(separator: ", ")); overall \(overall).")
        }
        return bullets
    }

    /// "Needs by segment: 4 common (A, B, …), 2 segment priorities (C, D), 1 segment-specific (E)."
    static func needClasses(_ needs: NeedPriorities) -> String {
        let classes: [(key: String, one: String, many: String)] = [
            ("common", "common need", "common needs"), ("segment-priority", "segment priority", "segment priorities"),
            ("segment-specific", "segment-specific need", "segment-specific needs"),
            ("borderline", "borderline need", "borderline needs"),
            ("not-important", "need not important anywhere", "needs not important anywhere"),
        ]
        let parts = classes.compactMap { entry -> String? in
            let members = needs.needs.filter { $0.needClass == entry.key }
            guard !members.isEmpty else { return nil }
            let names = members.prefix(4).map(\.label).joined(separator: ", ") + (members.count > 4 ? ", …" : "")
            return "\(members.count) \(members.count == 1 ? entry.one : entry.many) (\(names))"
        }
        return "Needs across \(needs.segments.count) segments: " + parts.joined(separator: "; ") + "."
    }

    /// The headline metrics' segments that are significantly above others at the higher level, largest gap first.
    static func differences(_ metrics: [HeadlineMetric], level: Double) -> [String] {
        var found: [(gap: Double, text: String)] = []
        for metric in metrics {
            let letters = Dictionary(uniqueKeysWithValues: metric.segments.map { ($0.letter, $0) })
            for segment in metric.segments {
                guard let value = segment.estimate.value else { continue }
                let below = segment.higherThan.filter(\.isUppercase).compactMap { letters[String($0)] }
                guard !below.isEmpty else { continue }
                let gap = below.compactMap { $0.estimate.value.map { value - $0 } }.max() ?? 0
                let scale = metric.kind == .share ? gap * 100 : gap
                let others = below.map { other in
                    "\(other.segment) "
                        + (other.estimate.value.map { ReportFormat.value($0, kind: metric.kind) } ?? "–")
                }
                found.append(
                    (
                        scale,
                        "\(metric.label): \(segment.segment) " + ReportFormat.value(value, kind: metric.kind)
                            + (metric.unit.map { " " + $0 } ?? "") + " is above " + others.joined(separator: " and ")
                            + " (significant at \(Int((level * 100).rounded()))%)."
                    ))
            }
        }
        return found.sorted { $0.gap > $1.gap }.prefix(3).map(\.text)
    }
}
