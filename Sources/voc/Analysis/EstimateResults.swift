import SurveyStatistics

/// Collects the estimates, differences and tests that `voc estimate` prints.
struct EstimateResults {
    var estimates: [SurveyStatistics.Estimate] = []
    var differences: [SegmentDifference] = []
    var tests: [(variable: String, segment: String, test: RaoScottTest)] = []

    mutating func add(variable: String, estimator: SurveyEstimator, command: VocCommand.Estimate) throws {
        let isNumeric: Bool
        if case .numeric? = estimator.frame[variable] { isNumeric = true } else { isNumeric = false }
        var statistics = command.statisticList
        if statistics.contains("auto") {
            statistics.removeAll { $0 == "auto" }
            statistics.insert(isNumeric ? "mean" : "share", at: 0)
        }
        if command.total && isNumeric && !statistics.contains("total") { statistics.append("total") }
        let by = command.by
        for statistic in statistics {
            switch statistic {
            case "mean": estimates += try estimator.mean(variable, by: by)
            case "total": estimates += try estimator.total(variable, by: by)
            case "share": estimates += try estimator.shares(variable, by: by)
            case "top2": estimates += try estimator.topBox(variable, by: by, boxes: 2, scaleMax: command.scaleMax)
            case "nps": estimates += try estimator.nps(variable, by: by)
            case "median": estimates += try estimator.quantiles(variable, probabilities: [0.5], by: by)
            case "quartiles": estimates += try estimator.quantiles(variable, probabilities: [0.25, 0.5, 0.75], by: by)
            case "variance": estimates += try estimator.variance(variable, by: by)
            default: break
            }
            guard let by, command.compare else { continue }
            switch statistic {
            case "mean": differences += try estimator.differences(variable, statistic: .mean, by: by)
            case "nps": differences += try estimator.differences(variable, statistic: .nps, by: by)
            case "top2":
                differences += try estimator.differences(
                    variable,
                    statistic: .topBox(
                        boxes: 2,
                        scaleMax: command.scaleMax), by: by)
            case "share":
                for level in try estimator.frame.categorical(variable).levels {
                    differences += try estimator.differences(variable, statistic: .share(level: level), by: by)
                }
            default: break
            }
        }
        if command.chisq, let by {
            tests.append((variable, by, try estimator.raoScott(variable, by: by)))
        }
    }
}
