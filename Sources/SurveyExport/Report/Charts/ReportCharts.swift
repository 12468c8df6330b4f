/// The HTML report's charts, drawn as inline SVG: NPS by segment with confidence-interval whiskers, need
/// priorities by segment as a dot plot, the Kano Better/Worse scatter and the weight histogram.
///
/// Segments with a small base are drawn as a labelled gap ("small base (n=12)"), never as a point.
enum ReportCharts {
    static func all(_ report: FindingsReport) -> ChartsView {
        ChartsView(
            nps: report.headlines.first { $0.kind == .nps }.map(npsBySegment),
            needs: report.needPriorities.flatMap(needDotPlot),
            kano: kanoScatter(report.kano),
            weights: report.weighting.flatMap(weightHistogram))
    }

    /// Rows for the overall figure and each segment: a dot at the NPS, whiskers to the interval ends.
    static func npsBySegment(_ metric: HeadlineMetric) -> String {
        let rows = [("Overall", metric.overall)] + metric.segments.map { ($0.segment, $0.estimate) }
        let left = 220.0
        let right = 880.0
        let top = 40.0
        let rowHeight = 34.0
        var canvas = SVGCanvas(width: 1000, height: top + Double(rows.count) * rowHeight + 40)
        func x(_ value: Double) -> Double { left + (value + 100) / 200 * (right - left) }
        for tick in stride(from: -100.0, through: 100, by: 25) {
            canvas.line(
                x(tick), top - 10, x(tick), top + Double(rows.count) * rowHeight, stroke: "#ddd",
                dash: tick != 0)
            canvas.text(
                x(tick), top + Double(rows.count) * rowHeight + 20, ReportFormat.signed(Int(tick)),
                anchor: "middle", size: 12, fill: "#555")
        }
        canvas.text(left, 20, "\(metric.label) (NPS, −100 to +100)", size: 14, bold: true)
        for (index, (label, estimate)) in rows.enumerated() {
            let y = top + (Double(index) + 0.5) * rowHeight
            canvas.text(left - 12, y + 4, label, anchor: "end", bold: index == 0, maxWidth: left - 20)
            guard !estimate.suppressed, let value = estimate.value else {
                canvas.text(
                    x(0), y + 4, estimate.suppressed ? ReportFormat.smallBase(estimate.base) : "–",
                    anchor: "middle", size: 12, fill: "#777", italic: true)
                continue
            }
            let color = SVGCanvas.palette[index % SVGCanvas.palette.count]
            if let lower = estimate.lower, let upper = estimate.upper {
                canvas.line(x(lower), y, x(upper), y, stroke: color, width: 2)
                canvas.line(x(lower), y - 6, x(lower), y + 6, stroke: color, width: 2)
                canvas.line(x(upper), y - 6, x(upper), y + 6, stroke: color, width: 2)
            }
            canvas.circle(
                x(value), y, r: 6, fill: color, title: "\(label): \(ReportFormat.estimate(estimate, kind: .nps))")
            canvas.text(right + 14, y + 4, ReportFormat.signed(Int(value.rounded())), size: 13, bold: true)
        }
        return canvas.svg(
            title: "NPS by segment",
            description: "Net Promoter Score overall and by segment with "
                + "confidence intervals; small-base segments are not plotted.")
    }

    /// One row per need; one coloured dot per segment at its score; a legend of segments.
    static func needDotPlot(_ needs: NeedPriorities) -> String? {
        let values = needs.needs.flatMap { $0.scores.compactMap(\.value) }
        guard let low = values.min(), let high = values.max() else { return nil }
        let span = max(high - low, 0.5)
        let minimum = (low - span * 0.1)
        let maximum = (high + span * 0.1)
        let left = 260.0
        let right = 940.0
        let top = 60.0
        let rowHeight = 30.0
        var canvas = SVGCanvas(width: 1000, height: top + Double(needs.needs.count) * rowHeight + 40)
        func x(_ value: Double) -> Double { left + (value - minimum) / (maximum - minimum) * (right - left) }
        canvas.text(left, 20, "Need priorities by segment (\(needs.scoreLabel))", size: 14, bold: true)
        var legendX = left
        for (index, segment) in needs.segments.enumerated() {
            let color = SVGCanvas.palette[index % SVGCanvas.palette.count]
            canvas.circle(legendX + 6, 40, r: 6, fill: color)
            canvas.text(legendX + 16, 44, segment, size: 12)
            legendX += 28 + Double(segment.count) * 7.5
        }
        for (row, need) in needs.needs.enumerated() {
            let y = top + (Double(row) + 0.5) * rowHeight
            canvas.line(left, y, right, y, stroke: "#eee")
            canvas.text(left - 12, y + 4, need.label, anchor: "end", size: 12, maxWidth: left - 20)
            for (index, score) in need.scores.enumerated() {
                guard let value = score.value else { continue }
                canvas.circle(
                    x(value), y, r: 6, fill: SVGCanvas.palette[index % SVGCanvas.palette.count],
                    title: "\(need.label), \(needs.segments[index]): \(ReportFormat.decimal(value, digits: 2))")
            }
        }
        let axisY = top + Double(needs.needs.count) * rowHeight + 20
        for step in 0...4 {
            let value = minimum + (maximum - minimum) * Double(step) / 4
            canvas.text(
                x(value), axisY, ReportFormat.decimal(value, digits: 1), anchor: "middle", size: 12,
                fill: "#555")
        }
        return canvas.svg(
            title: "Need priorities by segment",
            description: "Dot plot of each need's score in "
                + "each segment; segments with a small base are left out.")
    }

