import SurveyStatistics

/// The footer under a table of estimates that names how each interval was made.
enum IntervalFooter {
    /// One line per interval method in first-use order, e.g.
    /// `Intervals for share, top_box: logit (Wald interval on the logit scale, R svyciprop's default)`.
    static func lines(for estimates: [SurveyStatistics.Estimate]) -> [String] {
        var methods: [IntervalMethod] = []
        var statistics: [IntervalMethod: [String]] = [:]
        for estimate in estimates {
            if statistics[estimate.intervalMethod] == nil { methods.append(estimate.intervalMethod) }
            if !(statistics[estimate.intervalMethod]?.contains(estimate.statistic) ?? false) {
                statistics[estimate.intervalMethod, default: []].append(estimate.statistic)
            }
        }
        guard !methods.isEmpty else { return [] }
        return [""]
            + methods.map { method in
                "Intervals for \(statistics[method, default: []].joined(separator: ", ")): \(method.summary)"
            }
    }
}
