/// A short plain-text summary of a report for the terminal: the title, the base, and each headline metric
/// overall and by segment (small-base segments are named as such, never given a number).
public enum ReportSummary {
    public static func text(_ report: FindingsReport) -> String {
        var lines = [
            "\(report.title) — \(report.sample.completes) completes"
                + (report.weightSet.map { ", weighted by \($0)" } ?? ", unweighted")
        ]
        for metric in report.headlines {
            lines.append(
                "  \(metric.label): \(ReportFormat.estimate(metric.overall, kind: metric.kind, unit: metric.unit)) "
                    + "(\(ReportFormat.base(metric.overall.base)))")
            for segment in metric.segments {
                let value = ReportFormat.estimate(segment.estimate, kind: metric.kind, unit: metric.unit)
                let letters = segment.higherThan.isEmpty ? "" : ", above \(segment.higherThan)"
                lines.append("    \(segment.letter) \(segment.segment): \(value)\(letters)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
