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

/// One page of the interview as shown: the engine's page (`InterviewEngine.page`: one step, or the questions
/// and notes of a section), each with its controls' values and what to correct.
public struct WebStep: Sendable {
    public var survey: Survey
    /// The steps on the page, in order (at least one).
    public var items: [WebStepItem]
    /// The language the texts are in (nil: the survey's default).
    public var language: String?
    /// Whether a step before this one can be gone back to.
    public var canGoBack: Bool

    /// The page's first step: its number, and the position the form names (`step`).
    public var prompt: Prompt { items[0].prompt }

    /// Whether the page shows several steps, whose control names and ids then start with the question id and a
    /// colon (`q1:a`, `q2:other.x`; ids cannot contain a colon, so the prefixes never overlap).
    public var isSectionPage: Bool { items.count > 1 }

    /// The prefix of `item`'s control names and ids ("" on a page of one step).
    public func prefix(of item: WebStepItem) -> String {
        isSectionPage ? item.prompt.position.itemID + ":" : ""
    }
}

/// The reply to a submitted page.
public enum WebSubmission: Sendable {
    /// Taken (or stale): show the current page by redirecting to it (post/redirect/get).
    case redirect
    /// Shown again with a problem or warning.
    case page(WebPage)
}