    /// Better (x, 0...1) against |Worse| (y, 0...1) with the four Kano regions split at 0.5.
    static func kanoScatter(_ results: [KanoResult]) -> String? {
        let points = results.filter { $0.better != nil && $0.worse != nil }
        guard !points.isEmpty else { return nil }
        let left = 80.0
        let top = 40.0
        let size = 420.0
        var canvas = SVGCanvas(width: 620, height: top + size + 60)
        func x(_ value: Double) -> Double { left + value * size }
        func y(_ value: Double) -> Double { top + size - value * size }
        canvas.rect(left, top, size, size, fill: "#fafafa")
        canvas.line(x(0.5), top, x(0.5), top + size, stroke: "#999", dash: true)
        canvas.line(left, y(0.5), left + size, y(0.5), stroke: "#999", dash: true)
        canvas.text(x(0.75), y(0.95), "One-dimensional", anchor: "middle", size: 12, fill: "#666")
        canvas.text(x(0.25), y(0.95), "Must-be", anchor: "middle", size: 12, fill: "#666")
        canvas.text(x(0.75), y(0.05), "Attractive", anchor: "middle", size: 12, fill: "#666")
        canvas.text(x(0.25), y(0.05), "Indifferent", anchor: "middle", size: 12, fill: "#666")
        canvas.text(left + size / 2, top + size + 40, "Better (satisfaction if present)", anchor: "middle", size: 13)
        canvas.text(20, top + size / 2, "|Worse|", anchor: "middle", size: 13)
        canvas.text(left, 24, "Kano map: Better vs Worse", size: 14, bold: true)
        for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
            canvas.text(
                x(tick), top + size + 18, ReportFormat.decimal(tick, digits: 2), anchor: "middle", size: 11,
                fill: "#555")
            canvas.text(
                left - 8, y(tick) + 4, ReportFormat.decimal(tick, digits: 2), anchor: "end", size: 11,
                fill: "#555")
        }
        for (index, result) in points.enumerated() {
            let better = result.better ?? 0
            let worse = abs(result.worse ?? 0)
            let color = SVGCanvas.palette[index % SVGCanvas.palette.count]
            canvas.circle(
                x(better), y(worse), r: 7, fill: color,
                title: "\(result.label): Better \(ReportFormat.decimal(better, digits: 2)), Worse "
                    + ReportFormat.decimal(-worse, digits: 2))
            canvas.text(x(better) + 10, y(worse) - 8, result.label, size: 12)
        }
        return canvas.svg(
            title: "Kano Better/Worse map",
            description: "Each feature at its Better and Worse "
                + "coefficients; features with a small base are left out.")
    }

    /// Bars of the weight histogram with the bin edges on the x axis.
    static func weightHistogram(_ weighting: WeightingSummary) -> String? {
        guard !weighting.histogram.isEmpty, let tallest = weighting.histogram.map(\.count).max(), tallest > 0
        else { return nil }
        let left = 60.0
        let top = 40.0
        let width = 880.0
        let height = 220.0
        var canvas = SVGCanvas(width: 1000, height: top + height + 50)
        let barWidth = width / Double(weighting.histogram.count)
        canvas.text(left, 22, "Weight distribution (\(weighting.weightSet))", size: 14, bold: true)
        canvas.line(left, top + height, left + width, top + height)
        for (index, bin) in weighting.histogram.enumerated() {
            let barHeight = Double(bin.count) / Double(tallest) * height
            let x = left + Double(index) * barWidth
            canvas.rect(x + 1, top + height - barHeight, barWidth - 2, barHeight, fill: SVGCanvas.palette[0])
            if bin.count > 0 {
                canvas.text(
                    x + barWidth / 2, top + height - barHeight - 4, String(bin.count), anchor: "middle",
                    size: 11)
            }
            if index % max(1, weighting.histogram.count / 6) == 0 {
                canvas.text(
                    x, top + height + 18, ReportFormat.decimal(bin.lower, digits: 2), anchor: "middle",
                    size: 11, fill: "#555")
            }
        }
        if let last = weighting.histogram.last {
            canvas.text(
                left + width, top + height + 18, ReportFormat.decimal(last.upper, digits: 2),
                anchor: "middle", size: 11, fill: "#555")
        }
        return canvas.svg(
            title: "Weight distribution",
            description: "Histogram of the weights of weight set "
                + "\(weighting.weightSet).")
    }
}
