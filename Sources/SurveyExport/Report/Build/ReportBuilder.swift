import Foundation
import SurveyModel
import SurveyStatistics
import SurveyAnalysis

/// Builds a `FindingsReport` from a survey, its responses, a weight set and a segmentation, with the design-based
/// estimators of SurveyStatistics (weights as a with-replacement design; Taylor-linearised SEs; t intervals for
/// means and NPS, `ReportInput.shareInterval` (R `svyciprop`, default logit) for shares).
///
/// - Estimates use completes only (disposition group I, or status complete); the sample section uses every
///   response. "Don't know" and "refused" are excluded from every base.
/// - Headlines: NPS for each NPS question; top-2-box share and mean for each rating question; the mean of each
///   numeric question. Segment columns carry banner significance letters (`BannerSignificance`, Wald z on the
///   design SEs, 95% upper case, 90% lower case).
/// - Needs: the mean importance of each need of each importance battery by segment, classified across segments
///   by `NeedClassification` (important = mean ≥ scale minimum + ¾ of the scale range, e.g. 4 on 1–5; equality
///   of segments by the Wald χ² test); importance–performance quadrants at the means (Martilla & James).
/// - Kano: Better/Worse and the modal category per feature (`KanoSummary`), weighted.
/// - Why: per probe and segment, the weighted share of answerers mentioning each coded theme (level 1..n of a
///   respondent count once), with up to two quotes; up to five raw answers when a probe has no codes; the five
///   most frequent ladder chains.
/// - Banners: column percentages of each single-choice question by segment, with letters.
/// Every estimate on fewer than `minimumBase` unweighted respondents is suppressed.
public enum ReportBuilder {
    /// Builds the report.
    /// - Throws: `ExportError` for an unknown segmentation (listing the known ones) or a failed estimate.
    public static func build(_ input: ReportInput) throws(ExportError) -> FindingsReport {
        var context = try ReportContext(input: input)
        let survey = input.survey
        var report = FindingsReport(
            title: survey.title.text, surveyID: survey.id, surveyVersion: survey.version.description,
            generatedAt: input.generatedAt.formatted(.iso8601), weightSet: input.weight?.name,
            segmentation: context.segmentation?.label, minimumBase: input.minimumBase,
            sample: sample(input, completes: context.completes))
        do {
            report.weighting = weighting(input, context: context)
            report.headlines = try headlines(&context)
            report.needPriorities = try needPriorities(&context)
            report.importancePerformance = try quadrants(&context)
            report.kano = try kano(context)
            report.why = try why(&context)
            report.banners = try banners(&context)
            report.dataQuality = try dataQuality(input)
        } catch let error as ExportError {
            throw error
        } catch {
            throw ExportError(code: "estimate", "cannot estimate the report's figures: \(error)")
        }
        report.shareInterval = input.shareInterval
        report.notes = notes(input, context: context)
        return report
    }

    static func notes(_ input: ReportInput, context: ReportContext) -> [String] {
        var notes = [
            "Estimates are design-based (weights as a with-replacement design, Taylor linearisation); intervals "
                + "for means and NPS use Student's t.",
            "Intervals for shares (top-2-box, banner percentages, why themes) use the method "
                + "\(input.shareInterval.summary), so they stay between 0% and 100%.",
            "Don't know and refused answers are excluded from every base.",
        ]
        if input.weight == nil {
            let designWeighted = input.design?.design.weights.contains { $0 != 1 } ?? false
            notes.append(
                designWeighted ? "The estimates use the sample's design weights." : "The estimates are unweighted.")
        }
        if context.droppedForWeight > 0 {
            notes.append("\(context.droppedForWeight) completes without a weight in the weight set are left out.")
        }
        return notes
    }
}
