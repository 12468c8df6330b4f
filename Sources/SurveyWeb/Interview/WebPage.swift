import SurveyCollector
import SurveyModel

/// What a respondent's browser is shown: a step of the interview or one of the pages around it.
public enum WebPage: Sendable {
    /// A step of the interview.
    case step(WebStep)
    /// The open link's start page (the interview is created when the respondent starts it).
    case start(survey: Survey, language: String?)
    /// The interview has ended: completed, screened out by a full quota, or closed otherwise.
    case finished(WebEnding, survey: Survey, language: String?)
    /// The open link of a survey that accepts personal links only.
    case needsInvitation(survey: Survey, language: String?)
    /// An unknown survey or link: a page that reveals nothing about which.
    case notFound
}

/// How a web interview ended, as its page says it.
public enum WebEnding: Sendable, Hashable {
    case completed
    case screenedOut
    case closed
}

/// One interview step as shown: the engine's prompt, the controls' values, and what to correct.
public struct WebStep: Sendable {
    public var survey: Survey
    public var prompt: Prompt
    /// The values the controls show: the stored answer, or what was just submitted when it needs correcting.
    public var fields: FormFields
    /// A problem to correct (the engine's or the form's), shown next to the question.
    public var problem: String?
    /// A soft check's warning: the respondent may confirm the answer or change it.
    public var warning: String?
    /// The language the texts are in (nil: the survey's default).
    public var language: String?
    /// Whether a step before this one can be gone back to.
    public var canGoBack: Bool
}

/// The reply to a submitted page.
public enum WebSubmission: Sendable {
    /// Taken (or stale): show the current page by redirecting to it (post/redirect/get).
    case redirect
    /// Shown again with a problem or warning.
    case page(WebPage)
}
