public import Foundation
public import SurveyModel
public import SurveyAnalysis
public import SurveyStatistics

/// Everything `ReportBuilder` needs to build a `FindingsReport`.
public struct ReportInput: Sendable {
    public var survey: Survey
    /// Every response (all dispositions): completes feed the estimates, all of them the sample section.
    public var responses: [Response]
    /// Sample records by respondent id (attributes used for segments and margins).
    public var respondents: [String: Respondent]
    /// The interviewer of each response, by response id (empty for self-completion).
    public var interviewers: [String: String]
    /// The weight set; nil for unweighted estimates.
    public var weight: ResponseWeights?
    /// Population margins to compare with the achieved sample (default: the survey's inline margins).
    public var margins: [MarginTarget]
    /// What to break results down by: a survey segment id, a respondent attribute or a single-choice question.
    public var segmentBy: String?
    /// Coded why answers (code ids, each step's codes in the order coded); probes without codes are reported with
    /// their raw answers.
    public var whyCodes: [WhyCode]
    /// The codebooks of the why probes: they name the themes by their labels and give the means-end levels that
    /// ladders need (matched to probes by the codebook id a probe names; a probe naming none uses the only one).
    public var codebooks: [Codebook]
    /// The sampling design of the completes, when the caller has it (a store's strata, clusters and design weights,
    /// with a weight set's calibration redone): estimates then use it, so their standard errors account for the
    /// strata, clusters and raking. Without it the weights (`weight`, else 1) are treated as fixed weights of an
    /// unstratified, unclustered sample.
    public var design: ReportDesign?
    /// Estimates on fewer unweighted respondents are suppressed (default 30).
    public var minimumBase: Int
    /// A stored quality run: the report gains a data-quality section, and completes of the respondents its
    /// exclusion names are left out of every estimate (the sample section still counts them).
    public var quality: StudyQuality?
    public var generatedAt: Date
    /// How the intervals of shares (top-2-box, banner percentages, why themes) are made (default logit).
    public var shareInterval: ShareIntervalMethod = .logit

    public init(
        survey: Survey, responses: [Response], respondents: [String: Respondent] = [:],
        interviewers: [String: String] = [:], weight: ResponseWeights? = nil, margins: [MarginTarget]? = nil,
        segmentBy: String? = nil, whyCodes: [WhyCode] = [], codebooks: [Codebook] = [], design: ReportDesign? = nil,
        minimumBase: Int = 30, quality: StudyQuality? = nil, generatedAt: Date = Date()
    ) {
        self.survey = survey
        self.responses = responses
        self.respondents = respondents
        self.interviewers = interviewers
        self.weight = weight
        self.margins = margins ?? survey.weighting?.margins ?? []
        self.segmentBy = segmentBy
        self.whyCodes = whyCodes
        self.codebooks = codebooks
        self.design = design
        self.minimumBase = minimumBase
        self.quality = quality
        self.generatedAt = generatedAt
    }
}
