/// Which statistic `SurveyEstimator.differences` compares.
public enum DifferenceStatistic: Sendable, Equatable {
    case mean
    case share(level: String)
    case topBox(boxes: Int, scaleMax: Double?)
    case nps
}
