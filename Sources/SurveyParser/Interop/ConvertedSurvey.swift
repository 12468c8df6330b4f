public import SurveyModel

/// A survey converted from another tool's file, with the report of what did not carry over.
public struct ConvertedSurvey: Sendable {
    public var survey: Survey
    public var report: ConversionReport

    public init(survey: Survey, report: ConversionReport) {
        self.survey = survey
        self.report = report
    }
}
