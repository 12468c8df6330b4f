extension ReportView {
    /// The data-quality section: a sentence on what was flagged and left out, and the flag counts by segment.
    static func dataQuality(_ finding: DataQualityFinding, _ esc: (String) -> String) -> DataQualityView {
        func share(_ part: Int, _ whole: Int) -> String {
            whole > 0 ? "\(part) (\(ReportFormat.percent1(Double(part) / Double(whole))))" : String(part)
        }
        var summary =
            "Quality run “\(finding.run)”: \(share(finding.flagged, finding.completes)) of \(finding.completes) "
            + "completes are flagged (score \(finding.flaggedScore == finding.flaggedScore.rounded() ? String(Int(finding.flaggedScore)) : ReportFormat.decimal(finding.flaggedScore, digits: 2)) or more). "
        if let rules = finding.exclusionRules {
            summary += "Left out of the estimates (--exclude-flagged \(rules)): \(finding.excluded) completes."
        } else {
            summary += "No response was left out of the estimates."
        }
        let header = ["Flag", "All"] + zip(finding.segments, finding.segmentCompletes).map { "\($0) (n=\($1))" }
        let table =
            finding.rows.isEmpty
            ? nil
            : TableView(
                tableTitle: nil, header: header.map(esc),
                rows: finding.rows.map { row in
                    RowView(
                        cells: [CellView(text: esc(row.flag), small: false)]
                            + ([share(row.count, finding.completes)]
                            + zip(row.bySegment, finding.segmentCompletes).map { share($0, $1) })
                            .map { CellView(text: esc($0), small: false) })
                },
                tableNote: esc(
                    "Completes carrying each flag (a response can carry several). "
                        + finding.rows.map { "\($0.flag): \($0.meaning)" }.joined(separator: "; ") + "."))
        return DataQualityView(summary: esc(summary), table: table)
    }
}
