import Foundation
import SurveyText

/// Every estimate of a report as one machine-readable table (CSV, RFC 4180, UTF-8, `\n` line ends).
///
/// Columns: `section, item, segment, statistic, value, standard_error, lower, upper, unweighted_base,
/// effective_base, suppressed, letters`. Suppressed (small-base) figures have empty numbers and
/// `suppressed` = `true`. Shares and rates are proportions (0...1), NPS is −100...100, means are on the
/// question's scale. Numbers are written with up to 6 decimals.
public enum ReportTables {
    public static let header = [
        "section", "item", "segment", "statistic", "value", "standard_error", "lower", "upper", "unweighted_base",
        "effective_base", "suppressed", "letters",
    ]

    /// The rows of `report`, without the header.
    public static func rows(_ report: FindingsReport) -> [[String]] {
        var rows: [[String]] = []
        func add(
            _ section: String, _ item: String, _ segment: String, _ statistic: String, _ e: ReportEstimate,
            letters: String = ""
        ) {
            rows.append([
                section, item, segment, statistic, number(e.value), number(e.standardError),
                number(e.lower), number(e.upper), String(e.base.unweighted), number(e.base.effective),
                e.suppressed ? "true" : "false", letters,
            ])
        }
        func plain(_ section: String, _ item: String, _ segment: String, _ statistic: String, _ value: Double?) {
            rows.append([section, item, segment, statistic, number(value), "", "", "", "", "", "false", ""])
        }
        for rate in report.sample.rates { plain("sample", rate.name, "", "rate", rate.value) }
        if let weighting = report.weighting {
            for margin in weighting.margins {
                let item = "\(margin.variable)=\(margin.level)"
                plain("weighting", item, "", "target share", margin.target)
                plain("weighting", item, "", "unweighted share", margin.unweighted)
                plain("weighting", item, "", "weighted share", margin.weighted)
            }
            plain("weighting", weighting.weightSet, "", "design effect", weighting.designEffect)
            plain("weighting", weighting.weightSet, "", "effective sample size", weighting.effectiveSampleSize)
        }
        for metric in report.headlines {
            add("headline", metric.id, "overall", metric.kind.rawValue, metric.overall)
            for segment in metric.segments {
                add(
                    "headline", metric.id, segment.segment, metric.kind.rawValue, segment.estimate,
                    letters: segment.higherThan)
            }
        }
        if let needs = report.needPriorities {
            for need in needs.needs {
                for (segment, score) in zip(needs.segments, need.scores) {
                    add("needs", need.code, segment, needs.scoreLabel, score)
                }
            }
        }
        for result in report.kano {
            let estimate = { (value: Double?) in ReportEstimate(value: value, base: result.base, minimumBase: 0) }
            var better = estimate(result.better)
            var worse = estimate(result.worse)
            better.suppressed = result.suppressed
            worse.suppressed = result.suppressed
            add("kano", result.code, "overall", "better", better)
            add("kano", result.code, "overall", "worse", worse)
        }
        for need in report.importancePerformance {
            add("importance-performance", need.code, "overall", "importance", need.importance)
            add("importance-performance", need.code, "overall", "performance", need.performance)
        }
        for finding in report.why {
            for segment in finding.segments {
                for theme in segment.themes {
                    add("why", "\(finding.probeID): \(theme.theme)", segment.segment, "share", theme.share)
                }
            }
        }
        for table in report.banners {
            for row in table.rows {
                for cell in row.cells {
                    add(
                        "banner", "\(table.title): \(row.label)", cell.segment, table.statistic, cell.estimate,
                        letters: cell.higherThan)
                }
            }
        }
        return rows
    }

    /// The CSV text with a header line.
    public static func csv(_ report: FindingsReport) -> String {
        ([header] + rows(report)).map { $0.map(quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    static func quote(_ field: String) -> String { CSVWriter.field(field) }
}
